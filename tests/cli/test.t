# np test runs every ```python block in a fresh folder, without network, under --timeout: an
# exception is reported at the note line of the traceback's last note frame, a drifted output at
# the output block's line, a hang at the fence; no-run blocks never run, requires=VAR blocks only
# when VAR is set (and they see it).
$ np test --root tests/fixtures/code --python /usr/bin/python3 --timeout 3; echo "exit $?"; NP_FIXTURE_KEY=secret np test --root tests/fixtures/code --python /usr/bin/python3 tests/fixtures/code/01-part/01-module/passing.md; echo "exit $?"; np test --root tests/fixtures/code --python /no/such/python; echo "exit $?"
--- stdout
tests/fixtures/code/01-part/01-module/failing.md:15:1: error: the python block failed: ZeroDivisionError: division by zero [code-error]
 15 |     return a / b
    | ^~~~~~~~~~~~~~~~
  hint: traceback: line 16 in <module>, line 15 in ratio
tests/fixtures/code/01-part/01-module/failing.md:27:1: error: line 1 of the output block says 'mean 2.25'; the code printed 'mean 2.5' [code-output]
 27 | mean 2.25
    | ^
  hint: update the ```output block if the new output is right, or fix the code
tests/fixtures/code/01-part/01-module/failing.md:35:1: error: the python block failed: OSError: np test: the notes' code runs without network access [code-error]
 35 | socket.create_connection(("example.org", 80), timeout=5)
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
  hint: traceback: line 35 in <module>
tests/fixtures/code/01-part/01-module/failing.md:40:1: error: the block did not finish within 3 s; it was stopped [code-timeout]
 40 | ```python
    | ^~~
  hint: make it faster (a smaller example), or mark it ```python no-run if it cannot run in seconds

4 errors, 0 warnings in 1 file (6 python blocks checked; 2 not run (1 no-run, 1 need NP_FIXTURE_KEY, which is not set))
exit 1
no problems in 3 python blocks; 1 not run (1 no-run)
exit 0
exit 2
--- stderr
np: cannot run '/no/such/python': No such file or directory (pass --python PATH)
--- exit 0
