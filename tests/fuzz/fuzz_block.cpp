// fuzz_block: one block off the wire (DESIGN §4). decodeBlock must reject bad
// bytes with a decoding error and accept only canonical encodings; for accepted
// blocks the per-tx views must be the txs' own encodings, the Merkle root over
// the wire digests must equal computeTxRoot, and the size, tx rules, hash and
// header signature checks must not crash on any decoded value.
#include <vector>

#include "chain/core/block.h"
#include "chain/core/core_errc.h"
#include "chain/core/merkle.h"
#include "chain/core/params.h"
#include "chain/core/tx_check.h"
#include "chain/core/tx_codec.h"
#include "chain/core/tx_sign.h"
#include "tests/fuzz/fuzz_target.h"

using namespace wb;

namespace {

bool isDecodeError(ErrorCode code) {
  const auto value = code.value();
  return (value >= 100 && value < 200) || code == CoreErrc::TxBadVersion || code == CoreErrc::TxUnknownKind ||
         code == CoreErrc::BlockBadVersion;
}

void checkHeaderRoundTrip(ByteView input) {
  if (input.size() < kHeaderBytes) return;
  const ByteView encoded = input.first(kHeaderBytes);
  const auto header = decodeHeader(encoded);
  if (!header) {
    WB_FUZZ_CHECK(header.code() == CoreErrc::BlockBadVersion);
    return;
  }
  WB_FUZZ_CHECK(fuzz::sameBytes(encodeHeader(*header), encoded));
  WB_FUZZ_CHECK(fuzz::sameBytes(encodeHeaderUnsigned(*header), encoded.first(kHeaderUnsignedBytes)));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const ChainParams params = devParams(ConsensusKind::Pos);
  const ByteView input = fuzz::inputView(data, size);

  const Status sizeCheck = checkBlockSize(size, params);
  WB_FUZZ_CHECK(sizeCheck.ok() == (size <= params.maxBlockBytes));
  checkHeaderRoundTrip(input);

  std::vector<ByteView> txViews;
  const auto block = decodeBlock(input, &txViews);
  if (!block) {
    WB_FUZZ_CHECK(isDecodeError(block.code()) && !block.error().message.empty());
    return 0;
  }

  WB_FUZZ_CHECK(fuzz::sameBytes(encodeBlock(*block), input));
  WB_FUZZ_CHECK(encodedBlockSize(*block) == size);
  WB_FUZZ_CHECK(txViews.size() == block->txs.size());

  std::vector<Hash32> leaves;
  for (std::size_t i = 0; i < block->txs.size(); ++i) {
    const Tx& tx = block->txs[i];
    WB_FUZZ_CHECK(fuzz::sameBytes(txViews[i], encodeTx(tx)));
    leaves.push_back(digestEncodedTx(params.genesisHash, txViews[i]).wtxHash);
    const Status rules = checkTxStateless(tx, params, txViews[i].size());
    WB_FUZZ_CHECK(rules.ok() || !rules.error().message.empty());
  }
  // The root a node recomputes from wire bytes is the root a producer commits to.
  const Hash32 root = computeTxRoot(block->txs);
  WB_FUZZ_CHECK(merkleRoot(leaves) == root);
  // A block with a matching root and a different tx list would be a Merkle
  // malleation: dropping the last tx must change the root.
  if (!leaves.empty()) {
    leaves.pop_back();
    WB_FUZZ_CHECK(merkleRoot(leaves) != root);
  }

  const BlockHash hash = blockHash(block->header);
  WB_FUZZ_CHECK(hash == blockHash(decodeHeader(input.first(kHeaderBytes)).value()));
  const Status signature = verifyHeaderSignature(fuzz::secpContext(), params.genesisHash, block->header);
  WB_FUZZ_CHECK(signature.ok() || signature.code() == CoreErrc::BlockBadSignature);
  return 0;
}
