#include "chain/core/tx_sign.h"

#include <cassert>

#include "chain/core/core_errc.h"
#include "chain/core/hash.h"
#include "chain/core/tx_codec.h"

namespace wb {

namespace {

constexpr std::size_t kSigBytes = std::tuple_size_v<Sig64>;

Hash32 sigHashOfUnsigned(const Hash32& genesisHash, ByteView unsignedTx) {
  return TaggedHasher(tag::kSig).update(genesisHash).update(unsignedTx).final();
}

}  // namespace

TxId computeTxid(const Tx& tx) { return TxId{taggedHash(tag::kTxid, encodeTxUnsigned(tx))}; }

Hash32 computeTxSigHash(const Hash32& genesisHash, const Tx& tx) {
  return sigHashOfUnsigned(genesisHash, encodeTxUnsigned(tx));
}

Hash32 computeWtxHash(const Tx& tx) { return taggedHash(tag::kWtx, encodeTx(tx)); }

TxDigests digestEncodedTx(const Hash32& genesisHash, ByteView encodedTx) {
  assert(encodedTx.size() >= kMinTxBytes);
  const ByteView unsignedTx = encodedTx.first(encodedTx.size() - kSigBytes);
  return TxDigests{
      .txid = taggedHash(tag::kTxid, unsignedTx),
      .sigHash = sigHashOfUnsigned(genesisHash, unsignedTx),
      .wtxHash = taggedHash(tag::kWtx, encodedTx),
  };
}

TxDigests digestTx(const Hash32& genesisHash, const Tx& tx) { return digestEncodedTx(genesisHash, encodeTx(tx)); }

Status signTx(const SecpContext& ctx, const SecureBytes& secretKey, const Hash32& genesisHash, Tx& tx) {
  WB_TRY_ASSIGN(signed_, schnorrSignKeyed(ctx, secretKey, computeTxSigHash(genesisHash, tx)));
  if (signed_->signer != tx.sender) {
    return fail(CoreErrc::TxSignerNotSender, "the signing key does not belong to the transaction's sender");
  }
  tx.sig = signed_->sig;
  return {};
}

Status verifyTxSignatureWithHash(const SecpContext& ctx, const Tx& tx, const Hash32& sigHash) {
  const Status verified = schnorrVerify(ctx, tx.sender, sigHash, tx.sig);
  if (verified) return {};
  if (verified.code() == CoreErrc::CryptoBadPublicKey) {
    return fail(CoreErrc::TxBadSignature, "the transaction's sender is not a valid public key");
  }
  return fail(CoreErrc::TxBadSignature,
              "the transaction's signature is not valid for its sender on this network (altered, or signed for "
              "another network)");
}

Status verifyTxSignature(const SecpContext& ctx, const Hash32& genesisHash, const Tx& tx) {
  return verifyTxSignatureWithHash(ctx, tx, computeTxSigHash(genesisHash, tx));
}

}  // namespace wb
