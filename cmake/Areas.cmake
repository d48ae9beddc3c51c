# waybill_add_test(<name> SOURCES <files…> LIBS <targets…> [GUI] [LABELS <labels…>])
# One Qt Test executable per suite, registered with CTest. Every test runs with the
# offscreen platform; GUI suites get the "gui" label so sanitizer runs can skip them.
# "slow" suites (minutes of real time) and integration suites (processes) are
# started first: on a clean clone CTest has no timings yet and would otherwise
# start the longest last, leaving the other cores idle at the end of the run.
function(waybill_add_test name)
  cmake_parse_arguments(T "GUI" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  waybill_target_defaults(${name})
  target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
  add_test(NAME ${name} COMMAND ${name})
  set(labels ${T_LABELS})
  if(T_GUI)
    list(APPEND labels gui)
  endif()
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 300)
  endif()
  set(cost 0)
  if("integration" IN_LIST labels)
    set(cost 30)
  endif()
  if("slow" IN_LIST labels)
    set(cost 120)
  endif()
  # Qt Test stops a test function after 300 s of its own, whatever CTest allows: a suite given
  # more time (a slow one on a busy machine) would die at 300 s anyway. Each function may use the
  # suite's time but a margin, so a hang still ends with Qt Test's stack trace, not CTest's kill.
  math(EXPR function_timeout_ms "${T_TIMEOUT} * 1000 * 19 / 20")
  set_tests_properties(${name} PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;WAYBILL_BUILD_DIR=${PROJECT_BINARY_DIR};WAYBILL_SOURCE_DIR=${PROJECT_SOURCE_DIR};QTEST_FUNCTION_TIMEOUT=${function_timeout_ms}"
    TIMEOUT ${T_TIMEOUT}
    COST ${cost}
    LABELS "${labels}")
endfunction()

# Adds a sub-folder once it has its CMakeLists.txt, so areas can land one by one.
macro(waybill_add_area dir)
  if(EXISTS "${CMAKE_CURRENT_SOURCE_DIR}/${dir}/CMakeLists.txt")
    add_subdirectory(${dir})
  endif()
endmacro()
