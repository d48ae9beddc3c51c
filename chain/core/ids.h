// Distinct types for the distinct 32-byte things the chain names (a key is not a
// hash): an account's x-only public key, a transaction id, an order id (the txid of
// its ORDER_CREATE), a block hash. Each is a Hash32 underneath and reads as one wherever
// bytes are read — hex, encoders, LMDB keys, hashing take `const Hash32&` — but one kind
// never becomes another, and plain bytes become one only where they are named, at the codec
// boundary: `OrderId{txid}`, `AccountKey{bytes}`, `BlockHash{bytes}`. Passing an order id
// where an account is expected, or a txid where a block hash is, does not compile.
#pragma once

#include <concepts>

#include "chain/core/bytes.h"

namespace wb {

template <class Kind>
struct TypedHash32 : Hash32 {
  // All zero (e.g. "no arbiter").
  constexpr TypedHash32() : Hash32{} {}
  // Names `bytes` as this kind of id.
  constexpr explicit TypedHash32(const Hash32& bytes) : Hash32(bytes) {}

  // The bytes, for code that works on any 32-byte value.
  constexpr const Hash32& bytes() const { return *this; }
};

// Ids of one kind compare with each other; comparing two kinds is a mistake.
template <class A, class B>
requires(!std::same_as<A, B>) bool operator==(const TypedHash32<A>&, const TypedHash32<B>&) = delete;

// An account: its 32-byte BIP340 x-only public key.
using AccountKey = TypedHash32<struct AccountKeyKind>;
// A transaction's id: the tagged hash of its unsigned encoding (DESIGN §2).
using TxId = TypedHash32<struct TxIdKind>;
// An order's id: the txid of its ORDER_CREATE.
using OrderId = TypedHash32<struct OrderIdKind>;
// A block's id: the tagged hash of its header without the signature (DESIGN §4).
using BlockHash = TypedHash32<struct BlockHashKind>;

// The order an ORDER_CREATE with id `txid` opens.
constexpr OrderId orderIdOf(const TxId& txid) { return OrderId{txid.bytes()}; }

}  // namespace wb
