// Blocks and headers (DESIGN §4).
//
//   header = version u32 (1) | height u64 | prev 32 | time u64 | tx_root 32 |
//            state_root 32 | bits u32 | nonce u64 | producer 32 | sig 64      (224 bytes)
//   hash   = H("wb.header", header without sig)
//   block  = header | count u32 | count × tx
//
// Header signature (PoS and DPoS producers; zero under PoW):
//   message = H("wb.sig", genesis_hash ‖ header without sig)
// It shares the "wb.sig" tag with transaction signatures (one tag for everything
// a key signs) and still cannot be confused with one: a header's second byte (the version's second
// little-endian byte) is 0, which is never a valid transaction kind, so no
// header preimage decodes as a transaction and vice versa.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "chain/core/encoding.h"
#include "chain/core/ids.h"
#include "chain/core/params.h"
#include "chain/core/schnorr.h"
#include "chain/core/secure_bytes.h"
#include "chain/core/tx.h"

namespace wb {

inline constexpr std::uint32_t kBlockVersion = 1;
inline constexpr std::size_t kHeaderUnsignedBytes = 4 + 8 + 32 + 8 + 32 + 32 + 4 + 8 + 32;
inline constexpr std::size_t kHeaderBytes = kHeaderUnsignedBytes + 64;
// Where the nonce sits in the encoded header, so miners can patch it in place.
inline constexpr std::size_t kHeaderNonceOffset = 4 + 8 + 32 + 8 + 32 + 32 + 4;

// A block header. The version is not stored: only kBlockVersion exists.
struct BlockHeader {
  std::uint64_t height = 0;
  BlockHash prev{};         // hash of the parent header
  std::uint64_t time = 0;   // unix seconds
  Hash32 txRoot{};          // merkleRoot of the wtx hashes (computeTxRoot)
  Hash32 stateRoot{};       // the state tree root after this block (DESIGN §11)
  std::uint32_t bits = 0;   // compact target (PoW, PoS)
  std::uint64_t nonce = 0;  // PoW search space
  AccountKey producer{};    // receives reward and fees; signs under PoS/DPoS
  Sig64 sig{};              // zero under PoW

  bool operator==(const BlockHeader&) const = default;
};

struct Block {
  BlockHeader header;
  std::vector<Tx> txs;

  bool operator==(const Block&) const = default;
};

// ---- headers ----

// Appends the 160-byte header without its signature (the hash preimage).
void writeHeaderUnsigned(Writer& out, const BlockHeader& header);
// Appends the full 224-byte header.
void writeHeader(Writer& out, const BlockHeader& header);
// The full 224-byte encoding.
Bytes encodeHeader(const BlockHeader& header);
// The 160-byte encoding without the signature.
Bytes encodeHeaderUnsigned(const BlockHeader& header);

// Reads one header from `in` (for blocks and header lists in headers-first sync).
// Fails with BlockBadVersion or the reader's Decode* codes.
[[nodiscard]] Result<BlockHeader> readHeader(Reader& in);
// Decodes exactly one header occupying all of `encoded` (224 bytes).
[[nodiscard]] Result<BlockHeader> decodeHeader(ByteView encoded);

// H("wb.header", header without sig): the block's identity; excludes the signature.
BlockHash blockHash(const BlockHeader& header);

// H("wb.sig", genesisHash ‖ header without sig): what the producer signs.
Hash32 headerSigHash(const Hash32& genesisHash, const BlockHeader& header);

// Signs `header` as its producer for the network `genesisHash`: sets header.sig.
// Fails with CryptoBadSecretKey, BlockSignerNotProducer or CryptoSignFailed; on
// failure `header` is unchanged.
[[nodiscard]] Status signHeader(const SecpContext& ctx, const SecureBytes& secretKey, const Hash32& genesisHash,
                                BlockHeader& header);

// Verifies header.sig by header.producer. Fails with BlockBadSignature.
[[nodiscard]] Status verifyHeaderSignature(const SecpContext& ctx, const Hash32& genesisHash,
                                           const BlockHeader& header);

// ---- blocks ----

// The full encoding of `block`.
Bytes encodeBlock(const Block& block);

// Bytes of the full encoding (costs one encoding).
std::size_t encodedBlockSize(const Block& block);

// Fails with BlockTooLarge when a block of `encodedSize` bytes exceeds
// params.maxBlockBytes. Call it on the raw bytes before decodeBlock.
[[nodiscard]] Status checkBlockSize(std::size_t encodedSize, const ChainParams& params);

// Decodes exactly one block occupying all of `encoded`: the header, the count and
// every transaction strictly (see decodeTx). When `txEncodings` is given it
// receives, for each tx, the view of its bytes inside `encoded` (valid as long as
// `encoded` is), so callers can digestEncodedTx() without re-encoding; its
// contents are unspecified on failure. Fails like decodeHeader/decodeTx, plus DecodeTrailingBytes.
[[nodiscard]] Result<Block> decodeBlock(ByteView encoded, std::vector<ByteView>* txEncodings = nullptr);

// The tx_root of `txs`: merkleRoot over their wtx hashes (merkle.h).
Hash32 computeTxRoot(std::span<const Tx> txs);

}  // namespace wb
