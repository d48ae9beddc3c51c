#include <QTemporaryDir>
#include <QtTest>
#include <array>
#include <filesystem>
#include <fstream>
#include <functional>
#include <set>

#include "chain/core/bech32m.h"
#include "chain/core/core_errc.h"
#include "chain/core/genesis.h"
#include "chain/core/genesis_file.h"
#include "chain/core/json.h"
#include "chain/core/schnorr.h"
#include "chain/core/secure_bytes.h"

using namespace wb;

namespace {

constexpr std::uint64_t kTime = 1'700'000'000;

// Replaces (or adds, or with nullopt removes) member `key` of a JSON object.
JsonValue withMember(const JsonValue& object, std::string_view key, std::optional<JsonValue> value) {
  JsonObject members = *object.asObject();
  auto it = std::find_if(members.begin(), members.end(), [&](const JsonMember& m) { return m.key == key; });
  if (!value) {
    if (it != members.end()) members.erase(it);
  } else if (it != members.end()) {
    it->value = std::move(*value);
  } else {
    members.push_back({std::string(key), std::move(*value)});
  }
  return JsonValue::object(std::move(members));
}

// Replaces member `key` of element `index` of the array member `list`.
JsonValue withElementMember(const JsonValue& object, std::string_view list, std::size_t index, std::string_view key,
                            std::optional<JsonValue> value) {
  JsonArray items = *object.find(list)->asArray();
  items[index] = withMember(items[index], key, std::move(value));
  return withMember(object, list, JsonValue::array(std::move(items)));
}

JsonValue str(std::string_view text) { return JsonValue::string(std::string(text)); }
JsonValue num(std::uint64_t n) { return JsonValue::unsignedInteger(n); }

std::string describe(const Status& s) {
  return s.ok() ? "ok" : std::string(errorName(s.code())) + ": " + s.error().message;
}
template <class T>
std::string describe(const Result<T>& r) {
  return r.ok() ? "ok" : std::string(errorName(r.code())) + ": " + r.error().message;
}

}  // namespace

class TestGenesis : public QObject {
  Q_OBJECT

  std::unique_ptr<SecpContext> ctx_;
  std::array<AccountKey, kDevAccounts> keys_{};

  GenesisFile sample(ConsensusKind kind) const {
    GenesisFile file;
    file.params = productionParams(kind, 2'000 * kCoin);
    file.params.genesisTime = kTime;
    file.allocations.push_back({keys_[0], 1'000 * kCoin, 0});
    file.allocations.push_back({keys_[1], 500 * kCoin, 2'000 * kCoin});
    file.allocations.push_back({keys_[2], 1, 0});
    if (kind == ConsensusKind::Dpos) {
      file.delegates.push_back({keys_[3], "alice"});
      file.delegates.push_back({keys_[4], "bob_2-x"});
    }
    return file;
  }

  JsonValue sampleJson(ConsensusKind kind) const {
    auto v = parseJson(writeGenesisJson(sample(kind)));
    if (!v) qFatal("sample does not parse: %s", v.error().message.c_str());
    return std::move(v).value();
  }

  // Parses `json`, expecting `code` and a message mentioning `mention`.
  void expectRejected(const JsonValue& json, ErrorCode code, const std::string& mention) {
    const auto r = parseGenesisJson(writeJson(json));
    QVERIFY2(r.code() == code, (mention + " → " + describe(r)).c_str());
    QVERIFY2(r.error().message.find(mention) != std::string::npos, (mention + " → " + r.error().message).c_str());
  }

private slots:
  void initTestCase() {
    QVERIFY(initCrypto().ok());
    ctx_ = std::make_unique<SecpContext>();
    for (std::size_t i = 0; i < keys_.size(); ++i) {
      SecureBytes secret(32);
      secret.data()[31] = static_cast<Byte>(i + 1);
      auto key = xonlyFromSecret(*ctx_, secret);
      QVERIFY(key.ok());
      keys_[i] = *key;
    }
  }

  void roundTripEveryKind() {
    for (ConsensusKind kind : {ConsensusKind::Pow, ConsensusKind::Pos, ConsensusKind::Dpos}) {
      GenesisFile file = sample(kind);
      QVERIFY2(checkGenesis(file).ok(), describe(checkGenesis(file)).c_str());
      file.params.genesisHash = genesisHash(file);
      const std::string text = writeGenesisJson(file);
      const auto first = parseGenesisJson(text);
      QVERIFY2(first.ok(), describe(first).c_str());
      QVERIFY(*first == file);
      QCOMPARE(first->allocations, file.allocations);
      QCOMPARE(first->delegates, file.delegates);
      const auto second = parseGenesisJson(writeGenesisJson(*first));
      QVERIFY(second.ok());
      QVERIFY(*second == *first);
      QCOMPARE(writeGenesisJson(*second), text);
      QVERIFY(text.ends_with("}\n"));
    }
  }

  void unusedFieldsAreOmittedAndOptional() {
    const std::string dpos = writeGenesisJson(sample(ConsensusKind::Dpos));
    QVERIFY(dpos.find("pow_limit") == std::string::npos);
    QVERIFY(dpos.find("granularity") == std::string::npos);
    const std::string pow = writeGenesisJson(sample(ConsensusKind::Pow));
    QVERIFY(pow.find("delegates") == std::string::npos);
    QVERIFY(pow.find("active_delegates") == std::string::npos);
    QVERIFY(pow.find("\"pow_limit\": \"0000ffff") != std::string::npos);
    // A kind may still carry a field it does not use; it is kept and hashed.
    const auto plain = parseGenesisJson(pow);
    const auto extra = parseGenesisJson(writeJson(withMember(sampleJson(ConsensusKind::Pow), "granularity", num(16))));
    QVERIFY2(extra.ok(), describe(extra).c_str());
    QCOMPARE(extra->params.posGranularity, std::uint64_t{16});
    QVERIFY(extra->params.genesisHash != plain->params.genesisHash);
    QVERIFY(writeGenesisJson(*extra).find("\"granularity\": 16") != std::string::npos);
  }

  void hashIgnoresWhitespaceOrderAndSpelling() {
    const auto reference = parseGenesisJson(writeGenesisJson(sample(ConsensusKind::Pos)));
    QVERIFY(reference.ok());
    JsonObject members = *sampleJson(ConsensusKind::Pos).asObject();
    std::reverse(members.begin(), members.end());
    std::string text = writeJson(JsonValue::object(members));
    // Different whitespace: tabs, CRLF line ends, no indentation.
    std::string messy;
    for (const char c : text) {
      if (c == '\n')
        messy += "\r\n\t";
      else if (c != ' ')
        messy += c;
    }
    // Amounts spelled differently ("25.0" for "25") and pow_limit in upper case.
    const std::string reward = "\"block_reward\":\"25\"";
    QVERIFY(messy.find(reward) != std::string::npos);
    messy.replace(messy.find(reward), reward.size(), "\"block_reward\":\"25.00\"");
    const std::string limit = "\"pow_limit\":\"0000ffff";
    messy.replace(messy.find(limit), limit.size(), "\"pow_limit\":\"0000FFFF");
    const auto shuffled = parseGenesisJson(messy);
    QVERIFY2(shuffled.ok(), describe(shuffled).c_str());
    QCOMPARE(shuffled->params.genesisHash, reference->params.genesisHash);
    QVERIFY(*shuffled == *reference);
  }

  void hashChangesWithEveryField() {
    const GenesisFile base = sample(ConsensusKind::Dpos);
    const std::vector<std::function<void(GenesisFile&)>> changes{
        [](GenesisFile& f) { f.params.name += "x"; },
        [](GenesisFile& f) { f.params.hrp = "wbx"; },
        [](GenesisFile& f) { f.params.consensus = ConsensusKind::Pow; },
        [](GenesisFile& f) { f.params.genesisTime += 1; },
        [](GenesisFile& f) { f.params.powLimit[31] ^= 1; },
        [](GenesisFile& f) { f.params.initialBits += 1; },
        [](GenesisFile& f) { f.params.posGranularity += 1; },
        [](GenesisFile& f) { f.params.maxReorg += 1; },
        [](GenesisFile& f) { f.params.blockTime += 1; },
        [](GenesisFile& f) { f.params.blockReward += 1; },
        [](GenesisFile& f) { f.params.minFeePerByte += 1; },
        [](GenesisFile& f) { f.params.maxBlockBytes += 1; },
        [](GenesisFile& f) { f.params.defaultWindows.pay += 1; },
        [](GenesisFile& f) { f.params.defaultWindows.ship += 1; },
        [](GenesisFile& f) { f.params.defaultWindows.confirm += 1; },
        [](GenesisFile& f) { f.params.maxWindows.pay += 1; },
        [](GenesisFile& f) { f.params.maxWindows.ship += 1; },
        [](GenesisFile& f) { f.params.maxWindows.confirm += 1; },
        [](GenesisFile& f) { f.params.disputeWindow += 1; },
        [](GenesisFile& f) { f.params.minStakeAge += 1; },
        [](GenesisFile& f) { f.params.unbondingBlocks += 1; },
        [](GenesisFile& f) { f.params.maxVotes += 1; },
        [](GenesisFile& f) { f.params.activeDelegates += 1; },
        [](GenesisFile& f) { f.params.delegateFee += 1; },
        [](GenesisFile& f) { f.allocations[0].account[0] ^= 1; },
        [](GenesisFile& f) { f.allocations[0].balance += 1; },
        [](GenesisFile& f) { f.allocations[0].stake += 1; },
        [](GenesisFile& f) { f.allocations.pop_back(); },
        [](GenesisFile& f) { std::swap(f.allocations[0], f.allocations[1]); },
        [](GenesisFile& f) { f.delegates[0].account[5] ^= 1; },
        [](GenesisFile& f) { f.delegates[0].name += "z"; },
        [](GenesisFile& f) { f.delegates.pop_back(); },
    };
    std::set<Hash32> hashes{genesisHash(base)};
    for (std::size_t i = 0; i < changes.size(); ++i) {
      GenesisFile changed = base;
      changes[i](changed);
      QVERIFY2(hashes.insert(genesisHash(changed)).second, ("change " + std::to_string(i)).c_str());
    }
    // The stored hash is an output, not an input.
    GenesisFile withHash = base;
    withHash.params.genesisHash[0] = 1;
    QCOMPARE(genesisHash(withHash), genesisHash(base));
    QCOMPARE(encodeGenesis(base).front(), kGenesisEncodingVersion);
  }

  void jsonErrorsCarryPosition() {
    const auto r = parseGenesisJson("{\n  \"name\": \"x\",\n  \"hrp\": }\n");
    QCOMPARE(r.code(), CoreErrc::JsonSyntax);
    QVERIFY2(r.error().message.find("line 3, column 10") != std::string::npos, r.error().message.c_str());
    QCOMPARE(parseGenesisJson("[]").code(), CoreErrc::GenesisWrongType);
    QCOMPARE(parseGenesisJson("{\"name\": \"a\", \"name\": \"b\"}").code(), CoreErrc::JsonDuplicateKey);
    QCOMPARE(parseGenesisJson(std::string(kMaxGenesisJsonBytes + 1, ' ')).code(), CoreErrc::JsonTooLarge);
    QCOMPARE(parseGenesisJson("{\"time\": 1.5}").code(), CoreErrc::JsonBadNumber);
  }

  void shapeErrorsNameTheField() {
    const JsonValue pow = sampleJson(ConsensusKind::Pow);
    const JsonValue pos = sampleJson(ConsensusKind::Pos);
    const JsonValue dpos = sampleJson(ConsensusKind::Dpos);
    expectRejected(withMember(pow, "block_tme", num(60)), CoreErrc::GenesisUnknownField, "block_tme");
    expectRejected(withElementMember(pow, "allocations", 0, "amount", str("1")), CoreErrc::GenesisUnknownField,
                   "allocations[0].amount");
    const JsonValue windows = withMember(*pow.find("max_windows"), "refund", num(1));
    expectRejected(withMember(pow, "max_windows", windows), CoreErrc::GenesisUnknownField, "max_windows.refund");
    expectRejected(withMember(pow, "block_time", std::nullopt), CoreErrc::GenesisMissingField, "block_time");
    expectRejected(withMember(pow, "default_windows", withMember(*pow.find("default_windows"), "ship", std::nullopt)),
                   CoreErrc::GenesisMissingField, "default_windows.ship");
    expectRejected(withMember(pow, "pow_limit", std::nullopt), CoreErrc::GenesisMissingField, "pow_limit");
    expectRejected(withMember(pos, "granularity", std::nullopt), CoreErrc::GenesisMissingField, "granularity");
    expectRejected(withMember(dpos, "active_delegates", std::nullopt), CoreErrc::GenesisMissingField,
                   "active_delegates");
    expectRejected(withMember(dpos, "delegates", std::nullopt), CoreErrc::GenesisMissingField, "delegates");
    expectRejected(withMember(pow, "allocations", std::nullopt), CoreErrc::GenesisMissingField, "allocations");
    expectRejected(withElementMember(pow, "allocations", 1, "balance", std::nullopt), CoreErrc::GenesisMissingField,
                   "allocations[1].balance");
    expectRejected(withMember(pow, "consensus", str("pbft")), CoreErrc::GenesisBadValue, "pbft");
    expectRejected(withMember(pow, "consensus", num(1)), CoreErrc::GenesisWrongType, "consensus");
    expectRejected(withMember(pow, "block_time", str("60")), CoreErrc::GenesisWrongType, "block_time");
    expectRejected(withMember(pow, "block_time", JsonValue::signedInteger(-1)), CoreErrc::GenesisBadValue,
                   "block_time");
    expectRejected(withMember(pow, "bits", num(std::uint64_t{1} << 32)), CoreErrc::GenesisBadValue, "bits");
    expectRejected(withMember(pow, "min_fee_per_byte", str("10")), CoreErrc::GenesisWrongType, "min_fee_per_byte");
    expectRejected(withMember(pow, "default_windows", num(1)), CoreErrc::GenesisWrongType, "default_windows");
    expectRejected(withMember(pow, "allocations", JsonValue::object({})), CoreErrc::GenesisWrongType, "allocations");
    expectRejected(withMember(pow, "allocations", JsonValue::array({num(1)})), CoreErrc::GenesisWrongType,
                   "allocations[0]");
    expectRejected(withMember(pow, "pow_limit", str("00ff")), CoreErrc::GenesisBadValue, "pow_limit");
    expectRejected(withMember(pow, "pow_limit", str(std::string(64, 'g'))), CoreErrc::GenesisBadValue, "pow_limit");
  }

  void amountAndAddressErrors() {
    const JsonValue pow = sampleJson(ConsensusKind::Pow);
    expectRejected(withMember(pow, "block_reward", num(50)), CoreErrc::GenesisWrongType, "block_reward");
    expectRejected(withMember(pow, "block_reward", str("1.123456789")), CoreErrc::GenesisBadAmount, "block_reward");
    expectRejected(withMember(pow, "delegate_fee", str("-1")), CoreErrc::GenesisBadAmount, "delegate_fee");
    expectRejected(withMember(pow, "delegate_fee", str("184467440737.09551616")), CoreErrc::GenesisBadAmount,
                   "delegate_fee");
    expectRejected(withElementMember(pow, "allocations", 0, "stake", str("1e3")), CoreErrc::GenesisBadAmount,
                   "allocations[0].stake");
    expectRejected(withElementMember(pow, "allocations", 0, "address", str(encodeAddress("wbd", keys_[0]))),
                   CoreErrc::GenesisBadAddress, "allocations[0].address");
    std::string typo = encodeAddress("wb", keys_[0]);
    typo.back() = typo.back() == 'q' ? 'p' : 'q';
    expectRejected(withElementMember(pow, "allocations", 2, "address", str(typo)), CoreErrc::GenesisBadAddress,
                   "allocations[2].address");
    expectRejected(withElementMember(pow, "allocations", 0, "address", num(1)), CoreErrc::GenesisWrongType,
                   "allocations[0].address");
  }

  void semanticErrors() {
    const std::vector<std::tuple<const char*, ErrorCode, std::string, std::function<void(GenesisFile&)>>> cases{
        {"name with a slash", CoreErrc::GenesisBadValue, "name", [](GenesisFile& f) { f.params.name = "a/b"; }},
        {"hidden name", CoreErrc::GenesisBadValue, "name", [](GenesisFile& f) { f.params.name = ".net"; }},
        {"empty name", CoreErrc::ParamsInvalid, "name", [](GenesisFile& f) { f.params.name.clear(); }},
        {"time zero", CoreErrc::GenesisBadValue, "time", [](GenesisFile& f) { f.params.genesisTime = 0; }},
        {"time after 9999", CoreErrc::GenesisBadValue, "time",
         [](GenesisFile& f) { f.params.genesisTime = kMaxGenesisTime + 1; }},
        {"block time zero", CoreErrc::ParamsInvalid, "block_time", [](GenesisFile& f) { f.params.blockTime = 0; }},
        {"block time over a day", CoreErrc::GenesisBadValue, "block_time",
         [](GenesisFile& f) { f.params.blockTime = 86401; }},
        {"huge blocks", CoreErrc::GenesisBadValue, "max_block_bytes",
         [](GenesisFile& f) { f.params.maxBlockBytes = 5'000'000; }},
        {"default above max", CoreErrc::ParamsInvalid, "ship",
         [](GenesisFile& f) { f.params.defaultWindows.ship = f.params.maxWindows.ship + 1; }},
        {"bits above limit", CoreErrc::GenesisBadValue, "bits",
         [](GenesisFile& f) { f.params.initialBits = 0x207fffff; }},
        {"negative bits", CoreErrc::GenesisBadValue, "bits", [](GenesisFile& f) { f.params.initialBits = 0x04923456; }},
        {"zero target", CoreErrc::GenesisBadValue, "bits", [](GenesisFile& f) { f.params.initialBits = 0x1d000000; }},
        {"overflowing bits", CoreErrc::GenesisBadValue, "bits",
         [](GenesisFile& f) { f.params.initialBits = 0xff123456; }},
        {"zero allocation", CoreErrc::GenesisBadValue, "allocations[2]",
         [](GenesisFile& f) { f.allocations[2].balance = 0; }},
        {"duplicate allocation", CoreErrc::GenesisDuplicateAccount, "allocations[2].address",
         [this](GenesisFile& f) { f.allocations[2].account = keys_[0]; }},
        {"supply overflow", CoreErrc::GenesisSupplyOverflow, "allocations",
         [](GenesisFile& f) {
           f.allocations[0].balance = 100'000'000'000 * kCoin;
           f.allocations[1].balance = 100'000'000'000 * kCoin;
         }},
        {"delegates on pow", CoreErrc::GenesisBadDelegates, "delegates",
         [this](GenesisFile& f) {
           f.delegates.push_back({keys_[5], "alice"});
         }},
    };
    for (const auto& [what, code, mention, change] : cases) {
      GenesisFile file = sample(ConsensusKind::Pow);
      change(file);
      const Status checked = checkGenesis(file);
      QVERIFY2(checked.code() == code, (std::string(what) + " → " + describe(checked)).c_str());
      QVERIFY2(checked.error().message.find(mention) != std::string::npos,
               (std::string(what) + " → " + describe(checked)).c_str());
      // The JSON reader applies the same checks.
      const auto parsed = parseGenesisJson(writeGenesisJson(file));
      QVERIFY2(!parsed.ok(), what);
    }
    // Upper-case hrp is a parameter error, not an address error.
    GenesisFile upper = sample(ConsensusKind::Pow);
    upper.params.hrp = "WB";
    QCOMPARE(parseGenesisJson(writeGenesisJson(upper)).code(), CoreErrc::ParamsInvalid);
  }

  void consensusSpecificErrors() {
    GenesisFile pos = sample(ConsensusKind::Pos);
    pos.params.posGranularity = pos.params.blockTime + 1;
    QCOMPARE(checkGenesis(pos).code(), CoreErrc::GenesisBadValue);
    pos = sample(ConsensusKind::Pos);
    for (auto& a : pos.allocations) a.stake = 0;
    QCOMPARE(checkGenesis(pos).code(), CoreErrc::GenesisBadValue);
    QVERIFY(checkGenesis(pos).error().message.find("stake") != std::string::npos);

    const std::vector<std::pair<const char*, std::function<void(GenesisFile&)>>> dposCases{
        {"no delegates", [](GenesisFile& f) { f.delegates.clear(); }},
        {"upper-case name", [](GenesisFile& f) { f.delegates[0].name = "Alice"; }},
        {"short name", [](GenesisFile& f) { f.delegates[0].name = "ab"; }},
        {"duplicate name", [](GenesisFile& f) { f.delegates[1].name = f.delegates[0].name; }},
        {"duplicate account", [](GenesisFile& f) { f.delegates[1].account = f.delegates[0].account; }},
    };
    for (const auto& [what, change] : dposCases) {
      GenesisFile dpos = sample(ConsensusKind::Dpos);
      change(dpos);
      QVERIFY2(checkGenesis(dpos).code() == CoreErrc::GenesisBadDelegates, what);
      QVERIFY2(parseGenesisJson(writeGenesisJson(dpos)).code() == CoreErrc::GenesisBadDelegates, what);
    }
    GenesisFile dpos = sample(ConsensusKind::Dpos);
    dpos.params.maxVotes = 0;
    QCOMPARE(checkGenesis(dpos).code(), CoreErrc::GenesisBadValue);
    dpos = sample(ConsensusKind::Dpos);
    dpos.params.activeDelegates = kMaxActiveDelegates + 1;
    QCOMPARE(checkGenesis(dpos).code(), CoreErrc::GenesisBadValue);
    dpos = sample(ConsensusKind::Dpos);
    dpos.params.activeDelegates = 0;
    QCOMPARE(checkGenesis(dpos).code(), CoreErrc::ParamsInvalid);
  }

  void devGenesis() {
    for (ConsensusKind kind : {ConsensusKind::Pow, ConsensusKind::Pos, ConsensusKind::Dpos}) {
      const auto file = makeDevGenesis(kind, kTime, keys_);
      QVERIFY2(file.ok(), describe(file).c_str());
      const ChainParams& p = file->params;
      QCOMPARE(p.name, "dev-" + std::string(consensusKindName(kind)));
      QCOMPARE(p.hrp, std::string("wbd"));
      QCOMPARE(p.consensus, kind);
      QCOMPARE(p.blockTime, std::uint64_t{1});
      QCOMPARE(p.genesisTime, kTime);
      QCOMPARE(p.genesisHash, genesisHash(*file));
      QCOMPARE(file->allocations.size(), kDevAccounts);
      for (std::size_t i = 0; i < kDevAccounts; ++i) {
        const GenesisAllocation& a = file->allocations[i];
        QCOMPARE(a.account, keys_[i]);
        QCOMPARE(a.balance + a.stake, 1'000'000 * kCoin);
        QCOMPARE(a.stake, kind == ConsensusKind::Pos ? 100'000 * kCoin : Amount{0});
      }
      QCOMPARE(*genesisSupply(*file), 10'000'000 * kCoin);
      if (kind == ConsensusKind::Dpos) {
        QCOMPARE(file->delegates.size(), std::size_t{3});
        for (std::size_t i = 0; i < 3; ++i) {
          QCOMPARE(file->delegates[i].account, keys_[i]);
          QCOMPARE(file->delegates[i].name, "dev" + std::to_string(i));
        }
      } else {
        QVERIFY(file->delegates.empty());
      }
      // A second node joins with the first one's genesis.json: same network.
      const auto joined = parseGenesisJson(writeGenesisJson(*file));
      QVERIFY2(joined.ok(), describe(joined).c_str());
      QVERIFY(*joined == *file);
      // Created at another time, it is another network.
      QVERIFY(makeDevGenesis(kind, kTime + 1, keys_)->params.genesisHash != p.genesisHash);
    }
    std::array<AccountKey, kDevAccounts> twice = keys_;
    twice[9] = twice[0];
    QCOMPARE(makeDevGenesis(ConsensusKind::Pow, kTime, twice).code(), CoreErrc::GenesisDuplicateAccount);
    QCOMPARE(makeDevGenesis(ConsensusKind::Pow, 0, keys_).code(), CoreErrc::GenesisBadValue);
  }

  void genesisBlock() {
    const GenesisFile file = *makeDevGenesis(ConsensusKind::Pow, kTime, keys_);
    Hash32 stateRoot{};
    stateRoot.fill(0x33);
    const BlockHeader header = genesisHeader(file, stateRoot);
    QCOMPARE(header.height, std::uint64_t{0});
    QVERIFY(isZero(header.prev));
    QCOMPARE(header.time, kTime);
    QCOMPARE(header.txRoot, computeTxRoot({}));
    QCOMPARE(header.stateRoot, stateRoot);
    QCOMPARE(header.bits, file.params.initialBits);
    QCOMPARE(header.nonce, std::uint64_t{0});
    QVERIFY(isZero(header.producer));
    QVERIFY(isZero(header.sig));
    QCOMPARE(genesisBlockHash(file, stateRoot), blockHash(header));
    GenesisFile later = file;
    later.params.genesisTime += 1;
    QVERIFY(genesisBlockHash(later, stateRoot) != genesisBlockHash(file, stateRoot));
    QVERIFY(genesisBlockHash(file, Hash32{}) != genesisBlockHash(file, stateRoot));
  }

  void productionDefaults() {
    const std::array<std::uint64_t, 3> blockTimes{60, 30, 3};
    const std::array<ConsensusKind, 3> kinds{ConsensusKind::Pow, ConsensusKind::Pos, ConsensusKind::Dpos};
    for (std::size_t i = 0; i < kinds.size(); ++i) {
      const GenesisFile file = sample(kinds[i]);
      QCOMPARE(file.params.blockTime, blockTimes[i]);
      QCOMPARE(file.params.hrp, std::string("wb"));
      QCOMPARE(file.params.name, "waybill-" + std::string(consensusKindName(kinds[i])));
      // Windows of about 1, 7 and 14 days, and 72,000 WBL minted a day on every kind.
      const std::uint64_t day = 86400 / file.params.blockTime;
      QCOMPARE(std::uint64_t{file.params.defaultWindows.pay}, day);
      QCOMPARE(std::uint64_t{file.params.defaultWindows.ship}, 7 * day);
      QCOMPARE(std::uint64_t{file.params.defaultWindows.confirm}, 14 * day);
      QCOMPARE(file.params.blockReward * day, 72'000 * kCoin);
    }
    // PoS initial difficulty follows the genesis stake, and stays valid at the extremes.
    for (Amount stake : {Amount{1}, 1 * kCoin, 1'000'000 * kCoin, std::numeric_limits<Amount>::max()}) {
      GenesisFile pos = sample(ConsensusKind::Pos);
      pos.params = productionParams(ConsensusKind::Pos, stake);
      pos.params.genesisTime = kTime;
      QVERIFY2(checkGenesis(pos).ok(), describe(checkGenesis(pos)).c_str());
    }
    QVERIFY(productionParams(ConsensusKind::Pos, kCoin).initialBits !=
            productionParams(ConsensusKind::Pos, 1'000'000 * kCoin).initialBits);
  }

  void filesOnDisk() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::filesystem::path folder = dir.path().toStdString();
    const std::filesystem::path path = folder / "genesis.json";
    const GenesisFile file = *makeDevGenesis(ConsensusKind::Dpos, kTime, keys_);
    QVERIFY(writeGenesisFile(path, file).ok());
    const auto read = readGenesisFile(path);
    QVERIFY2(read.ok(), describe(read).c_str());
    QVERIFY(*read == file);
    // Never overwritten, not even with another network.
    const GenesisFile other = *makeDevGenesis(ConsensusKind::Pow, kTime, keys_);
    QCOMPARE(writeGenesisFile(path, other).code(), CoreErrc::GenesisFileExists);
    QVERIFY(*readGenesisFile(path) == file);
    // No temporary files are left behind.
    QCOMPARE(std::distance(std::filesystem::directory_iterator(folder), std::filesystem::directory_iterator()), 1L);
    QCOMPARE(writeGenesisFile(folder / "missing" / "genesis.json", file).code(), CoreErrc::GenesisFileIo);
    QCOMPARE(readGenesisFile(folder / "absent.json").code(), CoreErrc::GenesisFileIo);
    {
      std::ofstream(folder / "big.json") << std::string(kMaxGenesisJsonBytes + 1, ' ');
      std::ofstream(folder / "bad.json") << "{\n  \"name\": 7,\n";
    }
    QCOMPARE(readGenesisFile(folder / "big.json").code(), CoreErrc::GenesisFileIo);
    const auto bad = readGenesisFile(folder / "bad.json");
    QCOMPARE(bad.code(), CoreErrc::JsonSyntax);
    QVERIFY2(bad.error().message.find("bad.json") != std::string::npos, bad.error().message.c_str());
  }
};

QTEST_GUILESS_MAIN(TestGenesis)
#include "test_genesis.moc"
