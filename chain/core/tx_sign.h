// Transaction identities and signatures (DESIGN §3):
//   txid     = H("wb.txid", tx without sig)     — what the sender committed to; the order id of ORDER_CREATE
//   sig hash = H("wb.sig", genesis_hash ‖ tx without sig)  — signed by the sender; binds the network
//   wtx hash = H("wb.wtx", full tx)             — leaf of the block's tx_root (signature included)
// Verification is a free function over a decoded tx so callers (block import)
// can compute the digests once, cache them and verify on many threads at once.
#pragma once

#include "chain/core/schnorr.h"
#include "chain/core/secure_bytes.h"
#include "chain/core/tx.h"

namespace wb {

// The three digests of one transaction.
struct TxDigests {
  Hash32 txid{};
  Hash32 sigHash{};
  Hash32 wtxHash{};
  bool operator==(const TxDigests&) const = default;
};

// H("wb.txid", tx without sig). Independent of the signature and of the network.
TxId computeTxid(const Tx& tx);

// H("wb.sig", genesisHash ‖ tx without sig): the 32-byte message the sender signs.
Hash32 computeTxSigHash(const Hash32& genesisHash, const Tx& tx);

// H("wb.wtx", full tx), signature included.
Hash32 computeWtxHash(const Tx& tx);

// All three digests from the full encoding of a transaction (as it came off the
// wire or out of a block), without re-encoding. `encodedTx` must be a complete
// encoding as accepted by decodeTx (so at least kMinTxBytes long).
TxDigests digestEncodedTx(const Hash32& genesisHash, ByteView encodedTx);

// All three digests of `tx`, encoding it once.
TxDigests digestTx(const Hash32& genesisHash, const Tx& tx);

// Signs `tx` for the network `genesisHash`: sets tx.sig. The secret must belong to
// tx.sender (else TxSignerNotSender, so a wallet bug cannot produce a tx that
// no node accepts). Fails with CryptoBadSecretKey, TxSignerNotSender or
// CryptoSignFailed; on failure `tx` is unchanged.
[[nodiscard]] Status signTx(const SecpContext& ctx, const SecureBytes& secretKey, const Hash32& genesisHash, Tx& tx);

// Verifies tx.sig by tx.sender over computeTxSigHash(genesisHash, tx).
// Fails with TxBadSignature (also when the sender is not a valid public key).
[[nodiscard]] Status verifyTxSignature(const SecpContext& ctx, const Hash32& genesisHash, const Tx& tx);

// Same, with the signing message already computed (digestEncodedTx/digestTx).
[[nodiscard]] Status verifyTxSignatureWithHash(const SecpContext& ctx, const Tx& tx, const Hash32& sigHash);

}  // namespace wb
