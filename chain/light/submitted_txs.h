// The transactions a light node submitted for its users (tx_submit, DESIGN §7
// "nothing accepted is lost"), kept in the light store (a database of the header
// chain's LMDB environment) until the chain settles them: a txid a light node
// returned survives a crash, is submitted again at start, and its status is
// what the node proved about it.
//
// Writes come from one thread; reads may come from any thread.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "chain/core/ids.h"
#include "chain/core/tx.h"
#include "chain/store/lmdb_env.h"

namespace wb::light {

// What the light node proved about a transaction it submitted.
struct SubmittedTx {
  enum class State : std::uint8_t {
    Pending = 0,    // sent to the peers; not in a block of the best branch as far as checked
    Confirmed = 1,  // in block `block` at `height`, position `index` (the block's tx_root checked)
    Conflict = 2,   // its sender's nonce was used by another transaction (proven at `height`)
  };
  Tx tx;
  Hash32 txid{};
  State state = State::Pending;
  // Pending: blocks up to this height of the best branch are known not to hold
  // it. Confirmed: the block's height. Conflict: the height of the proof.
  std::uint64_t height = 0;
  BlockHash block{};        // Confirmed: the block holding it
  std::uint32_t index = 0;  // Confirmed: its position in that block
  bool operator==(const SubmittedTx&) const = default;
};

class SubmittedTxs {
public:
  // Opens (creating if needed) the "submitted_txs" database in `env`, which must
  // outlive this object. Fails with the store's errors.
  [[nodiscard]] static Result<SubmittedTxs> open(LmdbEnv& env);

  // Stores `record` (replacing the one of the same txid). Store errors.
  [[nodiscard]] Status put(const SubmittedTx& record);
  // The record of `txid`, nullopt when this node never submitted it; StoreErrc::Corrupt for a damaged record.
  [[nodiscard]] Result<std::optional<SubmittedTx>> find(const Hash32& txid) const;
  // Every record, in txid order.
  [[nodiscard]] Result<std::vector<SubmittedTx>> all() const;

  // The stored form: u8 state | u64 height | 32 block | u32 index | var tx (tx_codec).
  static Bytes encode(const SubmittedTx& record);
  // Fails with StoreErrc::Corrupt for bytes that are not a record (the txid is recomputed from the tx).
  [[nodiscard]] static Result<SubmittedTx> decode(ByteView bytes);

private:
  SubmittedTxs(LmdbEnv& env, Db db) : env_(&env), db_(db) {}

  LmdbEnv* env_;
  Db db_;
};

}  // namespace wb::light
