#include "chain/consensus/dpos/dpos_evidence.h"

#include "chain/consensus/consensus_errc.h"
#include "chain/consensus/dpos/dpos_schedule.h"

namespace wb {

Result<DoubleProductionEvidence> makeDoubleProductionEvidence(const SecpContext& ctx, const ChainParams& params,
                                                              const BlockHeader& a, const BlockHeader& b) {
  DoubleProductionEvidence evidence =
      blockHash(a) < blockHash(b) ? DoubleProductionEvidence{a, b} : DoubleProductionEvidence{b, a};
  WB_TRY(verifyDoubleProduction(ctx, params, evidence));
  return evidence;
}

Status verifyDoubleProduction(const SecpContext& ctx, const ChainParams& params,
                              const DoubleProductionEvidence& evidence) {
  const BlockHash firstHash = blockHash(evidence.first);
  const BlockHash secondHash = blockHash(evidence.second);
  if (firstHash == secondHash) return fail(ConsensusErrc::BadEvidence, "the two headers are the same block");
  if (!(firstHash < secondHash)) return fail(ConsensusErrc::BadEvidence, "the evidence headers are not in hash order");
  if (evidence.first.producer != evidence.second.producer) {
    return fail(ConsensusErrc::BadEvidence, "the two headers have different producers");
  }
  WB_TRY_ASSIGN(firstSlot, slotOfTime(params, evidence.first.time));
  WB_TRY_ASSIGN(secondSlot, slotOfTime(params, evidence.second.time));
  if (*firstSlot != *secondSlot) return fail(ConsensusErrc::BadEvidence, "the two headers are for different slots");
  WB_TRY(verifyHeaderSignature(ctx, params.genesisHash, evidence.first));
  WB_TRY(verifyHeaderSignature(ctx, params.genesisHash, evidence.second));
  return {};
}

Bytes encodeEvidence(const DoubleProductionEvidence& evidence) {
  Writer w;
  writeHeader(w, evidence.first);
  writeHeader(w, evidence.second);
  return std::move(w).take();
}

Result<DoubleProductionEvidence> decodeEvidence(ByteView encoded) {
  Reader in(encoded);
  WB_TRY_ASSIGN(first, readHeader(in));
  WB_TRY_ASSIGN(second, readHeader(in));
  WB_TRY(in.finish());
  return DoubleProductionEvidence{*first, *second};
}

}  // namespace wb
