// Shared by the tx and block suites: real keys and one filled-in transaction of
// every kind, so both suites exercise the same data without copying it.
#pragma once

#include <vector>

#include "chain/core/schnorr.h"
#include "chain/core/secure_bytes.h"
#include "chain/core/tx.h"
#include "tests/filled32.h"

namespace wb::test {

// A real key pair: secret scalar `n` (1 ≤ n, small) and its x-only public key.
struct TestKey {
  SecureBytes secret;
  AccountKey key{};
};

inline TestKey makeKey(const SecpContext& ctx, Byte n) {
  Hash32 raw{};
  raw[31] = n;
  TestKey k{SecureBytes::copyOf(raw), {}};
  k.key = xonlyFromSecret(ctx, k.secret).value();
  return k;
}

// The parties of the samples, with real keys: the buyer (who sends them), the
// merchant, the arbiter, and a stranger to the order.
struct SampleParties {
  explicit SampleParties(const SecpContext& ctx)
      : buyer(makeKey(ctx, 1)), merchant(makeKey(ctx, 2)), arbiter(makeKey(ctx, 3)), stranger(makeKey(ctx, 4)) {}

  TestKey buyer, merchant, arbiter, stranger;
};

// The payload of `tx` as alternative P (the test knows the kind).
template <class P>
P& payloadOf(Tx& tx) {
  return std::get<P>(tx.payload);
}

// One transaction of each of the 12 kinds, sent by `sender` (the buyer of the
// order), with every variable-length field non-empty and a fee of 10,000 units.
inline std::vector<Tx> sampleTxs(const AccountKey& sender, const AccountKey& merchant, const AccountKey& arbiter) {
  const OrderId order = filled(0x42);
  const Bytes blob{0x01, 0xde, 0xad, 0xbe, 0xef};
  std::vector<TxPayload> payloads{
      TransferPayload{merchant, 12'345, "thanks — 谢谢"},
      OrderCreatePayload{merchant, sender, arbiter, "茶叶 tea, 500 g", 3, 250'000'000, 720, 4320, 4320, blob},
      OrderPayPayload{order, 750'000'000},
      OrderShipPayload{order, blob},
      OrderConfirmPayload{order},
      OrderCancelPayload{order, "changed my mind"},
      OrderDisputePayload{order, "parcel never arrived"},
      OrderResolvePayload{order, 400'000'000},
      StakePayload{1'000},
      UnstakePayload{500},
      RegisterDelegatePayload{"shop_42-a"},
      VotePayload{{filled(0x01), filled(0x02), filled(0x03)}},
  };
  std::vector<Tx> txs;
  std::uint64_t nonce = 7;
  for (TxPayload& p : payloads) {
    txs.push_back(Tx{.sender = sender, .nonce = nonce++, .fee = 10'000, .payload = std::move(p), .sig = {}});
  }
  return txs;
}

}  // namespace wb::test
