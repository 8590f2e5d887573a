# --badges naming a file: a clear error and exit 2, after the figures are printed.
$ np stats --root tests/fixtures/stats/curriculum --format csv --badges tests/fixtures/stats/curriculum/np.yaml
--- stdout
scope,part,module,title,notes,status_published,status_review,kind_note,kind_bridge,words,reading_minutes,formulas_inline,formulas_display,code_blocks,links_internal,links_external,prerequisites,longest_chain,code_(none),code_bash,code_python,requires
part,01-foundations,,Foundations,3,2,1,2,1,41,3,2,2,4,3,3,3,3,2,1,1,
module,01-foundations,01-foundations/01-algebra,Linear Algebra,2,2,0,1,1,28,2,1,2,2,2,3,1,2,0,1,1,
module,01-foundations,01-foundations/02-probability,"Probability, Briefly",1,0,1,1,0,13,2,1,0,2,1,0,2,3,2,0,0,OPENAI_API_KEY
part,02-practice,,Practice,1,0,1,1,0,12,1,1,0,0,2,0,2,4,0,0,0,
module,02-practice,02-practice/03-evaluation,Évaluation & Métriques,1,0,1,1,0,12,1,1,0,0,2,0,2,4,0,0,0,ANTHROPIC_API_KEY OPENAI_API_KEY
total,,,Stats Fixture,4,2,2,3,1,53,3,3,2,4,5,3,5,4,2,1,1,ANTHROPIC_API_KEY OPENAI_API_KEY
--- stderr
np: --badges: cannot create the folder 'tests/fixtures/stats/curriculum/np.yaml': Not a directory
--- exit 2
