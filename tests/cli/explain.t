# A rule's documentation.
$ np explain frontmatter-schema
--- stdout
frontmatter-schema (error, front matter)

Front matter that does not match the note schema.

Facts: the loader (`libnpcore/src/load/curriculum.cc`), `LoadProblem::front_matter_schema`.

What it does
    Front matter is validated against schemas/note.schema.json (or the folder np.yaml names under `schemas`): required fields, types, allowed values (kind: note | bridge; status: draft | review | published), id and tag syntax, calendar dates that exist, unknown fields (with the closest known field suggested). The diagnostic points at the offending key or value; a missing field is reported on the opening '---'. To add a field, edit the schema, not np.

Example
    kind: brige
    order: first

Use instead
    kind: bridge
    order: 1

Configure in np.yaml:  lint: { rules: { frontmatter-schema: off | warning | error } }
--- exit 0
