#include "interfaces/library_versions.h"

#include <lmdb.h>
#include <sodium.h>

#include <QtGlobal>

namespace wb::node {

std::vector<std::pair<std::string, std::string>> libraryVersions() {
  int major = 0, minor = 0, patch = 0;
  mdb_version(&major, &minor, &patch);  // its text repeats the name and adds a date
  return {
      {"Qt", qVersion()},
      // libsecp256k1 has no version call: the version it was built against (pkg-config).
      {"libsecp256k1", WAYBILL_SECP256K1_VERSION},
      {"LMDB", std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(patch)},
      {"libsodium", sodium_version_string()},
  };
}

}  // namespace wb::node
