#include "chain/light/submitted_txs.h"

#include "chain/core/encoding.h"
#include "chain/core/tx_codec.h"
#include "chain/core/tx_sign.h"
#include "chain/store/range.h"
#include "chain/store/store_errc.h"

namespace wb::light {

Result<SubmittedTxs> SubmittedTxs::open(LmdbEnv& env) {
  WB_TRY_ASSIGN(db, env.openDb("submitted_txs", DbFlags::None, OpenMode::CreateIfMissing));
  return SubmittedTxs(env, *db);
}

Bytes SubmittedTxs::encode(const SubmittedTx& record) {
  Writer out;
  out.u8(static_cast<std::uint8_t>(record.state)).u64(record.height).fixed(record.block).u32(record.index);
  out.var(encodeTx(record.tx));
  return std::move(out).take();
}

Result<SubmittedTx> SubmittedTxs::decode(ByteView bytes) {
  auto damaged = [](const std::string& why) {
    return fail(StoreErrc::Corrupt, "a submitted transaction record is damaged: " + why);
  };
  Reader in(bytes);
  SubmittedTx record;
  auto state = in.u8("state");
  if (!state) return damaged(state.error().message);
  if (*state > static_cast<std::uint8_t>(SubmittedTx::State::Conflict)) return damaged("unknown state");
  record.state = static_cast<SubmittedTx::State>(*state);
  auto height = in.u64("height");
  auto block = height ? in.fixed<32>("block") : Result<std::array<Byte, 32>>(height.error());
  auto index = block ? in.u32("index") : Result<std::uint32_t>(block.error());
  auto encoded = index ? in.var("tx", static_cast<std::uint32_t>(kMaxTxBytes)) : Result<Bytes>(index.error());
  if (!encoded) return damaged(encoded.error().message);
  if (Status done = in.finish(); !done) return damaged(done.error().message);
  auto tx = decodeTx(*encoded);
  if (!tx) return damaged(tx.error().message);
  record.height = *height;
  record.block = BlockHash{*block};
  record.index = *index;
  record.tx = std::move(*tx);
  record.txid = computeTxid(record.tx);
  return record;
}

Status SubmittedTxs::put(const SubmittedTx& record) {
  const Bytes value = encode(record);
  return env_->write([&](WriteTxn& txn) { return txn.put(db_, record.txid, value); });
}

Result<std::optional<SubmittedTx>> SubmittedTxs::find(const Hash32& txid) const {
  std::optional<SubmittedTx> found;
  WB_TRY(env_->read([&](ReadTxn& txn) -> Status {
    WB_TRY_ASSIGN(raw, txn.find(db_, txid));
    if (!*raw) return {};
    WB_TRY_ASSIGN(record, decode(**raw));
    found = std::move(*record);
    return {};
  }));
  return found;
}

Result<std::vector<SubmittedTx>> SubmittedTxs::all() const {
  std::vector<SubmittedTx> out;
  WB_TRY(env_->read([&](ReadTxn& txn) -> Status {
    WB_TRY_ASSIGN(visited, scan(txn, db_, KeyRange{}, [&](const Entry& entry) -> Result<Visit> {
                    WB_TRY_ASSIGN(record, decode(entry.value));
                    out.push_back(std::move(*record));
                    return Visit::Continue;
                  }));
    return {};
  }));
  return out;
}

}  // namespace wb::light
