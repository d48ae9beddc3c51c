// DPoS double-production evidence (DESIGN §4): two different headers, both
// validly signed by the same producer for the same slot. Anyone can verify it
// with the network's genesis hash alone; nodes keep and show it, and relaying
// it is never a reason to punish a peer.
#pragma once

#include "chain/core/block.h"
#include "chain/core/double_production_evidence.h"
#include "chain/core/error.h"
#include "chain/core/params.h"
#include "chain/core/schnorr.h"

namespace wb {

// Builds evidence from two headers and verifies it (verifyDoubleProduction).
[[nodiscard]] Result<DoubleProductionEvidence> makeDoubleProductionEvidence(const SecpContext& ctx,
                                                                            const ChainParams& params,
                                                                            const BlockHeader& a, const BlockHeader& b);

// Checks that the headers differ, are in canonical order, name the same
// producer, fall in the same slot (both times exact slot starts) and both carry
// that producer's valid signature on this network. Fails with
// ConsensusErrc::BadEvidence (or the slot errors / BlockBadSignature naming which).
[[nodiscard]] Status verifyDoubleProduction(const SecpContext& ctx, const ChainParams& params,
                                            const DoubleProductionEvidence& evidence);

// first ‖ second, 448 bytes.
Bytes encodeEvidence(const DoubleProductionEvidence& evidence);
// Decodes exactly 448 bytes (structure only; call verifyDoubleProduction).
[[nodiscard]] Result<DoubleProductionEvidence> decodeEvidence(ByteView encoded);

}  // namespace wb
