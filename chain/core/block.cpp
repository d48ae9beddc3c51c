#include "chain/core/block.h"

#include <algorithm>

#include "chain/core/core_errc.h"
#include "chain/core/hash.h"
#include "chain/core/merkle.h"
#include "chain/core/tx_codec.h"
#include "chain/core/tx_sign.h"

namespace wb {

static_assert(kHeaderUnsignedBytes == 160 && kHeaderBytes == 224 && kHeaderNonceOffset == 120);

// ---- headers ----

void writeHeaderUnsigned(Writer& out, const BlockHeader& h) {
  out.u32(kBlockVersion).u64(h.height).fixed(h.prev).u64(h.time).fixed(h.txRoot).fixed(h.stateRoot);
  out.u32(h.bits).u64(h.nonce).fixed(h.producer);
}

void writeHeader(Writer& out, const BlockHeader& h) {
  writeHeaderUnsigned(out, h);
  out.fixed(h.sig);
}

Bytes encodeHeader(const BlockHeader& header) {
  Writer w;
  writeHeader(w, header);
  return std::move(w).take();
}

Bytes encodeHeaderUnsigned(const BlockHeader& header) {
  Writer w;
  writeHeaderUnsigned(w, header);
  return std::move(w).take();
}

Result<BlockHeader> readHeader(Reader& in) {
  // Every field is fixed-size, so one length check up front gives a clear error
  // and lets the reads below be unconditional in practice.
  if (in.remaining() < kHeaderBytes) {
    return fail(CoreErrc::DecodeShortInput, "a block header needs " + std::to_string(kHeaderBytes) + " bytes, only " +
                                                std::to_string(in.remaining()) + " left");
  }
  WB_TRY_ASSIGN(version, in.u32("version"));
  if (*version != kBlockVersion) {
    return fail(CoreErrc::BlockBadVersion, "block version " + std::to_string(*version) + " is not supported (only " +
                                               std::to_string(kBlockVersion) + ")");
  }
  BlockHeader h;
  auto height = in.u64("height");
  auto prev = in.fixed<32>("prev");
  auto time = in.u64("time");
  auto txRoot = in.fixed<32>("tx_root");
  auto stateRoot = in.fixed<32>("state_root");
  auto bits = in.u32("bits");
  auto nonce = in.u64("nonce");
  auto producer = in.fixed<32>("producer");
  auto sig = in.fixed<64>("sig");
  if (!height || !prev || !time || !txRoot || !stateRoot || !bits || !nonce || !producer || !sig) {
    return fail(CoreErrc::DecodeShortInput, "block header is truncated");  // unreachable after the length check
  }
  h.height = *height;
  h.prev = BlockHash{*prev};
  h.time = *time;
  h.txRoot = *txRoot;
  h.stateRoot = *stateRoot;
  h.bits = *bits;
  h.nonce = *nonce;
  h.producer = AccountKey{*producer};
  h.sig = *sig;
  return h;
}

Result<BlockHeader> decodeHeader(ByteView encoded) {
  Reader in(encoded);
  WB_TRY_ASSIGN(header, readHeader(in));
  WB_TRY(in.finish());
  return header;
}

BlockHash blockHash(const BlockHeader& header) {
  return BlockHash{taggedHash(tag::kHeader, encodeHeaderUnsigned(header))};
}

Hash32 headerSigHash(const Hash32& genesisHash, const BlockHeader& header) {
  return TaggedHasher(tag::kSig).update(genesisHash).update(encodeHeaderUnsigned(header)).final();
}

Status signHeader(const SecpContext& ctx, const SecureBytes& secretKey, const Hash32& genesisHash,
                  BlockHeader& header) {
  WB_TRY_ASSIGN(key, xonlyFromSecret(ctx, secretKey));
  if (*key != header.producer) {
    return fail(CoreErrc::BlockSignerNotProducer, "the signing key does not belong to the block's producer");
  }
  WB_TRY_ASSIGN(sig, schnorrSign(ctx, secretKey, headerSigHash(genesisHash, header)));
  header.sig = *sig;
  return {};
}

Status verifyHeaderSignature(const SecpContext& ctx, const Hash32& genesisHash, const BlockHeader& header) {
  if (schnorrVerify(ctx, header.producer, headerSigHash(genesisHash, header), header.sig)) return {};
  return fail(CoreErrc::BlockBadSignature,
              "the block's signature is not valid for its producer on this network (altered, or signed for another "
              "network)");
}

// ---- blocks ----

Bytes encodeBlock(const Block& block) {
  Writer w;
  writeHeader(w, block.header);
  w.u32(static_cast<std::uint32_t>(block.txs.size()));
  for (const Tx& tx : block.txs) writeTx(w, tx);
  return std::move(w).take();
}

std::size_t encodedBlockSize(const Block& block) { return encodeBlock(block).size(); }

Status checkBlockSize(std::size_t encodedSize, const ChainParams& params) {
  if (encodedSize > params.maxBlockBytes) {
    return fail(CoreErrc::BlockTooLarge, "the block is " + std::to_string(encodedSize) + " bytes; the maximum is " +
                                             std::to_string(params.maxBlockBytes));
  }
  return {};
}

Result<Block> decodeBlock(ByteView encoded, std::vector<ByteView>* txEncodings) {
  Reader in(encoded);
  Block block;
  WB_TRY_ASSIGN(header, readHeader(in));
  block.header = *header;
  WB_TRY_ASSIGN(count, in.u32("tx count"));
  // A hostile count must not make us allocate: reserve only what the bytes can hold.
  const std::size_t plausible = std::min<std::size_t>(*count, in.remaining() / kMinTxBytes);
  block.txs.reserve(plausible);
  if (txEncodings) {
    txEncodings->clear();
    txEncodings->reserve(plausible);
  }
  for (std::uint32_t i = 0; i < *count; ++i) {
    const std::size_t start = in.position();
    auto tx = readTx(in);
    if (!tx) {
      return fail(tx.code(), "transaction " + std::to_string(i) + " of the block: " + tx.error().message);
    }
    block.txs.push_back(std::move(*tx));
    if (txEncodings) txEncodings->push_back(encoded.subspan(start, in.position() - start));
  }
  WB_TRY(in.finish());
  return block;
}

Hash32 computeTxRoot(std::span<const Tx> txs) {
  std::vector<Hash32> leaves;
  leaves.reserve(txs.size());
  for (const Tx& tx : txs) leaves.push_back(computeWtxHash(tx));
  return merkleRoot(leaves);
}

}  // namespace wb
