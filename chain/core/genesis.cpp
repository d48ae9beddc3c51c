// Genesis encoding, hash, block and semantic checks. JSON lives in
// genesis_json.cpp, the dev and production defaults in genesis_defaults.cpp.
#include "chain/core/genesis.h"

#include <set>

#include "chain/core/bech32m.h"
#include "chain/core/core_errc.h"
#include "chain/core/encoding.h"
#include "chain/core/hash.h"
#include "chain/core/tx_check.h"

namespace wb {

namespace {

Error bad(ErrorCode code, std::string_view field, std::string_view what) {
  return fail(code, "genesis field " + std::string(field) + ": " + std::string(what));
}

// The network name becomes a folder name (DATADIR/<name>/): the chain store's rule.
Status checkNetworkName(std::string_view name) {
  if (name.empty() || name.size() > 64) return bad(CoreErrc::GenesisBadValue, "name", "must have 1 to 64 characters");
  if (name.front() == '.') return bad(CoreErrc::GenesisBadValue, "name", "must not start with '.'");
  for (const char c : name) {
    const bool allowed =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    if (!allowed) return bad(CoreErrc::GenesisBadValue, "name", "may only use letters, digits, '.', '_' and '-'");
  }
  return {};
}

// Decodes Bitcoin's compact encoding into a big-endian 256-bit target, rejecting
// negative, overflowing and zero targets. Only a sanity check of the file: the
// consensus engines own target arithmetic.
Result<Hash32> compactTarget(std::uint32_t bits) {
  const std::uint32_t exponent = bits >> 24;
  std::uint32_t mantissa = bits & 0x007fffff;
  if ((bits & 0x00800000) != 0 && mantissa != 0) return bad(CoreErrc::GenesisBadValue, "bits", "is a negative target");
  if (mantissa != 0 && (exponent > 34 || (mantissa > 0xff && exponent > 33) || (mantissa > 0xffff && exponent > 32))) {
    return bad(CoreErrc::GenesisBadValue, "bits", "overflows 256 bits");
  }
  Hash32 target{};
  if (exponent <= 3) {
    mantissa >>= 8 * (3 - exponent);
    for (int i = 0; i < 3; ++i) target[31 - i] = static_cast<Byte>(mantissa >> (8 * i));
  } else {
    for (std::uint32_t i = 0; i < 3; ++i) {  // byte i of the mantissa sits 8·(exponent − 3 + i) bits up
      const std::uint32_t shift = exponent - 3 + i;
      if (shift < 32) target[31 - shift] = static_cast<Byte>(mantissa >> (8 * i));
    }
  }
  if (isZero(target)) return bad(CoreErrc::GenesisBadValue, "bits", "is a zero target");
  return target;
}

Status checkBounds(const ChainParams& p) {
  WB_TRY(checkNetworkName(p.name));
  if (p.genesisTime == 0 || p.genesisTime > kMaxGenesisTime) {
    return bad(CoreErrc::GenesisBadValue, "time", "must be a unix time from 1 to " + std::to_string(kMaxGenesisTime));
  }
  if (p.blockTime > kMaxBlockTimeSeconds) {
    return bad(CoreErrc::GenesisBadValue, "block_time",
               "must be at most " + std::to_string(kMaxBlockTimeSeconds) + " seconds");
  }
  if (p.maxBlockBytes > kMaxGenesisBlockBytes) {
    return bad(CoreErrc::GenesisBadValue, "max_block_bytes",
               "must be at most " + std::to_string(kMaxGenesisBlockBytes));
  }
  if (p.consensus != ConsensusKind::Dpos) {
    WB_TRY_ASSIGN(target, compactTarget(p.initialBits));
    if (*target > p.powLimit) return bad(CoreErrc::GenesisBadValue, "bits", "is easier than pow_limit allows");
  }
  if (p.consensus == ConsensusKind::Pos && p.posGranularity > p.blockTime) {
    return bad(CoreErrc::GenesisBadValue, "granularity", "must not exceed block_time");
  }
  if (p.consensus == ConsensusKind::Dpos) {
    if (p.maxVotes == 0) return bad(CoreErrc::GenesisBadValue, "max_votes", "must be at least 1 on a dpos network");
    if (p.activeDelegates > kMaxActiveDelegates) {
      return bad(CoreErrc::GenesisBadValue, "active_delegates",
                 "must be at most " + std::to_string(kMaxActiveDelegates));
    }
  }
  return {};
}

Status checkAllocations(const GenesisFile& file) {
  std::set<AccountKey> seen;
  bool anyStake = false;
  for (std::size_t i = 0; i < file.allocations.size(); ++i) {
    const GenesisAllocation& a = file.allocations[i];
    const std::string field = "allocations[" + std::to_string(i) + "]";
    if (a.balance == 0 && a.stake == 0) return bad(CoreErrc::GenesisBadValue, field, "gives neither balance nor stake");
    if (!seen.insert(a.account).second) {
      return bad(CoreErrc::GenesisDuplicateAccount, field + ".address",
                 encodeAddress(file.params.hrp, a.account) + " already has an allocation");
    }
    anyStake = anyStake || a.stake > 0;
  }
  if (!genesisSupply(file)) return bad(CoreErrc::GenesisSupplyOverflow, "allocations", "the total supply overflows");
  if (file.params.consensus == ConsensusKind::Pos && !anyStake) {
    return bad(CoreErrc::GenesisBadValue, "allocations",
               "a pos network needs some stake at genesis, or no block can ever be made");
  }
  return {};
}

Status checkDelegates(const GenesisFile& file) {
  if (file.params.consensus != ConsensusKind::Dpos) {
    if (!file.delegates.empty()) return bad(CoreErrc::GenesisBadDelegates, "delegates", "are only for dpos networks");
    return {};
  }
  if (file.delegates.empty())
    return bad(CoreErrc::GenesisBadDelegates, "delegates", "a dpos network needs at least one");
  std::set<AccountKey> accounts;
  std::set<std::string, std::less<>> names;
  for (std::size_t i = 0; i < file.delegates.size(); ++i) {
    const GenesisDelegate& d = file.delegates[i];
    const std::string field = "delegates[" + std::to_string(i) + "]";
    if (!isValidDelegateName(d.name)) {
      return bad(CoreErrc::GenesisBadDelegates, field + ".name", "must be 3-20 characters of a-z, 0-9, '_' and '-'");
    }
    if (!names.insert(d.name).second) {
      return bad(CoreErrc::GenesisBadDelegates, field + ".name", "'" + d.name + "' is used twice");
    }
    if (!accounts.insert(d.account).second) {
      return bad(CoreErrc::GenesisBadDelegates, field + ".address",
                 encodeAddress(file.params.hrp, d.account) + " is already a delegate");
    }
  }
  return {};
}

void writeWindows(Writer& w, const OrderWindows& windows) { w.u32(windows.pay).u32(windows.ship).u32(windows.confirm); }

}  // namespace

Bytes encodeGenesis(const GenesisFile& file) {
  const ChainParams& p = file.params;
  Writer w;
  w.u8(kGenesisEncodingVersion).var(p.name).var(p.hrp).u8(static_cast<std::uint8_t>(p.consensus));
  w.u64(p.genesisTime).fixed(p.powLimit).u32(p.initialBits).u64(p.posGranularity).u32(p.maxReorg);
  w.u64(p.blockTime).u64(p.blockReward).u64(p.minFeePerByte).u32(p.maxBlockBytes);
  writeWindows(w, p.defaultWindows);
  writeWindows(w, p.maxWindows);
  w.u32(p.disputeWindow).u32(p.minStakeAge).u32(p.unbondingBlocks).u32(p.maxVotes).u32(p.activeDelegates);
  w.u64(p.delegateFee);
  w.u32(static_cast<std::uint32_t>(file.allocations.size()));
  for (const GenesisAllocation& a : file.allocations) w.fixed(a.account).u64(a.balance).u64(a.stake);
  w.u32(static_cast<std::uint32_t>(file.delegates.size()));
  for (const GenesisDelegate& d : file.delegates) w.fixed(d.account).var(d.name);
  return std::move(w).take();
}

Hash32 genesisHash(const GenesisFile& file) { return taggedHash(tag::kGenesis, encodeGenesis(file)); }

bool operator==(const GenesisFile& a, const GenesisFile& b) {
  return a.params.genesisHash == b.params.genesisHash && encodeGenesis(a) == encodeGenesis(b);
}

Result<Amount> genesisSupply(const GenesisFile& file) {
  Amount total = 0;
  for (const GenesisAllocation& a : file.allocations) {
    WB_TRY_ASSIGN(withBalance, checkedAdd(total, a.balance));
    WB_TRY_ASSIGN(withStake, checkedAdd(*withBalance, a.stake));
    total = *withStake;
  }
  return total;
}

Status checkGenesis(const GenesisFile& file) {
  WB_TRY(checkParams(file.params));
  WB_TRY(checkBounds(file.params));
  WB_TRY(checkAllocations(file));
  return checkDelegates(file);
}

BlockHeader genesisHeader(const GenesisFile& file, const Hash32& stateRoot) {
  BlockHeader header;
  header.height = 0;
  header.time = file.params.genesisTime;
  header.txRoot = computeTxRoot({});
  header.stateRoot = stateRoot;
  header.bits = file.params.initialBits;
  return header;
}

BlockHash genesisBlockHash(const GenesisFile& file, const Hash32& stateRoot) {
  return blockHash(genesisHeader(file, stateRoot));
}

}  // namespace wb
