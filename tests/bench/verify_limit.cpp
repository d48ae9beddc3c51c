#include "tests/bench/verify_limit.h"

#include <sodium.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

#include "chain/core/schnorr.h"

namespace wb::bench {

VerifyLimit measureVerifyLimit(std::size_t signatures, std::size_t threads) {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  SecpContext ctx;
  struct Item {
    XOnlyKey key;
    Hash32 message;
    Sig64 sig;
  };
  std::vector<Item> items(signatures);
  // A handful of keys, as in a real chain where accounts sign many transactions.
  std::vector<SecureBytes> keys;
  std::vector<XOnlyKey> pubs;
  for (int k = 0; k < 16; ++k) {
    SecureBytes secret(32);
    do randombytes_buf(secret.data(), secret.size());
    while (!isValidSecretKey(ctx, secret.view()));
    pubs.push_back(xonlyFromSecret(ctx, secret).value());
    keys.push_back(std::move(secret));
  }
  for (std::size_t i = 0; i < signatures; ++i) {
    randombytes_buf(items[i].message.data(), items[i].message.size());
    items[i].key = pubs[i % pubs.size()];
    items[i].sig = schnorrSign(ctx, keys[i % keys.size()], items[i].message).value();
  }

  std::atomic<std::size_t> failures{0};
  const auto start = std::chrono::steady_clock::now();
  std::vector<std::thread> workers;
  for (std::size_t t = 0; t < threads; ++t) {
    workers.emplace_back([&, t] {
      for (std::size_t i = t; i < items.size(); i += threads) {
        if (!schnorrVerify(ctx, items[i].key, items[i].message, items[i].sig).ok()) ++failures;
      }
    });
  }
  for (auto& w : workers) w.join();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (failures != 0) std::fprintf(stderr, "verify-limit: %zu signatures failed to verify\n", failures.load());

  VerifyLimit out;
  out.threads = threads;
  out.verifications = signatures;
  out.seconds = seconds;
  out.perSecond = seconds > 0 ? double(signatures) / seconds : 0;
  return out;
}

}  // namespace wb::bench
