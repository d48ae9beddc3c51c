#include "chain/store/store_identity.h"

#include <algorithm>

#include "chain/core/encoding.h"
#include "chain/store/schema.h"
#include "chain/store/store_errc.h"

namespace wb {

Status checkStoreIdentity(const Txn& txn, const Db& meta, const StoreIdentity& expected, const std::string& where) {
  WB_TRY_ASSIGN(version, txn.find(meta, asBytes(meta_key::kSchemaVersion)));
  if (!version->has_value()) return fail(StoreErrc::Corrupt, where + ": the store has no schema version");
  Reader versionReader(**version);
  auto number = versionReader.u32("schema version");
  if (!number || !versionReader.finish()) return fail(StoreErrc::Corrupt, where + ": the schema version is unreadable");
  if (*number != expected.schemaVersion) {
    const std::string remedy = *number < expected.schemaVersion ? std::string(expected.olderRemedy) : "";
    return fail(StoreErrc::SchemaVersion, where + ": the store has schema version " + std::to_string(*number) +
                                              ", this program reads version " + std::to_string(expected.schemaVersion) +
                                              remedy);
  }
  WB_TRY_ASSIGN(stored, txn.find(meta, asBytes(meta_key::kGenesisHash)));
  if (!stored->has_value() || (*stored)->size() != expected.network.size()) {
    return fail(StoreErrc::Corrupt, where + ": the store has no valid genesis hash");
  }
  const ByteView storedHash = **stored;
  if (!std::equal(storedHash.begin(), storedHash.end(), expected.network.begin())) {
    return fail(StoreErrc::WrongNetwork, where + ": the store belongs to the network with genesis " +
                                             toHex(storedHash) + ", not " + toHex(expected.network));
  }
  return {};
}

Result<std::optional<Db>> openStoreMeta(WriteTxn& txn, const std::string& where) {
  auto meta = txn.openDb("meta", DbFlags::None, OpenMode::MustExist);
  if (meta) return std::optional<Db>(*meta);
  if (meta.code() != StoreErrc::NotFound) return meta.error();
  WB_TRY_ASSIGN(main, txn.openDb("", DbFlags::None, OpenMode::MustExist));
  WB_TRY_ASSIGN(existing, txn.count(*main));
  if (*existing != 0) {
    return fail(StoreErrc::Corrupt, where + ": the folder holds LMDB data that is not a Waybill store");
  }
  return std::optional<Db>();
}

}  // namespace wb
