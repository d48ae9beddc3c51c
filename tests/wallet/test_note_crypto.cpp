// Note encryption (DESIGN §3) with real secp256k1 keys of both y parities.
#include <secp256k1_extrakeys.h>
#include <sodium.h>

#include <QtTest>

#include "chain/core/core_errc.h"
#include "chain/core/encoding.h"
#include "chain/core/schnorr.h"
#include "wallet/note_crypto.h"
#include "wallet/wallet_errc.h"

using namespace wb;

namespace {

struct Party {
  SecureBytes secret;
  XOnlyKey key{};
};

// A fresh random key whose full public key has the wanted y parity.
Party makeParty(const SecpContext& ctx, bool oddY) {
  for (;;) {
    SecureBytes secret(32);
    randombytes_buf(secret.data(), secret.size());
    secp256k1_keypair keypair;
    secp256k1_xonly_pubkey pub;
    int parity = 0;
    if (secp256k1_keypair_create(ctx.get(), &keypair, secret.data()) != 1 ||
        secp256k1_keypair_xonly_pub(ctx.get(), &pub, &parity, &keypair) != 1 || parity != int(oddY)) {
      continue;
    }
    Party party;
    party.key = *xonlyFromSecret(ctx, secret);
    party.secret = std::move(secret);
    return party;
  }
}

std::string textOf(const Result<Note>& note) { return note.ok() ? note->text : "<" + note.error().message + ">"; }

}  // namespace

class TestNoteCrypto : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() {
    QVERIFY(initCrypto().ok());
    ctx_ = std::make_unique<SecpContext>();
  }

  // Every combination of y parities: the shared key is symmetric and both directions decrypt.
  void bothDirectionsDecrypt_data() {
    QTest::addColumn<bool>("buyerOdd");
    QTest::addColumn<bool>("merchantOdd");
    QTest::newRow("even-even") << false << false;
    QTest::newRow("even-odd") << false << true;
    QTest::newRow("odd-even") << true << false;
    QTest::newRow("odd-odd") << true << true;
  }
  void bothDirectionsDecrypt() {
    QFETCH(bool, buyerOdd);
    QFETCH(bool, merchantOdd);
    const Party buyer = makeParty(*ctx_, buyerOdd);
    const Party merchant = makeParty(*ctx_, merchantOdd);

    auto k1 = noteSharedKey(*ctx_, buyer.secret, merchant.key);
    auto k2 = noteSharedKey(*ctx_, merchant.secret, buyer.key);
    QVERIFY(k1.ok() && k2.ok());
    QCOMPARE(k1->size(), std::size_t(32));
    QVERIFY(k1->view().size() == k2->view().size() &&
            std::equal(k1->view().begin(), k1->view().end(), k2->view().begin()));

    const std::string address = "北京市朝阳区 88 号, Room 5";
    auto wire = encryptNote(*ctx_, buyer.secret, merchant.key, address);
    QVERIFY(wire.ok());
    QCOMPARE((*wire)[0], kNoteEncrypted);
    QCOMPARE(wire->size(), address.size() + kNoteOverhead);
    QVERIFY(std::search(wire->begin(), wire->end(), address.begin(), address.end()) == wire->end());

    auto read = readNote(*ctx_, merchant.secret, buyer.key, *wire);
    QCOMPARE(textOf(read), address);
    QVERIFY(read->encrypted);
    // The sender can read its own note too.
    QCOMPARE(textOf(readNote(*ctx_, buyer.secret, merchant.key, *wire)), address);

    const std::string tracking = "SF1234567890";
    auto reply = encryptNote(*ctx_, merchant.secret, buyer.key, tracking);
    QVERIFY(reply.ok());
    QCOMPARE(textOf(readNote(*ctx_, buyer.secret, merchant.key, *reply)), tracking);
  }

  void thirdPartyCannotRead() {
    const Party buyer = makeParty(*ctx_, false);
    const Party merchant = makeParty(*ctx_, true);
    const Party stranger = makeParty(*ctx_, false);
    auto wire = encryptNote(*ctx_, buyer.secret, merchant.key, "secret address");
    QVERIFY(wire.ok());
    QCOMPARE(readNote(*ctx_, stranger.secret, buyer.key, *wire).code(), WalletErrc::NoteNotReadable);
    QCOMPARE(readNote(*ctx_, stranger.secret, merchant.key, *wire).code(), WalletErrc::NoteNotReadable);
    QCOMPARE(readPlainNote(*wire).code(), WalletErrc::NoteNotReadable);
  }

  void tamperingIsDetected() {
    const Party buyer = makeParty(*ctx_, true);
    const Party merchant = makeParty(*ctx_, false);
    auto wire = encryptNote(*ctx_, buyer.secret, merchant.key, "123 Main St");
    QVERIFY(wire.ok());
    for (std::size_t i = 1; i < wire->size(); ++i) {  // nonce, ciphertext and tag
      Bytes bad = *wire;
      bad[i] ^= 0x20;
      QCOMPARE(readNote(*ctx_, merchant.secret, buyer.key, bad).code(), WalletErrc::NoteNotReadable);
    }
    Bytes cut = *wire;
    cut.pop_back();
    QCOMPARE(readNote(*ctx_, merchant.secret, buyer.key, cut).code(), WalletErrc::NoteNotReadable);
  }

  void nonceIsFreshEachTime() {
    const Party a = makeParty(*ctx_, false);
    const Party b = makeParty(*ctx_, false);
    auto first = encryptNote(*ctx_, a.secret, b.key, "same text");
    auto second = encryptNote(*ctx_, a.secret, b.key, "same text");
    QVERIFY(first.ok() && second.ok());
    QVERIFY(*first != *second);
  }

  void plainFormRoundTrips() {
    for (const std::string text : {"", "hello", "请尽快发货"}) {
      auto wire = plainNote(text);
      QVERIFY(wire.ok());
      QCOMPARE((*wire)[0], kNotePlain);
      QCOMPARE(wire->size(), text.size() + 1);
      auto read = readPlainNote(*wire);
      QCOMPARE(textOf(read), text);
      QVERIFY(!read->encrypted);
      const Party p = makeParty(*ctx_, false);
      QCOMPARE(textOf(readNote(*ctx_, p.secret, p.key, *wire)), text);
    }
  }

  void malformedInputsFail() {
    const Party a = makeParty(*ctx_, false);
    const Party b = makeParty(*ctx_, true);
    const auto read = [&](Bytes wire) { return readNote(*ctx_, a.secret, b.key, wire).code(); };
    QCOMPARE(read({}), WalletErrc::NoteMalformed);
    QCOMPARE(readPlainNote(Bytes{}).code(), WalletErrc::NoteMalformed);
    QCOMPARE(read({3, 'x'}), WalletErrc::NoteUnknownFormat);
    QCOMPARE(read({0xFF}), WalletErrc::NoteUnknownFormat);
    QCOMPARE(read({1}), WalletErrc::NoteMalformed);
    QCOMPARE(read(Bytes(kNoteOverhead - 1, 1)), WalletErrc::NoteMalformed);
    QCOMPARE(read({0, 0xC3, 0x28}), WalletErrc::NoteMalformed);  // invalid UTF-8
    QCOMPARE(plainNote("\xC3\x28").code(), WalletErrc::NoteMalformed);
    QCOMPARE(encryptNote(*ctx_, a.secret, b.key, "\xFF").code(), WalletErrc::NoteMalformed);

    XOnlyKey offCurve{};
    while (isValidXOnlyKey(*ctx_, offCurve)) ++offCurve[31];
    QCOMPARE(encryptNote(*ctx_, a.secret, offCurve, "x").code(), CoreErrc::CryptoBadPublicKey);
    const SecureBytes zero(32);
    QCOMPARE(encryptNote(*ctx_, zero, b.key, "x").code(), CoreErrc::CryptoBadSecretKey);
    QCOMPARE(encryptNote(*ctx_, SecureBytes(31), b.key, "x").code(), CoreErrc::CryptoBadSecretKey);
  }

  // Random wire bytes never crash the reader; encrypted ones never authenticate.
  void randomInputIsHandled() {
    const Party a = makeParty(*ctx_, false);
    const Party b = makeParty(*ctx_, true);
    for (int round = 0; round < 2000; ++round) {
      Bytes wire(randombytes_uniform(120));
      if (!wire.empty()) randombytes_buf(wire.data(), wire.size());
      if (!wire.empty()) wire[0] = Byte(round % 3);
      const auto note = readNote(*ctx_, a.secret, b.key, wire);
      if (!wire.empty() && wire[0] == kNoteEncrypted) QVERIFY(!note.ok());
      if (note.ok()) QVERIFY(isValidUtf8(note->text));
    }
  }

private:
  std::unique_ptr<SecpContext> ctx_;
};

QTEST_GUILESS_MAIN(TestNoteCrypto)
#include "test_note_crypto.moc"
