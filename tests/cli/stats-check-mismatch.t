# --check fails when a figure differs: counting the draft makes 5 notes where np.yaml expects 4.
$ np stats --root tests/fixtures/stats/curriculum --include-drafts --check --format csv
--- stdout
scope,part,module,title,notes,status_published,status_review,status_draft,kind_note,kind_bridge,words,reading_minutes,formulas_inline,formulas_display,code_blocks,links_internal,links_external,prerequisites,longest_chain,code_(none),code_bash,code_python,requires
part,01-foundations,,Foundations,4,2,1,1,3,1,50,4,3,2,5,4,3,4,4,2,1,2,
module,01-foundations,01-foundations/01-algebra,Linear Algebra,2,2,0,0,1,1,28,2,1,2,2,2,3,1,2,0,1,1,
module,01-foundations,01-foundations/02-probability,"Probability, Briefly",2,0,1,1,2,0,22,2,2,0,3,2,0,3,4,2,0,1,OPENAI_API_KEY
part,02-practice,,Practice,1,0,1,0,1,0,12,1,1,0,0,2,0,2,5,0,0,0,
module,02-practice,02-practice/03-evaluation,Évaluation & Métriques,1,0,1,0,1,0,12,1,1,0,0,2,0,2,5,0,0,0,ANTHROPIC_API_KEY OPENAI_API_KEY
total,,,Stats Fixture,5,2,2,1,4,1,62,4,4,2,5,6,3,6,5,2,1,2,ANTHROPIC_API_KEY OPENAI_API_KEY
--- stderr
np: np.yaml expects 4 notes, the curriculum has 5 (1 more; drafts included)
np: the figures differ from tests/fixtures/stats/curriculum/np.yaml; update expect: when the change is intended
--- exit 1
