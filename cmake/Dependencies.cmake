# Every dependency is a Debian 12 package. A missing one stops configuration with
# the name of the package that provides it, so a fresh machine knows what to install.
find_package(PkgConfig)
if(NOT PkgConfig_FOUND)
  message(FATAL_ERROR "pkg-config not found: install the Debian package 'pkg-config'")
endif()

function(waybill_require_pkg target module debian_package)
  pkg_check_modules(${target} IMPORTED_TARGET GLOBAL ${module})
  if(NOT ${target}_FOUND)
    message(FATAL_ERROR "${module} not found: install the Debian package '${debian_package}'")
  endif()
endfunction()

waybill_require_pkg(SECP256K1 "libsecp256k1>=0.2" libsecp256k1-dev)
waybill_require_pkg(LMDB "lmdb>=0.9" liblmdb-dev)
waybill_require_pkg(SODIUM "libsodium>=1.0.18" libsodium-dev)
waybill_require_pkg(QRENCODE "libqrencode>=4.1" libqrencode-dev)
waybill_require_pkg(NETTLE "nettle>=3.8" nettle-dev)

# The Qt module each component comes from, for the error message.
set(_waybill_qt_packages
  Core qt6-base-dev Gui qt6-base-dev Widgets qt6-base-dev Network qt6-base-dev
  Concurrent qt6-base-dev Test qt6-base-dev HttpServer qt6-httpserver-dev
  WebSockets qt6-websockets-dev Charts "qt6-charts-dev libqt6opengl6-dev" Svg qt6-svg-dev
  LinguistTools "qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools")
set(_waybill_qt_components Core Gui Widgets Network Concurrent Test HttpServer WebSockets Charts Svg LinguistTools)
foreach(component IN LISTS _waybill_qt_components)
  find_package(Qt6 6.4 QUIET COMPONENTS ${component})
  if(NOT Qt6${component}_FOUND)
    list(FIND _waybill_qt_packages ${component} index)
    math(EXPR index "${index} + 1")
    list(GET _waybill_qt_packages ${index} package)
    message(FATAL_ERROR "Qt6 ${component} not found: install the Debian package(s) '${package}'")
  endif()
endforeach()
find_package(Qt6 6.4 REQUIRED COMPONENTS ${_waybill_qt_components})
find_package(Threads REQUIRED)

set(WAYBILL_BIP39_WORDLIST_DIR "/usr/lib/python3/dist-packages/mnemonic/wordlist"
    CACHE PATH "BIP39 word lists (Debian package python3-mnemonic)")
foreach(list english chinese_simplified)
  if(NOT EXISTS "${WAYBILL_BIP39_WORDLIST_DIR}/${list}.txt")
    message(FATAL_ERROR "BIP39 word list ${list}.txt not found in ${WAYBILL_BIP39_WORDLIST_DIR}: install the Debian package 'python3-mnemonic'")
  endif()
endforeach()
