# np stats --status counts only the notes of the statuses named (here: published), and says so.
$ np stats --root tests/fixtures/stats/curriculum --status published | head -3; np stats --root tests/fixtures/stats/curriculum --status published --include-drafts
--- stdout
Stats Fixture: 2 notes, 3 modules, 2 parts; 28 words, 2 min of reading
only notes with status published (--status): 3 notes not counted

--- stderr
np: --status names every status to count; drop --include-drafts (or add --status draft)
--- exit 2
