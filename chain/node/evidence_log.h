// Double-production evidence a DPoS node has seen (DESIGN §4: two headers one
// producer signed for one slot are kept and shown). Kept in memory and in
// DATADIR/<network>/evidence.dat, one 448-byte record each, so a restart keeps it.
#pragma once

#include <filesystem>
#include <vector>

#include "chain/consensus/dpos/dpos_evidence.h"

namespace wb::node {

class EvidenceLog {
public:
  explicit EvidenceLog(std::filesystem::path path) : path_(std::move(path)) {}

  // Reads the file (none yet = empty); records that do not verify on this
  // network are skipped. Fails with IoError, or StoreErrc::Corrupt for a cut file.
  [[nodiscard]] Status load(const SecpContext& ctx, const ChainParams& params);
  // Keeps `evidence` unless known already; true when it is new. Fails with IoError.
  [[nodiscard]] Result<bool> add(const DoubleProductionEvidence& evidence);

  // Oldest first.
  const std::vector<DoubleProductionEvidence>& all() const { return all_; }

private:
  std::filesystem::path path_;
  std::vector<DoubleProductionEvidence> all_;
};

}  // namespace wb::node
