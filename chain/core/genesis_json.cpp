// genesis.json ⇄ GenesisFile (the field list is in genesis.h).
#include <algorithm>
#include <array>
#include <limits>
#include <span>

#include "chain/core/bech32m.h"
#include "chain/core/core_errc.h"
#include "chain/core/genesis.h"
#include "chain/core/json.h"

namespace wb {

namespace {

constexpr std::uint64_t kU32Max = std::numeric_limits<std::uint32_t>::max();
constexpr std::uint64_t kU64Max = std::numeric_limits<std::uint64_t>::max();

Error bad(ErrorCode code, std::string_view field, std::string_view what) {
  return fail(code, "genesis field " + std::string(field) + ": " + std::string(what));
}

// One JSON object of the file: its path for messages ("", "max_windows",
// "allocations[3]") and typed access to its members.
class Fields {
public:
  Fields(const JsonObject& members, std::string path) : members_(members), path_(std::move(path)) {}

  std::string name(std::string_view key) const {
    return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
  }

  // Rejects any member not in `known` (typos must not be silently ignored).
  Status onlyKnown(std::span<const std::string_view> known) const {
    for (const JsonMember& m : members_) {
      if (std::find(known.begin(), known.end(), m.key) == known.end()) {
        return bad(CoreErrc::GenesisUnknownField, name(m.key), "is not a genesis field");
      }
    }
    return {};
  }

  bool has(std::string_view key) const { return find(key) != nullptr; }

  Result<const JsonValue*> require(std::string_view key) const {
    const JsonValue* v = find(key);
    if (v == nullptr) return bad(CoreErrc::GenesisMissingField, name(key), "is missing");
    return v;
  }

  Result<std::string> text(std::string_view key) const {
    WB_TRY_ASSIGN(v, require(key));
    const std::string* s = (*v)->asString();
    if (s == nullptr) return bad(CoreErrc::GenesisWrongType, name(key), "must be a string");
    return *s;
  }

  // A whole number in 0…max. An absent optional member reads as 0.
  Result<std::uint64_t> integer(std::string_view key, std::uint64_t max, bool required = true) const {
    if (!required && !has(key)) return std::uint64_t{0};
    WB_TRY_ASSIGN(v, require(key));
    if ((*v)->asInteger() == nullptr) return bad(CoreErrc::GenesisWrongType, name(key), "must be a whole number");
    const auto n = (*v)->asU64();
    if (!n || *n > max) return bad(CoreErrc::GenesisBadValue, name(key), "must be from 0 to " + std::to_string(max));
    return *n;
  }

  Result<std::uint32_t> u32(std::string_view key, bool required = true) const {
    WB_TRY_ASSIGN(n, integer(key, kU32Max, required));
    return static_cast<std::uint32_t>(*n);
  }

  // A WBL decimal string such as "12.5". An absent optional member reads as 0.
  Result<Amount> amount(std::string_view key, bool required = true) const {
    if (!required && !has(key)) return Amount{0};
    WB_TRY_ASSIGN(v, require(key));
    const std::string* s = (*v)->asString();
    if (s == nullptr)
      return bad(CoreErrc::GenesisWrongType, name(key), "must be a WBL amount as a string, e.g. \"50\"");
    auto parsed = parseAmount(*s);
    if (!parsed) return bad(CoreErrc::GenesisBadAmount, name(key), parsed.error().message);
    return *parsed;
  }

  Result<AccountKey> address(std::string_view key, std::string_view hrp) const {
    WB_TRY_ASSIGN(s, text(key));
    auto decoded = decodeAddress(hrp, *s);
    if (!decoded) return bad(CoreErrc::GenesisBadAddress, name(key), decoded.error().message);
    return *decoded;
  }

  Result<const JsonObject*> object(std::string_view key) const {
    WB_TRY_ASSIGN(v, require(key));
    const JsonObject* o = (*v)->asObject();
    if (o == nullptr) return bad(CoreErrc::GenesisWrongType, name(key), "must be an object");
    return o;
  }

  // An array; an absent optional member reads as empty.
  Result<const JsonArray*> array(std::string_view key, bool required = true) const {
    static const JsonArray kEmpty;
    if (!required && !has(key)) return &kEmpty;
    WB_TRY_ASSIGN(v, require(key));
    const JsonArray* a = (*v)->asArray();
    if (a == nullptr) return bad(CoreErrc::GenesisWrongType, name(key), "must be an array");
    return a;
  }

private:
  const JsonValue* find(std::string_view key) const {
    for (const JsonMember& m : members_) {
      if (m.key == key) return &m.value;
    }
    return nullptr;
  }

  const JsonObject& members_;
  std::string path_;
};

// Each element of an array of objects, as Fields named "key[i]".
Result<Fields> elementFields(const JsonArray& items, std::size_t i, std::string_view key) {
  const std::string path = std::string(key) + "[" + std::to_string(i) + "]";
  const JsonObject* o = items[i].asObject();
  if (o == nullptr) return bad(CoreErrc::GenesisWrongType, path, "must be an object");
  return Fields(*o, path);
}

Result<OrderWindows> readWindows(const Fields& top, std::string_view key) {
  WB_TRY_ASSIGN(members, top.object(key));
  const Fields f(**members, std::string(key));
  static constexpr std::array<std::string_view, 3> kKnown{"pay", "ship", "confirm"};
  WB_TRY(f.onlyKnown(kKnown));
  WB_TRY_ASSIGN(pay, f.u32("pay"));
  WB_TRY_ASSIGN(ship, f.u32("ship"));
  WB_TRY_ASSIGN(confirm, f.u32("confirm"));
  return OrderWindows{.pay = *pay, .ship = *ship, .confirm = *confirm};
}

Result<ConsensusKind> readConsensus(const Fields& top) {
  WB_TRY_ASSIGN(name, top.text("consensus"));
  for (ConsensusKind kind : {ConsensusKind::Pow, ConsensusKind::Pos, ConsensusKind::Dpos}) {
    if (*name == consensusKindName(kind)) return kind;
  }
  return bad(CoreErrc::GenesisBadValue, "consensus", "must be pow, pos or dpos, not '" + *name + "'");
}

// Stores a successfully read value into its field.
template <class T, class U>
Status assign(T& field, Result<U> read) {
  WB_TRY(read);
  field = std::move(*read);
  return {};
}

// Reads every parameter; fields a kind does not use are optional (genesis.h).
Status readParams(const Fields& top, ChainParams& p) {
  WB_TRY(assign(p.name, top.text("name")));
  WB_TRY(assign(p.hrp, top.text("hrp")));
  WB_TRY(assign(p.consensus, readConsensus(top)));
  const bool mined = p.consensus != ConsensusKind::Dpos;
  const bool pos = p.consensus == ConsensusKind::Pos;
  const bool dpos = p.consensus == ConsensusKind::Dpos;
  WB_TRY(assign(p.genesisTime, top.integer("time", kU64Max)));
  if (mined || top.has("pow_limit")) {
    WB_TRY_ASSIGN(hex, top.text("pow_limit"));
    auto limit = hash32FromHex(*hex);
    if (!limit) return bad(CoreErrc::GenesisBadValue, "pow_limit", "must be 64 hex digits");
    p.powLimit = *limit;
  }
  WB_TRY(assign(p.initialBits, top.u32("bits", mined)));
  WB_TRY(assign(p.posGranularity, top.integer("granularity", kU64Max, pos)));
  WB_TRY(assign(p.maxReorg, top.u32("max_reorg", pos)));
  WB_TRY(assign(p.blockTime, top.integer("block_time", kU64Max)));
  WB_TRY(assign(p.blockReward, top.amount("block_reward")));
  WB_TRY(assign(p.minFeePerByte, top.integer("min_fee_per_byte", kU64Max)));
  WB_TRY(assign(p.maxBlockBytes, top.u32("max_block_bytes")));
  WB_TRY(assign(p.defaultWindows, readWindows(top, "default_windows")));
  WB_TRY(assign(p.maxWindows, readWindows(top, "max_windows")));
  WB_TRY(assign(p.disputeWindow, top.u32("dispute_window")));
  WB_TRY(assign(p.minStakeAge, top.u32("min_stake_age")));
  WB_TRY(assign(p.unbondingBlocks, top.u32("unbonding_blocks")));
  WB_TRY(assign(p.maxVotes, top.u32("max_votes")));
  WB_TRY(assign(p.activeDelegates, top.u32("active_delegates", dpos)));
  WB_TRY(assign(p.delegateFee, top.amount("delegate_fee")));
  return {};
}

Status readAllocations(const Fields& top, GenesisFile& file) {
  WB_TRY_ASSIGN(items, top.array("allocations"));
  static constexpr std::array<std::string_view, 3> kKnown{"address", "balance", "stake"};
  for (std::size_t i = 0; i < (*items)->size(); ++i) {
    WB_TRY_ASSIGN(f, elementFields(**items, i, "allocations"));
    WB_TRY(f->onlyKnown(kKnown));
    WB_TRY_ASSIGN(account, f->address("address", file.params.hrp));
    WB_TRY_ASSIGN(balance, f->amount("balance"));
    WB_TRY_ASSIGN(stake, f->amount("stake", false));
    file.allocations.push_back({*account, *balance, *stake});
  }
  return {};
}

Status readDelegates(const Fields& top, GenesisFile& file) {
  WB_TRY_ASSIGN(items, top.array("delegates", file.params.consensus == ConsensusKind::Dpos));
  static constexpr std::array<std::string_view, 2> kKnown{"address", "name"};
  for (std::size_t i = 0; i < (*items)->size(); ++i) {
    WB_TRY_ASSIGN(f, elementFields(**items, i, "delegates"));
    WB_TRY(f->onlyKnown(kKnown));
    WB_TRY_ASSIGN(account, f->address("address", file.params.hrp));
    WB_TRY_ASSIGN(name, f->text("name"));
    file.delegates.push_back({*account, std::move(*name)});
  }
  return {};
}

constexpr std::array<std::string_view, 22> kTopFields{"name",
                                                      "hrp",
                                                      "consensus",
                                                      "time",
                                                      "pow_limit",
                                                      "bits",
                                                      "granularity",
                                                      "max_reorg",
                                                      "block_time",
                                                      "block_reward",
                                                      "min_fee_per_byte",
                                                      "max_block_bytes",
                                                      "default_windows",
                                                      "max_windows",
                                                      "dispute_window",
                                                      "min_stake_age",
                                                      "unbonding_blocks",
                                                      "max_votes",
                                                      "active_delegates",
                                                      "delegate_fee",
                                                      "allocations",
                                                      "delegates"};

JsonValue windowsJson(const OrderWindows& w) {
  return JsonValue::object({{"pay", JsonValue::unsignedInteger(w.pay)},
                            {"ship", JsonValue::unsignedInteger(w.ship)},
                            {"confirm", JsonValue::unsignedInteger(w.confirm)}});
}

}  // namespace

Result<GenesisFile> parseGenesisJson(std::string_view text) {
  auto json = parseJson(text, JsonLimits{.maxBytes = kMaxGenesisJsonBytes, .maxDepth = 8});
  if (!json) return fail(json.error().code, "genesis file " + json.error().message);
  const JsonObject* members = json->asObject();
  if (members == nullptr) return fail(CoreErrc::GenesisWrongType, "the genesis file must be a JSON object");
  const Fields top(*members, "");
  WB_TRY(top.onlyKnown(kTopFields));
  GenesisFile file;
  WB_TRY(readParams(top, file.params));
  // Parameters first, so a bad hrp is reported as such, not as bad addresses.
  WB_TRY(checkParams(file.params));
  WB_TRY(readAllocations(top, file));
  WB_TRY(readDelegates(top, file));
  WB_TRY(checkGenesis(file));
  file.params.genesisHash = genesisHash(file);
  return file;
}

std::string writeGenesisJson(const GenesisFile& file) {
  const ChainParams& p = file.params;
  const bool mined = p.consensus != ConsensusKind::Dpos;
  const bool pos = p.consensus == ConsensusKind::Pos;
  const bool dpos = p.consensus == ConsensusKind::Dpos;
  JsonObject top;
  const auto add = [&top](std::string_view key, JsonValue value) {
    top.push_back({std::string(key), std::move(value)});
  };
  // Fields the kind does not use appear only when set, so the file reads back equal.
  const auto addUnless = [&add](bool skip, std::string_view key, std::uint64_t value) {
    if (!skip) add(key, JsonValue::unsignedInteger(value));
  };
  add("name", JsonValue::string(p.name));
  add("hrp", JsonValue::string(p.hrp));
  add("consensus", JsonValue::string(std::string(consensusKindName(p.consensus))));
  add("time", JsonValue::unsignedInteger(p.genesisTime));
  if (mined || !isZero(p.powLimit)) add("pow_limit", JsonValue::string(toHex(p.powLimit)));
  addUnless(!mined && p.initialBits == 0, "bits", p.initialBits);
  addUnless(!pos && p.posGranularity == 0, "granularity", p.posGranularity);
  addUnless(!pos && p.maxReorg == 0, "max_reorg", p.maxReorg);
  add("block_time", JsonValue::unsignedInteger(p.blockTime));
  add("block_reward", JsonValue::string(formatAmount(p.blockReward)));
  add("min_fee_per_byte", JsonValue::unsignedInteger(p.minFeePerByte));
  add("max_block_bytes", JsonValue::unsignedInteger(p.maxBlockBytes));
  add("default_windows", windowsJson(p.defaultWindows));
  add("max_windows", windowsJson(p.maxWindows));
  add("dispute_window", JsonValue::unsignedInteger(p.disputeWindow));
  add("min_stake_age", JsonValue::unsignedInteger(p.minStakeAge));
  add("unbonding_blocks", JsonValue::unsignedInteger(p.unbondingBlocks));
  add("max_votes", JsonValue::unsignedInteger(p.maxVotes));
  addUnless(!dpos && p.activeDelegates == 0, "active_delegates", p.activeDelegates);
  add("delegate_fee", JsonValue::string(formatAmount(p.delegateFee)));
  JsonArray allocations;
  for (const GenesisAllocation& a : file.allocations) {
    JsonObject entry{{"address", JsonValue::string(encodeAddress(p.hrp, a.account))},
                     {"balance", JsonValue::string(formatAmount(a.balance))}};
    if (a.stake != 0) entry.push_back({"stake", JsonValue::string(formatAmount(a.stake))});
    allocations.push_back(JsonValue::object(std::move(entry)));
  }
  add("allocations", JsonValue::array(std::move(allocations)));
  if (dpos || !file.delegates.empty()) {
    JsonArray delegates;
    for (const GenesisDelegate& d : file.delegates) {
      delegates.push_back(JsonValue::object(
          {{"address", JsonValue::string(encodeAddress(p.hrp, d.account))}, {"name", JsonValue::string(d.name)}}));
    }
    add("delegates", JsonValue::array(std::move(delegates)));
  }
  return writeJson(JsonValue::object(std::move(top))) + "\n";
}

}  // namespace wb
