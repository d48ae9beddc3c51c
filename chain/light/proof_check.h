// Checking a full peer's state proof (DESIGN §11) against a header the light
// node verified itself: the record (or its absence) with the sibling hashes from
// the root down, where the key's path ends (its own leaf, an empty subtree or
// another key's leaf), and the block it claims to be for. The fold is
// chain/state's foldTreeProof, the same rule the full node builds proofs with.
//
// What state_proof (RPC) and proof (P2P) carry is a StateProof
// (chain/store/chain.h); stateProofFromJson reads the RPC's JSON shape
// {height, block, state_root, value, siblings, other}.
#pragma once

#include <optional>
#include <string_view>

#include "chain/core/block.h"
#include "chain/core/ids.h"
#include "chain/core/json.h"
#include "chain/state/records.h"
#include "chain/state/state_tables.h"
#include "chain/store/chain.h"

namespace wb::light {

class HeaderChain;

// A record proven against a header: present with `value`, or proven absent.
struct ProvenRecord {
  state::Table table = state::Table::Accounts;
  Bytes key;
  std::optional<Bytes> value;  // the stored bytes; nullopt: no such record
  std::uint64_t height = 0;    // the header the proof was checked against
  BlockHash block{};
  bool operator==(const ProvenRecord&) const = default;
};

// Verifies `proof` for record `key` of `table` against `header`. Fails with
//   LightErrc::ProofMalformed    the table is not in the state tree, more than 256
//                          siblings, a value without a Leaf end (or a Leaf end
//                          without one), another leaf that is the key itself or
//                          lies off the key's path;
//   LightErrc::ProofWrongBlock   the proof names another height, block or state_root
//                          than `header` has;
//   LightErrc::ProofRootMismatch the path does not fold up to header.stateRoot (a
//                          flipped sibling, another key, another value, a cut path).
[[nodiscard]] Result<ProvenRecord> checkProof(const BlockHeader& header, state::Table table, ByteView key,
                                              const StateProof& proof);

// The same against the header chain: the proof's block must be a stored header
// of its best branch (LightErrc::ProofUnknownBlock otherwise: unknown, on a losing
// branch, or not received yet), then checkProof against it.
[[nodiscard]] Result<ProvenRecord> checkProof(const HeaderChain& chain, state::Table table, ByteView key,
                                              const StateProof& proof);

// The account a proven record of the accounts table holds: a fresh one when it
// is proven absent; the record decoder's errors.
[[nodiscard]] Result<state::Account> provenAccount(const ProvenRecord& record);
// The order a proven record of the orders table holds, nullopt when proven
// absent; the record decoder's errors.
[[nodiscard]] Result<std::optional<state::Order>> provenOrder(const ProvenRecord& record);
// The same where the order must exist: StateErrc::OrderNotFound ("proven absent at
// height …") when it does not.
[[nodiscard]] Result<state::Order> provenExistingOrder(const ProvenRecord& record);

// A state_proof answer in the JSON shape of DESIGN §11 (the "result" object).
// Fails with LightErrc::ProofMalformed when a member is missing, of another type or
// not hexadecimal of the right length.
[[nodiscard]] Result<StateProof> stateProofFromJson(const JsonValue& result);
[[nodiscard]] Result<StateProof> stateProofFromJson(std::string_view text);

}  // namespace wb::light
