// Scratch secrets: zeroed when claimed, wiped when released, distinct while
// nested, aligned, beyond the region's size too, and per thread.
#include <secp256k1_extrakeys.h>

#include <QtTest>
#include <cstdint>
#include <thread>

#include "chain/core/secure_bytes.h"
#include "chain/core/secure_scratch.h"
#include "tests/test_util.h"

using namespace wb;

namespace {

bool allZero(const Byte* data, std::size_t size) {
  for (std::size_t i = 0; i < size; ++i)
    if (data[i] != 0) return false;
  return true;
}

}  // namespace

class TestSecureScratch : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { QVERIFY(initCrypto().ok()); }

  void releasedSecretsAreWipedAndTheSlotReused() {
    const Byte* where = nullptr;
    {
      ScratchKey32 key;
      QVERIFY(allZero(key->data(), 32));
      key->fill(0xA5);
      where = key->data();
    }
    // The released bytes are zero before anyone claims them again...
    QVERIFY(allZero(where, 32));
    // ...and the next claim takes the same slot, zeroed.
    ScratchKey32 again;
    QCOMPARE(static_cast<const Byte*>(again->data()), where);
    QVERIFY(allZero(again->data(), 32));
  }

  void nestedSecretsAreDistinctAndAligned() {
    ScratchKey32 first;
    ScratchSecret<secp256k1_keypair> keypair;
    ScratchKey32 second;
    first->fill(1);
    second->fill(2);
    std::memset(keypair.get(), 3, sizeof(secp256k1_keypair));
    QVERIFY(reinterpret_cast<std::uintptr_t>(keypair.get()) % alignof(secp256k1_keypair) == 0);
    for (Byte b : *first) QCOMPARE(b, Byte(1));
    for (Byte b : *second) QCOMPARE(b, Byte(2));
  }

  void moreThanTheRegionStillWorksAndIsWiped() {
    using Big = std::array<Byte, 3000>;
    ScratchSecret<Big> a;
    ScratchSecret<Big> b;  // does not fit beside `a`: a secure allocation of its own
    a->fill(1);
    b->fill(2);
    QVERIFY(a->data() + a->size() <= b->data() || b->data() + b->size() <= a->data());
    for (Byte x : *a) QCOMPARE(x, Byte(1));
    {
      ScratchKey32 small;  // after the overflow, claims go on working
      QVERIFY(allZero(small->data(), 32));
    }
  }

  void eachThreadHasItsOwnRegion() {
    ScratchKey32 mine;
    mine->fill(9);
    const Byte* theirs = nullptr;
    std::thread other([&] {
      ScratchKey32 key;
      theirs = key->data();
    });
    other.join();
    QVERIFY(theirs != mine->data());
    for (Byte b : *mine) QCOMPARE(b, Byte(9));
  }
};

QTEST_GUILESS_MAIN(TestSecureScratch)
#include "test_secure_scratch.moc"
