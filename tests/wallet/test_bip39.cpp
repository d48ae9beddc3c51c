// BIP39: the official English vectors of trezor/python-mnemonic (vectors.json, passphrase
// "TREZOR"), Chinese-simplified round trips, and the distinct failure codes.
#include <sodium.h>

#include <QtTest>
#include <string>

#include "chain/core/bytes.h"
#include "tests/support/bip32_text.h"
#include "wallet/bip32.h"
#include "wallet/bip39.h"
#include "wallet/pbkdf2.h"
#include "wallet/wallet_errc.h"

using namespace wb;
using namespace wb::test;

namespace {

struct EnglishVector {
  const char* entropy;
  const char* mnemonic;
  const char* seed;
  const char* xprv;
};

// vectors.json of trezor/python-mnemonic ("english": entropy, mnemonic, seed, xprv).
const EnglishVector kEnglish[] = {
    {"00000000000000000000000000000000",
     "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about",
     "c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a6987599d18264c1e1c92f2cf141630c7a3c4ab7c81b2"
     "f001698e7463b04",
     "xprv9s21ZrQH143K3h3fDYiay8mocZ3afhfULfb5GX8kCBdno77K4HiA15Tg23wpbeF1pLfs1c5SPmYHrEpTuuRhxMwvKDwqdKiGJS9XFKzUsAF"},
    {"7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f", "legal winner thank year wave sausage worth useful legal winner thank yellow",
     "2e8905819b8723fe2c1d161860e5ee1830318dbf49a83bd451cfb8440c28bd6fa457fe1296106559a3c80937a1c1069be3a3a5bd381ee6260"
     "e8d9739fce1f607",
     "xprv9s21ZrQH143K2gA81bYFHqU68xz1cX2APaSq5tt6MFSLeXnCKV1RVUJt9FWNTbrrryem4ZckN8k4Ls1H6nwdvDTvnV7zEXs2HgPezuVccsq"},
    {"80808080808080808080808080808080",
     "letter advice cage absurd amount doctor acoustic avoid letter advice cage above",
     "d71de856f81a8acc65e6fc851a38d4d7ec216fd0796d0a6827a3ad6ed5511a30fa280f12eb2e47ed2ac03b5c462a0358d18d69fe4f985ec81"
     "778c1b370b652a8",
     "xprv9s21ZrQH143K2shfP28KM3nr5Ap1SXjz8gc2rAqqMEynmjt6o1qboCDpxckqXavCwdnYds6yBHZGKHv7ef2eTXy461PXUjBFQg6PrwY4Gzq"},
    {"ffffffffffffffffffffffffffffffff", "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong",
     "ac27495480225222079d7be181583751e86f571027b0497b5b5d11218e0a8a13332572917f0f8e5a589620c6f15b11c61dee327651a14c34e"
     "18231052e48c069",
     "xprv9s21ZrQH143K2V4oox4M8Zmhi2Fjx5XK4Lf7GKRvPSgydU3mjZuKGCTg7UPiBUD7ydVPvSLtg9hjp7MQTYsW67rZHAXeccqYqrsx8LcXnyd"},
    {"000000000000000000000000000000000000000000000000",
     "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon "
     "abandon abandon abandon agent",
     "035895f2f481b1b0f01fcf8c289c794660b289981a78f8106447707fdd9666ca06da5a9a565181599b79f53b844d8a71dd9f439c52a3d7b3e"
     "8a79c906ac845fa",
     "xprv9s21ZrQH143K3mEDrypcZ2usWqFgzKB6jBBx9B6GfC7fu26X6hPRzVjzkqkPvDqp6g5eypdk6cyhGnBngbjeHTe4LsuLG1cCmKJka5SMkmU"},
    {"7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f",
     "legal winner thank year wave sausage worth useful legal winner thank year wave sausage worth useful legal will",
     "f2b94508732bcbacbcc020faefecfc89feafa6649a5491b8c952cede496c214a0c7b3c392d168748f2d4a612bada0753b52a1c7ac53c1e93a"
     "bd5c6320b9e95dd",
     "xprv9s21ZrQH143K3Lv9MZLj16np5GzLe7tDKQfVusBni7toqJGcnKRtHSxUwbKUyUWiwpK55g1DUSsw76TF1T93VT4gz4wt5RM23pkaQLnvBh7"},
    {"808080808080808080808080808080808080808080808080",
     "letter advice cage absurd amount doctor acoustic avoid letter advice cage absurd amount doctor acoustic avoid "
     "letter always",
     "107d7c02a5aa6f38c58083ff74f04c607c2d2c0ecc55501dadd72d025b751bc27fe913ffb796f841c49b1d33b610cf0e91d3aa239027f5e99"
     "fe4ce9e5088cd65",
     "xprv9s21ZrQH143K3VPCbxbUtpkh9pRG371UCLDz3BjceqP1jz7XZsQ5EnNkYAEkfeZp62cDNj13ZTEVG1TEro9sZ9grfRmcYWLBhCocViKEJae"},
    {"ffffffffffffffffffffffffffffffffffffffffffffffff",
     "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo when",
     "0cd6e5d827bb62eb8fc1e262254223817fd068a74b5b449cc2f667c3f1f985a76379b43348d952e2265b4cd129090758b3e3c2c49103b5051"
     "aac2eaeb890a528",
     "xprv9s21ZrQH143K36Ao5jHRVhFGDbLP6FCx8BEEmpru77ef3bmA928BxsqvVM27WnvvyfWywiFN8K6yToqMaGYfzS6Db1EHAXT5TuyCLBXUfdm"},
    {"0000000000000000000000000000000000000000000000000000000000000000",
     "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon "
     "abandon abandon abandon abandon abandon abandon abandon abandon abandon art",
     "bda85446c68413707090a52022edd26a1c9462295029f2e60cd7c4f2bbd3097170af7a4d73245cafa9c3cca8d561a7c3de6f5d4a10be8ed2a"
     "5e608d68f92fcc8",
     "xprv9s21ZrQH143K32qBagUJAMU2LsHg3ka7jqMcV98Y7gVeVyNStwYS3U7yVVoDZ4btbRNf4h6ibWpY22iRmXq35qgLs79f312g2kj5539ebPM"},
    {"7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f",
     "legal winner thank year wave sausage worth useful legal winner thank year wave sausage worth useful legal winner "
     "thank year wave sausage worth title",
     "bc09fca1804f7e69da93c2f2028eb238c227f2e9dda30cd63699232578480a4021b146ad717fbb7e451ce9eb835f43620bf5c514db0f8add4"
     "9f5d121449d3e87",
     "xprv9s21ZrQH143K3Y1sd2XVu9wtqxJRvybCfAetjUrMMco6r3v9qZTBeXiBZkS8JxWbcGJZyio8TrZtm6pkbzG8SYt1sxwNLh3Wx7to5pgiVFU"},
    {"8080808080808080808080808080808080808080808080808080808080808080",
     "letter advice cage absurd amount doctor acoustic avoid letter advice cage absurd amount doctor acoustic avoid "
     "letter advice cage absurd amount doctor acoustic bless",
     "c0c519bd0e91a2ed54357d9d1ebef6f5af218a153624cf4f2da911a0ed8f7a09e2ef61af0aca007096df430022f7a2b6fb91661a958909706"
     "9720d015e4e982f",
     "xprv9s21ZrQH143K3CSnQNYC3MqAAqHwxeTLhDbhF43A4ss4ciWNmCY9zQGvAKUSqVUf2vPHBTSE1rB2pg4avopqSiLVzXEU8KziNnVPauTqLRo"},
    {"ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
     "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo vote",
     "dd48c104698c30cfe2b6142103248622fb7bb0ff692eebb00089b32d22484e1613912f0a5b694407be899ffd31ed3992c456cdf60f5d4564b"
     "8ba3f05a69890ad",
     "xprv9s21ZrQH143K2WFF16X85T2QCpndrGwx6GueB72Zf3AHwHJaknRXNF37ZmDrtHrrLSHvbuRejXcnYxoZKvRquTPyp2JiNG3XcjQyzSEgqCB"},
    {"9e885d952ad362caeb4efe34a8e91bd2", "ozone drill grab fiber curtain grace pudding thank cruise elder eight picnic",
     "274ddc525802f7c828d8ef7ddbcdc5304e87ac3535913611fbbfa986d0c9e5476c91689f9c8a54fd55bd38606aa6a8595ad213d4c9c9f9aca"
     "3fb217069a41028",
     "xprv9s21ZrQH143K2oZ9stBYpoaZ2ktHj7jLz7iMqpgg1En8kKFTXJHsjxry1JbKH19YrDTicVwKPehFKTbmaxgVEc5TpHdS1aYhB2s9aFJBeJH"},
    {"6610b25967cdcca9d59875f5cb50b0ea75433311869e930b",
     "gravity machine north sort system female filter attitude volume fold club stay feature office ecology stable "
     "narrow fog",
     "628c3827a8823298ee685db84f55caa34b5cc195a778e52d45f59bcf75aba68e4d7590e101dc414bc1bbd5737666fbbef35d1f1903953b666"
     "24f910feef245ac",
     "xprv9s21ZrQH143K3uT8eQowUjsxrmsA9YUuQQK1RLqFufzybxD6DH6gPY7NjJ5G3EPHjsWDrs9iivSbmvjc9DQJbJGatfa9pv4MZ3wjr8qWPAK"},
    {"68a79eaca2324873eacc50cb9c6eca8cc68ea5d936f98787c60c7ebc74e6ce7c",
     "hamster diagram private dutch cause delay private meat slide toddler razor book happy fancy gospel tennis maple "
     "dilemma loan word shrug inflict delay length",
     "64c87cde7e12ecf6704ab95bb1408bef047c22db4cc7491c4271d170a1b213d20b385bc1588d9c7b38f1b39d415665b8a9030c9ec653d75e6"
     "5f847d8fc1fc440",
     "xprv9s21ZrQH143K2XTAhys3pMNcGn261Fi5Ta2Pw8PwaVPhg3D8DWkzWQwjTJfskj8ofb81i9NP2cUNKxwjueJHHMQAnxtivTA75uUFqPFeWzk"},
    {"c0ba5a8e914111210f2bd131f3d5e08d", "scheme spot photo card baby mountain device kick cradle pact join borrow",
     "ea725895aaae8d4c1cf682c1bfd2d358d52ed9f0f0591131b559e2724bb234fca05aa9c02c57407e04ee9dc3b454aa63fbff483a8b11de949"
     "624b9f1831a9612",
     "xprv9s21ZrQH143K3FperxDp8vFsFycKCRcJGAFmcV7umQmcnMZaLtZRt13QJDsoS5F6oYT6BB4sS6zmTmyQAEkJKxJ7yByDNtRe5asP2jFGhT6"},
    {"6d9be1ee6ebd27a258115aad99b7317b9c8d28b6d76431c3",
     "horn tenant knee talent sponsor spell gate clip pulse soap slush warm silver nephew swap uncle crack brave",
     "fd579828af3da1d32544ce4db5c73d53fc8acc4ddb1e3b251a31179cdb71e853c56d2fcb11aed39898ce6c34b10b5382772db8796e52837b5"
     "4468aeb312cfc3d",
     "xprv9s21ZrQH143K3R1SfVZZLtVbXEB9ryVxmVtVMsMwmEyEvgXN6Q84LKkLRmf4ST6QrLeBm3jQsb9gx1uo23TS7vo3vAkZGZz71uuLCcywUkt"},
    {"9f6a2878b2520799a44ef18bc7df394e7061a224d2c33cd015b157d746869863",
     "panda eyebrow bullet gorilla call smoke muffin taste mesh discover soft ostrich alcohol speed nation flash "
     "devote level hobby quick inner drive ghost inside",
     "72be8e052fc4919d2adf28d5306b5474b0069df35b02303de8c1729c9538dbb6fc2d731d5f832193cd9fb6aeecbc469594a70e3dd50811b50"
     "67f3b88b28c3e8d",
     "xprv9s21ZrQH143K2WNnKmssvZYM96VAr47iHUQUTUyUXH3sAGNjhJANddnhw3i3y3pBbRAVk5M5qUGFr4rHbEWwXgX4qrvrceifCYQJbbFDems"},
    {"23db8160a31d3e0dca3688ed941adbf3", "cat swing flag economy stadium alone churn speed unique patch report train",
     "deb5f45449e615feff5640f2e49f933ff51895de3b4381832b3139941c57b59205a42480c52175b6efcffaa58a2503887c1e8b363a707256b"
     "dd2b587b46541f5",
     "xprv9s21ZrQH143K4G28omGMogEoYgDQuigBo8AFHAGDaJdqQ99QKMQ5J6fYTMfANTJy6xBmhvsNZ1CJzRZ64PWbnTFUn6CDV2FxoMDLXdk95DQ"},
    {"8197a4a47f0425faeaa69deebc05ca29c0a5b5cc76ceacc0",
     "light rule cinnamon wrap drastic word pride squirrel upgrade then income fatal apart sustain crack supply proud "
     "access",
     "4cbdff1ca2db800fd61cae72a57475fdc6bab03e441fd63f96dabd1f183ef5b782925f00105f318309a7e9c3ea6967c7801e46c8a58082674"
     "c860a37b93eda02",
     "xprv9s21ZrQH143K3wtsvY8L2aZyxkiWULZH4vyQE5XkHTXkmx8gHo6RUEfH3Jyr6NwkJhvano7Xb2o6UqFKWHVo5scE31SGDCAUsgVhiUuUDyh"},
    {"066dca1a2bb7e8a1db2832148ce9933eea0f3ac9548d793112d9a95c9407efad",
     "all hour make first leader extend hole alien behind guard gospel lava path output census museum junior mass "
     "reopen famous sing advance salt reform",
     "26e975ec644423f4a4c4f4215ef09b4bd7ef924e85d1d17c4cf3f136c2863cf6df0a475045652c57eb5fb41513ca2a2d67722b77e954b4b3f"
     "c11f7590449191d",
     "xprv9s21ZrQH143K3rEfqSM4QZRVmiMuSWY9wugscmaCjYja3SbUD3KPEB1a7QXJoajyR2T1SiXU7rFVRXMV9XdYVSZe7JoUXdP4SRHTxsT1nzm"},
    {"f30f8c1da665478f49b001d94c5fc452",
     "vessel ladder alter error federal sibling chat ability sun glass valve picture",
     "2aaa9242daafcee6aa9d7269f17d4efe271e1b9a529178d7dc139cd18747090bf9d60295d0ce74309a78852a9caadf0af48aae1c625383962"
     "4076224374bc63f",
     "xprv9s21ZrQH143K2QWV9Wn8Vvs6jbqfF1YbTCdURQW9dLFKDovpKaKrqS3SEWsXCu6ZNky9PSAENg6c9AQYHcg4PjopRGGKmdD313ZHszymnps"},
    {"c10ec20dc3cd9f652c7fac2f1230f7a3c828389a14392f05",
     "scissors invite lock maple supreme raw rapid void congress muscle digital elegant little brisk hair mango "
     "congress clump",
     "7b4a10be9d98e6cba265566db7f136718e1398c71cb581e1b2f464cac1ceedf4f3e274dc270003c670ad8d02c4558b2f8e39edea2775c9e23"
     "2c7cb798b069e88",
     "xprv9s21ZrQH143K4aERa2bq7559eMCCEs2QmmqVjUuzfy5eAeDX4mqZffkYwpzGQRE2YEEeLVRoH4CSHxianrFaVnMN2RYaPUZJhJx8S5j6puX"},
    {"f585c11aec520db57dd353c69554b21a89b20fb0650966fa0a9d6f74fd989d8f",
     "void come effort suffer camp survey warrior heavy shoot primary clutch crush open amazing screen patrol group "
     "space point ten exist slush involve unfold",
     "01f5bced59dec48e362f2c45b5de68b9fd6c92c6634f44d6d40aab69056506f0e35524a518034ddc1192e1dacd32c1ed3eaa3c3b131c88ed8"
     "e7e54c49a5d0998",
     "xprv9s21ZrQH143K39rnQJknpH1WEPFJrzmAqqasiDcVrNuk926oizzJDDQkdiTvNPr2FYDYzWgiMiC63YmfPAa2oPyNB23r2g7d1yiK6WpqaQ"
     "S"}};

struct ChineseVector {
  const char* entropy;
  const char* mnemonic;
  const char* seed;
};

// Computed with Debian's python3-mnemonic 0.19 when this test was written:
//   Mnemonic("chinese_simplified").to_mnemonic(entropy), .to_seed(mnemonic, "TREZOR")
const ChineseVector kChinese[] = {{"00000000000000000000000000000000", "的 的 的 的 的 的 的 的 的 的 的 在",
                                   "7f7c7f91ef81f0fb6a3b95b346c50e6472c1d554f8ba90637bad8afce4a4de87c322c1acafa2f6f5e9a"
                                   "8f9b2d2c40e9d389efdc2adbe4445c21a0939fb39e91f"},
                                  {"7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f", "枪 疫 霉 尝 俩 闹 饿 贤 枪 疫 霉 卿",
                                   "816a69d6866891b246b4d33f54d6d2be624470141754396205d039bdd8003949fec4340253dde4c8e11"
                                   "437a181ad992f56d5b976eb9fbe48f4c5e5fec60a27e1"},
                                  {"ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
                                   "歇 歇 歇 歇 歇 歇 歇 歇 歇 歇 歇 歇 歇 歇 歇 歇 歇 歇 歇 歇 歇 歇 歇 佳",
                                   "8e6607a07fa664d6e4ead23fcc08caf72216d6f078c3b2e5be94e4b6e8d64c784d36bf9b70144fa0584"
                                   "0e9a49899128111be5093a2b552b6ab76c0906e9b0e65"},
                                  {"9e885d952ad362caeb4efe34a8e91bd2", "蒙 台 脱 纪 构 硫 浆 霉 感 仅 鱼 汤",
                                   "decd71d2824a1bbadf8c3942f43504a648a8db5f1cac0ae1d0f787728353002a12644b1a6b725147c91"
                                   "682e7f33aec13493b9a779a7dd8ee15a5d10ab21d49e5"}};

QByteArray hexOf(const SecureBytes& bytes) { return QByteArray::fromStdString(toHex(bytes.view())); }
QByteArray textOf(const SecureBytes& bytes) { return QByteArray::fromStdString(std::string(bytes.asString())); }

Bytes mustHex(const char* hex) {
  auto bytes = fromHex(hex);
  if (!bytes) qFatal("bad hex in test data");
  return *bytes;
}

}  // namespace

class TestBip39 : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() {
    QVERIFY(initCrypto().ok());
    ctx_ = std::make_unique<SecpContext>();
  }

  void wordListsHave2048DistinctWords() {
    QVERIFY(verifyBip39Wordlist(Bip39Language::English).ok());
    QVERIFY(verifyBip39Wordlist(Bip39Language::ChineseSimplified).ok());
    QCOMPARE(bip39Words(Bip39Language::English).front(), std::string_view("abandon"));
    QCOMPARE(bip39Words(Bip39Language::English).back(), std::string_view("zoo"));
    QCOMPARE(bip39Words(Bip39Language::ChineseSimplified).front(), std::string_view("的"));
    QCOMPARE(bip39Words(Bip39Language::ChineseSimplified).back(), std::string_view("歇"));
    QCOMPARE(bip39WordIndex(Bip39Language::English, "zoo"), std::optional<std::uint16_t>(2047));
    QVERIFY(!bip39WordIndex(Bip39Language::English, "的"));
  }

  void englishVectors_data() {
    QTest::addColumn<int>("row");
    for (int i = 0; i < int(std::size(kEnglish)); ++i) QTest::newRow(kEnglish[i].entropy) << i;
  }
  void englishVectors() {
    QFETCH(int, row);
    const EnglishVector& v = kEnglish[row];
    const Bytes entropy = mustHex(v.entropy);

    auto mnemonic = mnemonicFromEntropy(entropy, Bip39Language::English);
    QVERIFY(mnemonic.ok());
    QCOMPARE(textOf(*mnemonic), QByteArray(v.mnemonic));

    auto parsed = parseMnemonic(v.mnemonic);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->language, Bip39Language::English);
    QCOMPARE(hexOf(parsed->entropy), QByteArray(v.entropy));

    auto seed = seedFromMnemonic(v.mnemonic, "TREZOR");
    QVERIFY(seed.ok());
    QCOMPARE(hexOf(*seed), QByteArray(v.seed));

    auto master = masterKeyFromSeed(*ctx_, seed->view());
    QVERIFY(master.ok());
    auto xprv = encodeXprv(*master);
    QVERIFY(xprv.ok());
    QCOMPARE(textOf(*xprv), QByteArray(v.xprv));
  }

  void chineseRoundTrips_data() {
    QTest::addColumn<int>("row");
    for (int i = 0; i < int(std::size(kChinese)); ++i) QTest::newRow(kChinese[i].entropy) << i;
  }
  void chineseRoundTrips() {
    QFETCH(int, row);
    const ChineseVector& v = kChinese[row];
    auto mnemonic = mnemonicFromEntropy(mustHex(v.entropy), Bip39Language::ChineseSimplified);
    QVERIFY(mnemonic.ok());
    QCOMPARE(textOf(*mnemonic), QByteArray(v.mnemonic));
    auto parsed = parseMnemonic(v.mnemonic);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->language, Bip39Language::ChineseSimplified);
    QCOMPARE(hexOf(parsed->entropy), QByteArray(v.entropy));
    auto seed = seedFromMnemonic(v.mnemonic, "TREZOR");
    QVERIFY(seed.ok());
    QCOMPARE(hexOf(*seed), QByteArray(v.seed));
  }

  void chineseWithIdeographicSpacesGivesTheSameSeed() {
    const ChineseVector& v = kChinese[1];
    QString spaced = QString::fromUtf8(v.mnemonic);
    spaced.replace(QLatin1Char(' '), QChar(0x3000));
    auto seed = seedFromMnemonic(spaced.toStdString(), "TREZOR");
    QVERIFY(seed.ok());
    QCOMPARE(hexOf(*seed), QByteArray(v.seed));
  }

  void generatedMnemonicsAreValidAndDistinct() {
    for (const auto language : {Bip39Language::English, Bip39Language::ChineseSimplified}) {
      for (const std::size_t words : {std::size_t(12), std::size_t(24)}) {
        auto a = generateMnemonic(words, language);
        auto b = generateMnemonic(words, language);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a->asString() != b->asString());
        auto parsed = parseMnemonic(a->asString());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->language, language);
        QCOMPARE(parsed->entropy.size(), words == 12 ? std::size_t(16) : std::size_t(32));
        QCOMPARE(std::size_t(std::count(a->asString().begin(), a->asString().end(), ' ')), words - 1);
      }
    }
    QCOMPARE(generateMnemonic(18, Bip39Language::English).code(), WalletErrc::BadEntropy);
    QCOMPARE(generateMnemonic(0, Bip39Language::English).code(), WalletErrc::BadEntropy);
  }

  void badEntropySizesAreRejected() {
    for (const std::size_t size : {0, 12, 15, 17, 33, 64}) {
      const Bytes entropy(size, 0x42);
      QCOMPARE(mnemonicFromEntropy(entropy, Bip39Language::English).code(), WalletErrc::BadEntropy);
    }
  }

  void normalisesCaseAndWhitespace() {
    const EnglishVector& v = kEnglish[1];
    QString messy = QString::fromUtf8(v.mnemonic).toUpper();
    messy.replace(QLatin1Char(' '), QStringLiteral(" \t\n "));
    messy = QStringLiteral("  ") + messy + QStringLiteral("\n");
    auto parsed = parseMnemonic(messy.toStdString());
    QVERIFY(parsed.ok());
    QCOMPARE(textOf(parsed->normalized), QByteArray(v.mnemonic));
    auto seed = seedFromMnemonic(messy.toStdString(), "TREZOR");
    QVERIFY(seed.ok());
    QCOMPARE(hexOf(*seed), QByteArray(v.seed));
  }

  void wrongWordCountIsRejected() {
    const std::string twelve = kEnglish[0].mnemonic;
    QCOMPARE(parseMnemonic("").code(), WalletErrc::MnemonicWordCount);
    QCOMPARE(parseMnemonic(twelve.substr(0, twelve.rfind(' '))).code(), WalletErrc::MnemonicWordCount);  // 11
    QCOMPARE(parseMnemonic(twelve + " about").code(), WalletErrc::MnemonicWordCount);                    // 13
    QCOMPARE(parseMnemonic(std::string(kEnglish[8].mnemonic) + " art art art").code(), WalletErrc::MnemonicWordCount);
  }

  void unknownWordIsRejectedWithoutEchoingIt() {
    std::string text = kEnglish[1].mnemonic;
    text.replace(text.find("wave"), 4, "wavy");
    auto parsed = parseMnemonic(text);
    QCOMPARE(parsed.code(), WalletErrc::MnemonicUnknownWord);
    QVERIFY(parsed.error().message.find("wavy") == std::string::npos);
    QVERIFY(parsed.error().message.find("word 5") != std::string::npos);
    // A typo in the first word still names the English list and that position.
    std::string firstTypo = kEnglish[1].mnemonic;
    firstTypo.replace(0, 5, "legol");
    auto typo = parseMnemonic(firstTypo);
    QCOMPARE(typo.code(), WalletErrc::MnemonicUnknownWord);
    QVERIFY(typo.error().message.find("word 1 is not in the english") != std::string::npos);
    QCOMPARE(parseMnemonic("a b c d e f g h i j k l").code(), WalletErrc::MnemonicUnknownWord);
    // Mixing the two lists is an unknown word, not a checksum failure.
    std::string mixed = kEnglish[0].mnemonic;
    mixed.replace(0, 7, "的");
    QCOMPARE(parseMnemonic(mixed).code(), WalletErrc::MnemonicUnknownWord);
  }

  void badChecksumIsRejected() {
    QCOMPARE(
        parseMnemonic("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon")
            .code(),
        WalletErrc::MnemonicChecksum);
    // Swapping two distinct words keeps every word valid but breaks the checksum.
    QCOMPARE(parseMnemonic("legal winner thank year wave sausage worth useful legal winner yellow thank").code(),
             WalletErrc::MnemonicChecksum);
    QCOMPARE(seedFromMnemonic("zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo", "").code(),
             WalletErrc::MnemonicChecksum);
  }

  // PBKDF2-HMAC-SHA512 vectors beyond BIP39's single 64-byte block (published with the
  // RFC 6070 inputs; confirmed with Python's hashlib.pbkdf2_hmac when written).
  void pbkdf2Vectors() {
    Bytes out(64);
    pbkdf2HmacSha512(asBytes("password"), asBytes("salt"), 1, out);
    QCOMPARE(QByteArray::fromStdString(toHex(out)),
             QByteArray("867f70cf1ade02cff3752599a3a53dc4af34c7a669815ae5d513554e1c8cf252"
                        "c02d470a285a0501bad999bfe943c08f050235d7d68b1da55e63f73b60a57fce"));
    Bytes longOut(100);
    pbkdf2HmacSha512(asBytes("passwordPASSWORDpassword"), asBytes("saltSALTsaltSALTsaltSALTsaltSALTsalt"), 4096,
                     longOut);
    QCOMPARE(QByteArray::fromStdString(toHex(longOut)),
             QByteArray("8c0511f4c6e597c6ac6315d8f0362e225f3c501495ba23b868c005174dc4ee71"
                        "115b59f9e60cd9532fa33e0f75aefe30225c583a186cd82bd4daea9724a3d3b8"
                        "04f75bdd41494fa324cab24bcc680fb3b96a30cf5d21fac3c2875913919f3399b1d9ce7e"));
  }

private:
  std::unique_ptr<SecpContext> ctx_;
};

QTEST_GUILESS_MAIN(TestBip39)
#include "test_bip39.moc"
