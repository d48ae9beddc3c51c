// BIP32: the official test vectors 1 and 2 of bip-0032.mediawiki (every listed chain,
// xprv and xpub), public derivation, path parsing and Waybill's account keys.
#include <QtTest>
#include <string>

#include "chain/core/bytes.h"
#include "tests/support/bip32_text.h"
#include "wallet/account_keys.h"
#include "wallet/bip32.h"
#include "wallet/wallet_errc.h"

using namespace wb;
using namespace wb::test;

namespace {

struct Chain {
  const char* path;
  const char* xpub;
  const char* xprv;
};

struct Vector {
  const char* seed;
  std::vector<Chain> chains;
};

const Vector kVectors[] = {
    {"000102030405060708090a0b0c0d0e0f",
     {{"m",
       "xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet"
       "8",
       "xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPH"
       "i"},
      {"m/0'",
       "xpub68Gmy5EdvgibQVfPdqkBBCHxA5htiqg55crXYuXoQRKfDBFA1WEjWgP6LHhwBZeNK1VTsfTFUHCdrfp1bgwQ9xv5ski8PX9rL2dZXvgGDn"
       "w",
       "xprv9uHRZZhk6KAJC1avXpDAp4MDc3sQKNxDiPvvkX8Br5ngLNv1TxvUxt4cV1rGL5hj6KCesnDYUhd7oWgT11eZG7XnxHrnYeSvkzY7d2bhkJ"
       "7"},
      {"m/0'/1",
       "xpub6ASuArnXKPbfEwhqN6e3mwBcDTgzisQN1wXN9BJcM47sSikHjJf3UFHKkNAWbWMiGj7Wf5uMash7SyYq527Hqck2AxYysAA7xmALppuCkw"
       "Q",
       "xprv9wTYmMFdV23N2TdNG573QoEsfRrWKQgWeibmLntzniatZvR9BmLnvSxqu53Kw1UmYPxLgboyZQaXwTCg8MSY3H2EU4pWcQDnRnrVA1xe8f"
       "s"},
      {"m/0'/1/2'",
       "xpub6D4BDPcP2GT577Vvch3R8wDkScZWzQzMMUm3PWbmWvVJrZwQY4VUNgqFJPMM3No2dFDFGTsxxpG5uJh7n7epu4trkrX7x7DogT5Uv6fcLW"
       "5",
       "xprv9z4pot5VBttmtdRTWfWQmoH1taj2axGVzFqSb8C9xaxKymcFzXBDptWmT7FwuEzG3ryjH4ktypQSAewRiNMjANTtpgP4mLTj34bhnZX7Ui"
       "M"},
      {"m/0'/1/2'/2",
       "xpub6FHa3pjLCk84BayeJxFW2SP4XRrFd1JYnxeLeU8EqN3vDfZmbqBqaGJAyiLjTAwm6ZLRQUMv1ZACTj37sR62cfN7fe5JnJ7dh8zL4fiyLH"
       "V",
       "xprvA2JDeKCSNNZky6uBCviVfJSKyQ1mDYahRjijr5idH2WwLsEd4Hsb2Tyh8RfQMuPh7f7RtyzTtdrbdqqsunu5Mm3wDvUAKRHSC34sJ7in33"
       "4"},
      {"m/0'/1/2'/2/1000000000",
       "xpub6H1LXWLaKsWFhvm6RVpEL9P4KfRZSW7abD2ttkWP3SSQvnyA8FSVqNTEcYFgJS2UaFcxupHiYkro49S8yGasTvXEYBVPamhGW6cFJodrTH"
       "y",
       "xprvA41z7zogVVwxVSgdKUHDy1SKmdb533PjDz7J6N6mV6uS3ze1ai8FHa8kmHScGpWmj4WggLyQjgPie1rFSruoUihUZREPSL39UNdE3BBDu7"
       "6"}}},
    {"fffcf9f6f3f0edeae7e4e1dedbd8d5d2cfccc9c6c3c0bdbab7b4b1aeaba8a5a29f9c999693908d8a8784817e7b7875726f6c696663605d5a5"
     "754514e4b484542",
     {{"m",
       "xpub661MyMwAqRbcFW31YEwpkMuc5THy2PSt5bDMsktWQcFF8syAmRUapSCGu8ED9W6oDMSgv6Zz8idoc4a6mr8BDzTJY47LJhkJ8UB7WEGudu"
       "B",
       "xprv9s21ZrQH143K31xYSDQpPDxsXRTUcvj2iNHm5NUtrGiGG5e2DtALGdso3pGz6ssrdK4PFmM8NSpSBHNqPqm55Qn3LqFtT2emdEXVYsCzC2"
       "U"},
      {"m/0",
       "xpub69H7F5d8KSRgmmdJg2KhpAK8SR3DjMwAdkxj3ZuxV27CprR9LgpeyGmXUbC6wb7ERfvrnKZjXoUmmDznezpbZb7ap6r1D3tgFxHmwMkQTP"
       "H",
       "xprv9vHkqa6EV4sPZHYqZznhT2NPtPCjKuDKGY38FBWLvgaDx45zo9WQRUT3dKYnjwih2yJD9mkrocEZXo1ex8G81dwSM1fwqWpWkeS3v86pgK"
       "t"},
      {"m/0/2147483647'",
       "xpub6ASAVgeehLbnwdqV6UKMHVzgqAG8Gr6riv3Fxxpj8ksbH9ebxaEyBLZ85ySDhKiLDBrQSARLq1uNRts8RuJiHjaDMBU4Zn9h8LZNnBC5y4"
       "a",
       "xprv9wSp6B7kry3Vj9m1zSnLvN3xH8RdsPP1Mh7fAaR7aRLcQMKTR2vidYEeEg2mUCTAwCd6vnxVrcjfy2kRgVsFawNzmjuHc2YmYRmagcEPdU"
       "9"},
      {"m/0/2147483647'/1",
       "xpub6DF8uhdarytz3FWdA8TvFSvvAh8dP3283MY7p2V4SeE2wyWmG5mg5EwVvmdMVCQcoNJxGoWaU9DCWh89LojfZ537wTfunKau47EL2dhHKo"
       "n",
       "xprv9zFnWC6h2cLgpmSA46vutJzBcfJ8yaJGg8cX1e5StJh45BBciYTRXSd25UEPVuesF9yog62tGAQtHjXajPPdbRCHuWS6T8XA2ECKADdw4E"
       "f"},
      {"m/0/2147483647'/1/2147483646'",
       "xpub6ERApfZwUNrhLCkDtcHTcxd75RbzS1ed54G1LkBUHQVHQKqhMkhgbmJbZRkrgZw4koxb5JaHWkY4ALHY2grBGRjaDMzQLcgJvLJuZZvRcE"
       "L",
       "xprvA1RpRA33e1JQ7ifknakTFpgNXPmW2YvmhqLQYMmrj4xJXXWYpDPS3xz7iAxn8L39njGVyuoseXzU6rcxFLJ8HFsTjSyQbLYnMpCqE2VbFW"
       "c"},
      {"m/0/2147483647'/1/2147483646'/2",
       "xpub6FnCn6nSzZAw5Tw7cgR9bi15UV96gLZhjDstkXXxvCLsUXBGXPdSnLFbdpq8p9HmGsApME5hQTZ3emM2rnY5agb9rXpVGyy3bdW6EEgAtq"
       "t",
       "xprvA2nrNbFZABcdryreWet9Ea4LvTJcGsqrMzxHx98MMrotbir7yrKCEXw7nadnHM8Dq38EGfSh6dqA9QWTyefMLEcBYJUuekgW4BYPJcr9E7"
       "j"}}},
};

QByteArray textOf(const SecureBytes& bytes) { return QByteArray::fromStdString(std::string(bytes.asString())); }

}  // namespace

class TestBip32 : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() {
    QVERIFY(initCrypto().ok());
    ctx_ = std::make_unique<SecpContext>();
  }

  void officialVectors_data() {
    QTest::addColumn<int>("vector");
    QTest::addColumn<int>("chain");
    for (int v = 0; v < int(std::size(kVectors)); ++v) {
      for (int c = 0; c < int(kVectors[v].chains.size()); ++c) {
        QTest::addRow("vector%d %s", v + 1, kVectors[v].chains[c].path) << v << c;
      }
    }
  }
  void officialVectors() {
    QFETCH(int, vector);
    QFETCH(int, chain);
    const Chain& expected = kVectors[vector].chains[chain];
    auto seed = fromHex(kVectors[vector].seed);
    QVERIFY(seed.ok());
    auto master = masterKeyFromSeed(*ctx_, *seed);
    QVERIFY(master.ok());
    auto path = parseDerivationPath(expected.path);
    QVERIFY(path.ok());
    QCOMPARE(QString::fromStdString(formatDerivationPath(*path)), QString::fromLatin1(expected.path));

    auto key = derivePath(*ctx_, *master, *path);
    QVERIFY(key.ok());
    QCOMPARE(QByteArray::fromStdString(encodeXpub(*key)), QByteArray(expected.xpub));
    auto xprv = encodeXprv(*key);
    QVERIFY(xprv.ok());
    QCOMPARE(textOf(*xprv), QByteArray(expected.xprv));

    // Both strings decode back to the same key.
    auto fromXprv = decodeExtendedKey(*ctx_, expected.xprv);
    QVERIFY(fromXprv.ok());
    QVERIFY(fromXprv->isPrivate());
    QCOMPARE(textOf(*encodeXprv(*fromXprv)), QByteArray(expected.xprv));
    auto fromXpub = decodeExtendedKey(*ctx_, expected.xpub);
    QVERIFY(fromXpub.ok());
    QVERIFY(!fromXpub->isPrivate());
    QCOMPARE(QByteArray::fromStdString(encodeXpub(*fromXpub)), QByteArray(expected.xpub));
    QCOMPARE(encodeXprv(*fromXpub).code(), WalletErrc::BadExtendedKey);
  }

  // Public derivation from the parent's xpub gives the child's xpub wherever the last
  // step is not hardened.
  void publicDerivationMatchesPrivate() {
    for (const Vector& vector : kVectors) {
      for (std::size_t c = 1; c < vector.chains.size(); ++c) {
        auto path = parseDerivationPath(vector.chains[c].path);
        QVERIFY(path.ok());
        if (path->back() >= kHardened) continue;
        auto parent = decodeExtendedKey(*ctx_, vector.chains[c - 1].xpub);
        QVERIFY(parent.ok());
        auto child = deriveChild(*ctx_, *parent, path->back());
        QVERIFY(child.ok());
        QVERIFY(!child->isPrivate());
        QCOMPARE(QByteArray::fromStdString(encodeXpub(*child)), QByteArray(vector.chains[c].xpub));
      }
    }
  }

  void hardenedChildOfPublicKeyFails() {
    auto parent = decodeExtendedKey(*ctx_, kVectors[0].chains[0].xpub);
    QVERIFY(parent.ok());
    QCOMPARE(deriveChild(*ctx_, *parent, kHardened).code(), WalletErrc::HardenedFromPublic);
  }

  void badSeedSizes() {
    QCOMPARE(masterKeyFromSeed(*ctx_, Bytes(15, 1)).code(), WalletErrc::BadSeed);
    QCOMPARE(masterKeyFromSeed(*ctx_, Bytes(65, 1)).code(), WalletErrc::BadSeed);
    QVERIFY(masterKeyFromSeed(*ctx_, Bytes(16, 1)).ok());
  }

  void pathsParse() {
    auto path = parseDerivationPath("m/44'/22338h/0'/0/5");
    QVERIFY(path.ok());
    const std::vector<std::uint32_t> expected = {44 | kHardened, 22338 | kHardened, kHardened, 0, 5};
    QVERIFY(*path == expected);
    auto root = parseDerivationPath("m");
    QVERIFY(root.ok());
    QVERIFY(root->empty());
    auto largest = parseDerivationPath("m/2147483647'");
    QVERIFY(largest.ok());
    QCOMPARE(largest->front(), 0xFFFFFFFFu);
  }

  void badPathsFail_data() {
    QTest::addColumn<QString>("path");
    for (const char* p :
         {"",     "M/0", "0/1",  "m/",           "m//1",          "m/1/", "/m/1", "m/-1", "m/+1",    "m/1''",
          "m/1x", "m/x", "m/01", "m/2147483648", "m/99999999999", "m/1 ", "m/ 1", "m/'",  "m/1/2h3", "m0"}) {
      QTest::newRow(p) << QString::fromLatin1(p);
    }
  }
  void badPathsFail() {
    QFETCH(QString, path);
    QCOMPARE(parseDerivationPath(path.toStdString()).code(), WalletErrc::BadPath);
  }

  void tooDeepPathFails() {
    std::string path = "m";
    for (int i = 0; i < 256; ++i) path += "/1";
    QCOMPARE(parseDerivationPath(path).code(), WalletErrc::BadPath);
  }

  void malformedExtendedKeysFail() {
    std::string xpub = kVectors[0].chains[1].xpub;
    std::string flipped = xpub;
    flipped[20] = flipped[20] == 'a' ? 'b' : 'a';
    QCOMPARE(decodeExtendedKey(*ctx_, flipped).code(), WalletErrc::BadExtendedKey);
    QCOMPARE(decodeExtendedKey(*ctx_, xpub.substr(0, xpub.size() - 1)).code(), WalletErrc::BadExtendedKey);
    QCOMPARE(decodeExtendedKey(*ctx_, xpub + "0").code(), WalletErrc::BadExtendedKey);  // '0' is not Base58
    QCOMPARE(decodeExtendedKey(*ctx_, "").code(), WalletErrc::BadExtendedKey);
    QCOMPARE(decodeExtendedKey(*ctx_, "1111").code(), WalletErrc::BadExtendedKey);
  }

  // Account i at m/44'/22338'/0'/0/i: the secret derived privately and the key derived
  // from the public chain key agree, and differ per index.
  void accountKeysAgree() {
    auto seed = fromHex(kVectors[1].seed);
    QVERIFY(seed.ok());
    const SecureBytes secureSeed = SecureBytes::copyOf(*seed);
    auto chain = accountChainFromSeed(*ctx_, secureSeed);
    QVERIFY(chain.ok());
    auto master = masterKeyFromSeed(*ctx_, *seed);
    auto viaPath = derivePath(*ctx_, *master, *parseDerivationPath("m/44'/22338'/0'/0"));
    QVERIFY(viaPath.ok());
    QCOMPARE(encodeXpub(*chain), encodeXpub(*viaPath));

    const ExtendedKey publicChain = publicOf(*chain);
    std::vector<XOnlyKey> seen;
    for (std::uint32_t i = 0; i < 5; ++i) {
      auto secret = accountSecretKey(*ctx_, *chain, i);
      QVERIFY(secret.ok());
      auto fromSecret = xonlyFromSecret(*ctx_, *secret);
      QVERIFY(fromSecret.ok());
      auto fromPublic = accountPublicKey(*ctx_, publicChain, i);
      QVERIFY(fromPublic.ok());
      QVERIFY(*fromSecret == *fromPublic);
      QVERIFY(std::find(seen.begin(), seen.end(), *fromPublic) == seen.end());
      seen.push_back(*fromPublic);
    }
    QCOMPARE(accountSecretKey(*ctx_, publicChain, 0).code(), WalletErrc::Locked);
    QCOMPARE(accountPublicKey(*ctx_, publicChain, kHardened).code(), WalletErrc::AccountNotFound);
  }

private:
  std::unique_ptr<SecpContext> ctx_;
};

QTEST_GUILESS_MAIN(TestBip32)
#include "test_bip32.moc"
