# Project-wide compiler flags, applied to every target we define through
# waybill_target_defaults().
add_library(waybill_build_flags INTERFACE)
target_compile_options(waybill_build_flags INTERFACE -Wall -Wextra -Wpedantic)
if(WAYBILL_WERROR)
  target_compile_options(waybill_build_flags INTERFACE -Werror)
endif()
if(WAYBILL_SANITIZE)
  target_compile_options(waybill_build_flags INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(waybill_build_flags INTERFACE -fsanitize=address,undefined)
endif()

function(waybill_target_defaults target)
  target_link_libraries(${target} PRIVATE waybill_build_flags)
  target_include_directories(${target} PUBLIC ${PROJECT_SOURCE_DIR})
  # A library's sources compiled a few at a time in one translation unit: the
  # headers (Qt's above all) are parsed once per batch instead of once per file,
  # which takes a large part off a clean build (CI). Off by default: an edit
  # then rebuilds its whole batch.
  get_target_property(type ${target} TYPE)
  if(WAYBILL_UNITY_BUILD AND type STREQUAL "STATIC_LIBRARY")
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 8)
  endif()
endfunction()
