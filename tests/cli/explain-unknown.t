# An unknown rule id: did you mean, exit 2.
$ np explain frontmater-schema
--- stdout
--- stderr
np: unknown rule 'frontmater-schema'; did you mean 'frontmatter-schema'?
--- exit 2
