# One verdict: np lint fails on a formula in a draft, and the lint badge of np stats --badges says
# so (it once ran lint without the math checks and said "passing").
$ np lint --root tests/fixtures/cli/verdict >/dev/null 2>&1; echo "np lint exits $?"; np stats --root tests/fixtures/cli/verdict --badges "$TMP/badges" >/dev/null 2>&1; cat "$TMP/badges/lint.json"
--- stdout
np lint exits 1
{"schemaVersion":1,"label":"lint","message":"1 error","color":"red"}
--- exit 0
