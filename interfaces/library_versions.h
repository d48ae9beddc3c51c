// The libraries the node runs on, with the versions it runs with (as bitcoin-qt's
// --version and About show them): one list for `--version` of both programs and
// the About dialog, which adds the GUI's own.
// Declared here for the GUI (which sees the node only through interfaces/);
// defined by the node (chain/node/library_versions.cpp).
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace wb::node {

// (name, version) of Qt, libsecp256k1, LMDB and libsodium, in that order.
std::vector<std::pair<std::string, std::string>> libraryVersions();

}  // namespace wb::node
