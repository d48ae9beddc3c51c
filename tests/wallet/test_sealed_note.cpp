// Sealed notes (format 2): one note readable by the buyer, the merchant and the
// arbiter (and its sender), by nobody else, and by nobody once altered.
#include <sodium.h>

#include <QtTest>

#include "chain/core/core_errc.h"
#include "chain/core/encoding.h"
#include "chain/core/schnorr.h"
#include "chain/core/tx.h"
#include "tests/test_util.h"
#include "wallet/note_crypto.h"
#include "wallet/wallet_errc.h"

using namespace wb;

namespace {

struct Party {
  SecureBytes secret;
  XOnlyKey key{};
};

Party makeParty(const SecpContext& ctx) {
  for (;;) {
    SecureBytes secret(32);
    randombytes_buf(secret.data(), secret.size());
    auto key = xonlyFromSecret(ctx, secret);
    if (!key) continue;
    return Party{std::move(secret), *key};
  }
}

std::string textOf(const Result<Note>& note) { return note.ok() ? note->text : "<" + note.error().message + ">"; }

}  // namespace

class TestSealedNote : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() {
    QVERIFY(initCrypto().ok());
    ctx_ = std::make_unique<SecpContext>();
    buyer_ = makeParty(*ctx_);
    merchant_ = makeParty(*ctx_);
    arbiter_ = makeParty(*ctx_);
    stranger_ = makeParty(*ctx_);
  }

  // The buyer writes the note; buyer, merchant and arbiter read it with the buyer's key.
  void everyReaderReadsIt() {
    const std::string address = "上海市徐汇区 1 号 / Flat 2";
    const std::vector<XOnlyKey> readers{buyer_.key, merchant_.key, arbiter_.key};
    auto wire = sealNote(*ctx_, buyer_.secret, readers, address);
    WB_VERIFY_OK(wire);
    QCOMPARE((*wire)[0], kNoteSealed);
    QCOMPARE(std::size_t((*wire)[1]), std::size_t(3));  // the sender is a reader already: counted once
    QCOMPARE(wire->size(), address.size() + sealedNoteOverhead(3));
    QVERIFY(std::search(wire->begin(), wire->end(), address.begin(), address.end()) == wire->end());

    for (const Party* reader : {&buyer_, &merchant_, &arbiter_}) {
      auto note = readNote(*ctx_, reader->secret, buyer_.key, *wire);
      QCOMPARE(textOf(note), address);
      QVERIFY(note->encrypted);
    }
    // A fourth account cannot, whichever key it tries.
    for (const Party* other : {&buyer_, &merchant_, &arbiter_, &stranger_}) {
      QCOMPARE(readNote(*ctx_, stranger_.secret, other->key, *wire).code(), WalletErrc::NoteNotReadable);
    }
    // A reader using the wrong sender key cannot either.
    QCOMPARE(readNote(*ctx_, arbiter_.secret, merchant_.key, *wire).code(), WalletErrc::NoteNotReadable);
    QCOMPARE(readPlainNote(*wire).code(), WalletErrc::NoteNotReadable);
  }

  // Tracking from the merchant, two readers besides itself… or just the pair.
  void senderIsAlwaysAReader() {
    const std::vector<XOnlyKey> onlyBuyer{buyer_.key};
    auto wire = sealNote(*ctx_, merchant_.secret, onlyBuyer, "SF1234567890");
    WB_VERIFY_OK(wire);
    QCOMPARE(std::size_t((*wire)[1]), std::size_t(2));
    QCOMPARE(textOf(readNote(*ctx_, merchant_.secret, merchant_.key, *wire)), std::string("SF1234567890"));
    QCOMPARE(textOf(readNote(*ctx_, buyer_.secret, merchant_.key, *wire)), std::string("SF1234567890"));
    QCOMPARE(readNote(*ctx_, arbiter_.secret, merchant_.key, *wire).code(), WalletErrc::NoteNotReadable);
  }

  void anyChangedByteMakesItUnreadable() {
    const std::vector<XOnlyKey> readers{merchant_.key, arbiter_.key};
    auto wire = sealNote(*ctx_, buyer_.secret, readers, "Room 5");
    WB_VERIFY_OK(wire);
    for (std::size_t i = 2; i < wire->size(); ++i) {  // nonce, wraps, ciphertext and tag
      Bytes bad = *wire;
      bad[i] ^= 0x01;
      for (const Party* reader : {&buyer_, &merchant_, &arbiter_}) {
        QCOMPARE(readNote(*ctx_, reader->secret, buyer_.key, bad).code(), WalletErrc::NoteNotReadable);
      }
    }
    Bytes fewer = *wire;
    fewer[1] = 2;  // claims fewer readers: the layout shifts and nothing authenticates
    QVERIFY(!readNote(*ctx_, merchant_.secret, buyer_.key, fewer).ok());
    Bytes cut = *wire;
    cut.pop_back();
    QCOMPARE(readNote(*ctx_, merchant_.secret, buyer_.key, cut).code(), WalletErrc::NoteNotReadable);
  }

  // The overhead leaves room for real text in the 1024-byte note and tracking fields.
  void overheadFitsTheFields() {
    QCOMPARE(sealedNoteOverhead(3), std::size_t(1 + 1 + 24 + 3 * 48 + 16));
    QVERIFY(sealedNoteOverhead(3) + 800 <= kMaxNoteBytes);  // buyer, merchant and arbiter: 838 bytes of text
    const std::string longest(kMaxNoteBytes - sealedNoteOverhead(3), 'x');
    const std::vector<XOnlyKey> readers{merchant_.key, arbiter_.key};
    auto wire = sealNote(*ctx_, buyer_.secret, readers, longest);
    WB_VERIFY_OK(wire);
    QCOMPARE(wire->size(), std::size_t(kMaxNoteBytes));
    QCOMPARE(textOf(readNote(*ctx_, arbiter_.secret, buyer_.key, *wire)), longest);
  }

  void badInputsFail() {
    const Party extra = makeParty(*ctx_);
    const std::vector<XOnlyKey> five{merchant_.key, arbiter_.key, stranger_.key, extra.key};
    WB_VERIFY_FAILS(sealNote(*ctx_, buyer_.secret, five, "x"), WalletErrc::NoteTooManyReaders);
    const std::vector<XOnlyKey> withZero{merchant_.key, XOnlyKey{}};
    WB_VERIFY_FAILS(sealNote(*ctx_, buyer_.secret, withZero, "x"), CoreErrc::CryptoBadPublicKey);
    const std::vector<XOnlyKey> readers{merchant_.key};
    WB_VERIFY_FAILS(sealNote(*ctx_, buyer_.secret, readers, "\xC3\x28"), WalletErrc::NoteMalformed);
    WB_VERIFY_FAILS(sealNote(*ctx_, SecureBytes(32), readers, "x"), CoreErrc::CryptoBadSecretKey);

    const auto read = [&](Bytes wire) { return readNote(*ctx_, merchant_.secret, buyer_.key, wire).code(); };
    QCOMPARE(read({2}), WalletErrc::NoteMalformed);
    QCOMPARE(read({2, 0}), WalletErrc::NoteMalformed);
    QCOMPARE(read({2, Byte(kMaxNoteReaders + 1)}), WalletErrc::NoteMalformed);
    QCOMPARE(read(Bytes(sealedNoteOverhead(2) - 1, 2)), WalletErrc::NoteMalformed);
  }

  // Formats 0 and 1 stay readable beside format 2.
  void olderFormatsStillRead() {
    auto plain = plainNote("hello");
    WB_VERIFY_OK(plain);
    QCOMPARE(textOf(readNote(*ctx_, merchant_.secret, buyer_.key, *plain)), std::string("hello"));
    auto pair = encryptNote(*ctx_, buyer_.secret, merchant_.key, "two parties");
    WB_VERIFY_OK(pair);
    QCOMPARE(textOf(readNote(*ctx_, merchant_.secret, buyer_.key, *pair)), std::string("two parties"));
  }

  // Random sealed-looking bytes never crash and never authenticate.
  void randomInputIsHandled() {
    for (int round = 0; round < 1000; ++round) {
      Bytes wire(2 + randombytes_uniform(300));
      randombytes_buf(wire.data(), wire.size());
      wire[0] = kNoteSealed;
      wire[1] = Byte(round % 6);
      QVERIFY(!readNote(*ctx_, merchant_.secret, buyer_.key, wire).ok());
    }
  }

private:
  std::unique_ptr<SecpContext> ctx_;
  Party buyer_, merchant_, arbiter_, stranger_;
};

QTEST_GUILESS_MAIN(TestSealedNote)
#include "test_sealed_note.moc"
