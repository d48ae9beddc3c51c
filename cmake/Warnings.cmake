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
endfunction()
