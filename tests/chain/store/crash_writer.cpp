// Test helper for chain_store_crash: opens a chain store and commits write
// transactions forever, until it is killed. Transaction N writes the records
// N*k … N*k+k-1 into "headers" and sets the meta counter to N, so a checker can
// tell whether the store holds exactly the transactions up to the counter.
//
// Usage: store_crash_writer DATADIR
// Prints "ready" once the store is open; exits 1 with a message on any error.
#include <cstdio>

#include "chain/core/secure_bytes.h"
#include "crash_layout.h"

using namespace wb;

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: store_crash_writer DATADIR\n");
    return 2;
  }
  const auto report = [](const Error& e) {
    std::fprintf(stderr, "store_crash_writer: %s\n", e.message.c_str());
    return 1;
  };
  if (auto ok = initCrypto(); !ok) return report(ok.error());
  auto store = crash::openStore(argv[1]);
  if (!store) return report(store.error());
  const Db& meta = store->dbs().meta;
  const Db& records = store->dbs().headers;

  std::uint64_t next = 0;
  {
    auto txn = store->env().beginRead();
    if (!txn) return report(txn.error());
    auto counter = crash::readCounter(*txn, meta);
    if (!counter) return report(counter.error());
    next = counter->has_value() ? **counter + 1 : 0;
  }
  std::printf("ready\n");
  std::fflush(stdout);

  for (;; ++next) {
    const Status written = store->env().write([&](WriteTxn& txn) -> Status {
      for (std::uint64_t i = 0; i < crash::kRecordsPerTxn; ++i) {
        const std::uint64_t key = next * crash::kRecordsPerTxn + i;
        WB_TRY(txn.put(records, keyU64(key), crash::valueFor(key)));
      }
      return txn.put(meta, asBytes(crash::kCounterKey), keyU64(next));
    });
    if (!written) return report(written.error());
  }
}
