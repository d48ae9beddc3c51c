// Canonical encoding of transactions (DESIGN §2, §3). Encoding is total; decoding
// is strict: version 1 only, a known kind, every field within its maximum, text
// fields valid UTF-8, and nothing left over. decode(encode(tx)) == tx, and
// encode(decode(bytes)) == bytes for every accepted input.
#pragma once

#include <cstddef>

#include "chain/core/encoding.h"
#include "chain/core/tx.h"

namespace wb {

// Appends the full encoding of `tx` (signature included) to `out`.
void writeTx(Writer& out, const Tx& tx);

// Appends the encoding of `tx` without its trailing 64-byte signature: the
// preimage of the txid and of the signing message.
void writeTxUnsigned(Writer& out, const Tx& tx);

// The full encoding of `tx`.
Bytes encodeTx(const Tx& tx);

// The encoding of `tx` without its signature.
Bytes encodeTxUnsigned(const Tx& tx);

// Bytes of the full encoding: what fees are charged on. Costs one encoding;
// callers holding the encoded bytes should use their size instead.
std::size_t encodedTxSize(const Tx& tx);

// Reads one transaction from `in`, leaving the reader after its signature (for
// blocks and other containers). Fails with TxBadVersion, TxUnknownKind or the
// reader's Decode* codes; on failure the reader's position is unspecified.
[[nodiscard]] Result<Tx> readTx(Reader& in);

// Decodes exactly one transaction occupying all of `encoded`. Same failures as
// readTx, plus DecodeTrailingBytes.
[[nodiscard]] Result<Tx> decodeTx(ByteView encoded);

}  // namespace wb
