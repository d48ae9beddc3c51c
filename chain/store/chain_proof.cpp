// State proofs at the tip and consensus witnesses (DESIGN §11), each read in one
// transaction so the record, the path and the header they are checked against
// belong together.
#include "chain/core/core_errc.h"
#include "chain/state/memory_kv.h"
#include "chain/state/state_tree.h"
#include "chain/store/chain.h"
#include "chain/store/store_errc.h"

namespace wb {

Result<StateProof> Chain::stateProof(state::Table table, ByteView key) const {
  if (!state::isCommitted(table)) {
    return fail(CoreErrc::DecodeBadValue,
                "table " + std::string(state::tableName(table)) + " is not in the state tree");
  }
  std::optional<StateProof> out;
  WB_TRY(store_.env().read([&](ReadTxn& txn) -> Status {
    WB_TRY_ASSIGN(rawTip, txn.get(store_.dbs().meta, asBytes(meta_key::kTip)));
    auto tip = decodeTipPosition(*rawTip);
    if (!tip) return fail(StoreErrc::Corrupt, "the stored tip is damaged: " + tip.error().message);
    WB_TRY_ASSIGN(rawHeader, txn.get(store_.dbs().headers, tip->hash));
    auto record = decodeHeaderRecord(*rawHeader);
    if (!record) return fail(StoreErrc::Corrupt, "the tip's header is damaged: " + record.error().message);
    // The tree is written through the same interface as the state, read-only here.
    LmdbStateReader reader(txn, store_.dbs());
    state::MemoryKv view(&reader);
    state::StateTree tree(view);
    WB_TRY_ASSIGN(proof, tree.prove(state::treeLeafKey(table, key)));
    WB_TRY_ASSIGN(value, reader.get(table, key));
    out = StateProof{tip->height, tip->hash, record->header.stateRoot, std::move(*value), std::move(*proof)};
    return {};
  }));
  return std::move(*out);
}

Result<std::vector<std::optional<state::ConsensusWitness>>> Chain::consensusWitnesses(std::span<const BlockHash> blocks,
                                                                                      std::size_t maxBytes) const {
  std::vector<std::optional<state::ConsensusWitness>> out;
  WB_TRY(store_.env().read([&](ReadTxn& txn) -> Status {
    out.clear();
    std::size_t bytes = 0;
    for (const BlockHash& hash : blocks) {
      WB_TRY_ASSIGN(raw, txn.find(store_.dbs().witnesses, hash));
      if (!*raw) {
        out.emplace_back();
        continue;
      }
      if (!out.empty() && bytes + (*raw)->size() > maxBytes) break;
      bytes += (*raw)->size();
      auto witness = state::decodeWitness(**raw);
      if (!witness)
        return fail(StoreErrc::Corrupt, "a stored consensus witness is damaged: " + witness.error().message);
      out.push_back(std::move(*witness));
    }
    return {};
  }));
  return out;
}

}  // namespace wb
