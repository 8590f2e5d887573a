# A path outside the curriculum, a missing one, a missing --root, a folder with nothing np checks,
# and files of two curricula at once are usage errors (exit 2) that name the path.
$ np lint README.md; echo "exit $?"; np lint --root nonexist content/np.yaml; echo "exit $?"; np lint tests/fixtures/scaffold/01-part/01-module/first.md tests/fixtures/cli/broken/np.yaml; echo "exit $?"; np lint tests/fixtures/stats/curriculum/01-foundations/01-algebra/figures; echo "exit $?"; np lint tests/fixtures/stats/curriculum/01-foundations/01-algebra/figures/vector.png; echo "exit $?"
--- stdout
exit 2
exit 2
exit 2
exit 2
exit 2
--- stderr
np: 'README.md' is outside the curriculum root 'content'; pass --root to use another curriculum
np: --root 'nonexist': no such folder
np: 'tests/fixtures/cli/broken/np.yaml' belongs to the curriculum in 'tests/fixtures/cli/broken', but 'tests/fixtures/scaffold/01-part/01-module/first.md' to the one in 'tests/fixtures/scaffold'; lint one curriculum at a time, or pass --root
np: 'tests/fixtures/stats/curriculum/01-foundations/01-algebra/figures' holds no notes or curriculum files: nothing to check
np: 'tests/fixtures/stats/curriculum/01-foundations/01-algebra/figures/vector.png' is not a note, module.yaml, part.yaml or np.yaml (np lint checks those; the files notes link to are checked through their links)
--- exit 0
