# ctest: np_bench_gen's corpus lints clean, is a function of its seed, and the floor reads all of it.
# Arguments: -DGEN=np_bench_gen -DNP=np -DFLOOR=np_bench_floor -DWORK=scratch folder.
set(NOTES 30)
file(REMOVE_RECURSE ${WORK})

# 30 notes in modules of 4 and parts of 3 modules: several modules and parts, a short last module,
# and links that cross module and part folders.
foreach(copy a b)
  execute_process(COMMAND ${GEN} ${WORK}/${copy} --notes ${NOTES} --notes-per-module 4 --modules-per-part 3
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "np_bench_gen failed (${rc}): ${out}${err}")
  endif()
endforeach()
if(NOT out STREQUAL "np_bench_gen: 30 notes in 8 modules and 3 parts under ${WORK}/b\n")
  message(FATAL_ERROR "unexpected np_bench_gen output: '${out}'")
endif()

execute_process(COMMAND ${NP} lint --root ${WORK}/a --color never RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
# np counts every file it checked: the notes, module.yaml and part.yaml files.
math(EXPR checked "${NOTES} + 8 + 3")
if(NOT rc EQUAL 0 OR NOT out STREQUAL "no problems in ${checked} files\n" OR NOT err STREQUAL "")
  message(FATAL_ERROR "np lint on the generated corpus: exit ${rc}\n${out}${err}")
endif()

# The same seed writes the same bytes (a timing compares two np versions on one input).
file(GLOB_RECURSE files_a RELATIVE ${WORK}/a ${WORK}/a/*)
file(GLOB_RECURSE files_b RELATIVE ${WORK}/b ${WORK}/b/*)
list(LENGTH files_a count)
math(EXPR expected "${NOTES} + 8 + 3 + 1")  # notes, module.yaml, part.yaml, np.yaml
if(NOT files_a STREQUAL files_b OR NOT count EQUAL expected)
  message(FATAL_ERROR "two runs wrote different file lists (${count} files, expected ${expected})")
endif()
foreach(f ${files_a})
  file(SHA256 ${WORK}/a/${f} ha)
  file(SHA256 ${WORK}/b/${f} hb)
  if(NOT ha STREQUAL hb)
    message(FATAL_ERROR "the same seed wrote two different '${f}'")
  endif()
endforeach()

execute_process(COMMAND ${FLOOR} ${WORK}/a RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES "^np_bench_floor: ${NOTES} files, [0-9]+ bytes, [0-9]+ front-matter keys, 0 failures\n$")
  message(FATAL_ERROR "np_bench_floor on the generated corpus: exit ${rc}\n${out}${err}")
endif()

# A folder with files in it is refused: the generator never writes into a real curriculum.
execute_process(COMMAND ${GEN} ${WORK}/a --notes 1 RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 2 OR NOT err STREQUAL "np_bench_gen: '${WORK}/a' exists and is not an empty folder\n")
  message(FATAL_ERROR "np_bench_gen into a non-empty folder: exit ${rc}, '${err}'")
endif()
file(REMOVE_RECURSE ${WORK})
