# --badges DIR: six shields.io endpoint files, written atomically (no temporary file is left).
$ np stats --root tests/fixtures/stats/curriculum --format csv --badges "$TMP/badges" >/dev/null && ls -A "$TMP/badges" && cat "$TMP/badges/notes.json" "$TMP/badges/lint.json"
--- stdout
lint.json
modules.json
notes.json
parts.json
reading-time.json
words.json
{"schemaVersion":1,"label":"notes","message":"4","color":"blue"}
{"schemaVersion":1,"label":"lint","message":"3 warnings","color":"yellow"}
--- stderr
np: wrote 6 badges to $TMP/badges
--- exit 0
