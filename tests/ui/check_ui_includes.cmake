# The GUI talks to the node through interfaces/ only (DESIGN §1,
# issue #14): no header of the node, the store, the network, the consensus
# engines, the mempool or the RPC server may be reachable from ui/, directly or
# through any header it includes (wallet/ headers too). Error-code headers
# (`*_errc.h`) are the one exception: they declare codes, nothing else.
#
#   cmake -DSOURCE_DIR=<repository> -P check_ui_includes.cmake
#
# Follows every #include "…" of every file under ui/ through the repository's
# own files (paths relative to the repository, then to the including file; other
# headers — Qt, system, generated — are not followed) and fails, printing the
# include chain, at the first forbidden header each ui/ file reaches.
cmake_minimum_required(VERSION 3.25)

if(NOT SOURCE_DIR)
  message(FATAL_ERROR "pass -DSOURCE_DIR=<repository>")
endif()
if(NOT ROOT)
  set(ROOT ui)
endif()

set(forbidden "^chain/(node|store|net|consensus|mempool|rpc)/")
# A layer's error-code header (`*_errc.h`: one enum and its ErrorDomain, including only
# chain/core/error.h) is vocabulary, like interfaces/node_types.h: the GUI words the codes
# a NodeClient call can fail with, so it may name them.
set(vocabulary "^chain/[a-z]+/[a-z_]+_errc\\.h$")

# `path` relative to the repository, or empty when `include` is not one of its files.
function(resolve_include out from include)
  set(${out} "" PARENT_SCOPE)
  if(EXISTS "${SOURCE_DIR}/${include}" AND NOT IS_DIRECTORY "${SOURCE_DIR}/${include}")
    set(path "${include}")
  else()
    get_filename_component(dir "${from}" DIRECTORY)
    if(NOT EXISTS "${SOURCE_DIR}/${dir}/${include}" OR IS_DIRECTORY "${SOURCE_DIR}/${dir}/${include}")
      return()
    endif()
    cmake_path(SET path NORMALIZE "${dir}/${include}")
  endif()
  set(${out} "${path}" PARENT_SCOPE)
endfunction()

# The repository files `file` includes.
function(direct_includes out file)
  file(STRINGS "${SOURCE_DIR}/${file}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
  set(result "")
  foreach(line IN LISTS lines)
    string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\".*" "\\1" include "${line}")
    resolve_include(path "${file}" "${include}")
    if(path)
      list(APPEND result "${path}")
    endif()
  endforeach()
  set(${out} "${result}" PARENT_SCOPE)
endfunction()

file(GLOB_RECURSE roots RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/${ROOT}/*.h" "${SOURCE_DIR}/${ROOT}/*.cpp")
list(SORT roots)
if(NOT roots)
  message(FATAL_ERROR "no files under ${SOURCE_DIR}/${ROOT}")
endif()

# Breadth-first over the whole closure; `via_<file>` is the file that first included it.
set(queue ${roots})
set(seen ${roots})
set(violations 0)
while(queue)
  list(POP_FRONT queue file)
  string(MAKE_C_IDENTIFIER "${file}" id)
  direct_includes(includes "${file}")
  foreach(include IN LISTS includes)
    if(include IN_LIST seen)
      continue()
    endif()
    list(APPEND seen "${include}")
    string(MAKE_C_IDENTIFIER "${include}" include_id)
    set(via_${include_id} "${file}")
    if(include MATCHES "${forbidden}" AND NOT include MATCHES "${vocabulary}")
      set(chain "${include}")
      set(at "${file}")
      while(at)
        string(PREPEND chain "${at} -> ")
        string(MAKE_C_IDENTIFIER "${at}" at_id)
        set(at "${via_${at_id}}")
      endwhile()
      message(STATUS "forbidden: ${chain}")
      math(EXPR violations "${violations} + 1")
      continue()  # what it includes is beside the point
    endif()
    list(APPEND queue "${include}")
  endforeach()
endwhile()

list(LENGTH seen files)
if(violations GREATER 0)
  message(FATAL_ERROR "${violations} forbidden header(s) reachable from ${ROOT}/ (DESIGN §1: the GUI sees the node through NodeClient only)")
endif()
message(STATUS "${ROOT}/ reaches ${files} repository files, none of the node's")
