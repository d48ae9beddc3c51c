// Genesis files (DESIGN §4, §6): the chain parameters plus the initial coin
// distribution and DPoS delegates, read from and written to genesis.json, and
// the genesis hash that names the network in P2P and in every signature.
//
// genesis.json is one object with these snake_case fields (unknown fields are errors):
//   name              network name, 1–64 of [A-Za-z0-9._-], not starting with '.'
//                     (it names the folder DATADIR/<name>/)
//   hrp               address prefix ("wb" production, "wbd" dev)
//   consensus         "pow" | "pos" | "dpos"
//   time              genesis time, unix seconds (1 … 253402300799)
//   pow_limit         64 hex digits, big-endian 256-bit easiest target   (pow, pos)
//   bits              u32 compact target of the first block              (pow, pos)
//   granularity       seconds; block times are multiples of it           (pos)
//   max_reorg         blocks; deepest allowed reorganisation             (pos)
//   block_time        seconds (1 … 86400)
//   block_reward      WBL decimal string, e.g. "50"
//   min_fee_per_byte  base units, integer
//   max_block_bytes   integer (header + largest tx … 4,000,000)
//   default_windows   {"pay", "ship", "confirm"} blocks
//   max_windows       {"pay", "ship", "confirm"} blocks
//   dispute_window, min_stake_age, unbonding_blocks, max_votes   integers
//   active_delegates  integer (dpos: 1 … 1000)
//   delegate_fee      WBL decimal string
//   allocations       [{"address", "balance" (WBL string), "stake" (WBL string, optional, default "0")}]
//   delegates         [{"address", "name"}]  (dpos: required, ≥ 1; other kinds: absent or [])
// Fields marked with consensus kinds are required for those kinds and optional
// (default 0) for the others; writeGenesisJson omits them there when they are 0.
// Amounts are strings so no reader ever sees a floating-point number. Addresses
// must use the file's own hrp.
//
// Genesis hash = H("wb.genesis", encodeGenesis(file)), where encodeGenesis is the
// canonical binary encoding of chain/core/encoding.h (little-endian), version 1:
//   u8 version (1) | var name | var hrp | u8 consensus (1 pow, 2 pos, 3 dpos) |
//   u64 time | 32 pow_limit | u32 bits | u64 granularity | u32 max_reorg |
//   u64 block_time | u64 block_reward | u64 min_fee_per_byte | u32 max_block_bytes |
//   u32 default pay, ship, confirm | u32 max pay, ship, confirm | u32 dispute_window |
//   u32 min_stake_age | u32 unbonding_blocks | u32 max_votes | u32 active_delegates |
//   u64 delegate_fee |
//   u32 count, then per allocation (file order): 32 key | u64 balance | u64 stake |
//   u32 count, then per delegate (file order): 32 key | var name
// Every field is present whatever the consensus (unused ones as 0), so the hash
// does not depend on JSON whitespace, member order or how a number was spelled,
// and changes with any field. List order is part of the network's identity.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "chain/core/block.h"
#include "chain/core/ids.h"
#include "chain/core/params.h"
#include "chain/core/tx.h"

namespace wb {

// Coins an account holds at genesis. Stake counts as mature from the start.
struct GenesisAllocation {
  AccountKey account{};
  Amount balance = 0;
  Amount stake = 0;
  bool operator==(const GenesisAllocation&) const = default;
};

// A DPoS delegate registered at genesis; it fills empty places in the schedule.
struct GenesisDelegate {
  AccountKey account{};
  std::string name;
  bool operator==(const GenesisDelegate&) const = default;
};

struct GenesisFile {
  ChainParams params;  // params.genesisHash is set by parseGenesisJson and makeDevGenesis
  std::vector<GenesisAllocation> allocations;
  std::vector<GenesisDelegate> delegates;
};

// True when both files have the same canonical encoding (every field equal) and
// the same params.genesisHash.
bool operator==(const GenesisFile& a, const GenesisFile& b);

inline constexpr std::uint8_t kGenesisEncodingVersion = 1;
// Largest genesis.json accepted (about 25,000 allocations).
inline constexpr std::size_t kMaxGenesisJsonBytes = 4 << 20;
inline constexpr std::uint64_t kMaxGenesisTime = 253402300799;  // 9999-12-31 23:59:59 UTC
inline constexpr std::uint64_t kMaxBlockTimeSeconds = 86400;
inline constexpr std::uint32_t kMaxGenesisBlockBytes = 4'000'000;  // fits a 4 MiB P2P frame with room to spare
inline constexpr std::uint32_t kMaxActiveDelegates = 1000;

// The canonical binary encoding described above.
Bytes encodeGenesis(const GenesisFile& file);

// H("wb.genesis", encodeGenesis(file)). Ignores file.params.genesisHash.
Hash32 genesisHash(const GenesisFile& file);

// Checks everything a genesis file must satisfy beyond its JSON shape, naming the
// offending field: checkParams (ParamsInvalid); the network name; time, block
// time and block size bounds, granularity ≤ block_time, bits a valid compact
// target that is not above pow_limit, dpos max_votes ≥ 1 and active_delegates ≤
// 1000 (GenesisBadValue); allocations giving something, on distinct accounts
// (GenesisBadValue, GenesisDuplicateAccount); a total supply that fits in u64
// (GenesisSupplyOverflow); some stake on a pos network, else no block could ever
// be produced (GenesisBadValue); dpos delegates present with valid, distinct
// names and distinct accounts, and none on other kinds (GenesisBadDelegates).
[[nodiscard]] Status checkGenesis(const GenesisFile& file);

// Parses and checks genesis.json text (at most kMaxGenesisJsonBytes) and sets
// params.genesisHash. Fails with a Json* code (message "line L, column C: …"),
// GenesisMissingField, GenesisUnknownField, GenesisWrongType, GenesisBadValue,
// GenesisBadAddress, GenesisBadAmount, or any code of checkGenesis; messages name
// the field, e.g. "genesis field allocations[2].address: …".
[[nodiscard]] Result<GenesisFile> parseGenesisJson(std::string_view text);

// Writes `file` as genesis.json text (fields in the order listed above, amounts
// as WBL strings, a final newline). parseGenesisJson reads it back equal.
std::string writeGenesisJson(const GenesisFile& file);

// The sum of every allocation's balance and stake, or AmountOverflow.
[[nodiscard]] Result<Amount> genesisSupply(const GenesisFile& file);

// The genesis block's header: height 0, prev zero, time = genesis time, tx_root of
// no transactions, bits = params.initialBits, `stateRoot` (the genesis state's,
// state::genesisStateRoot: this module cannot compute it), nonce, producer and sig zero.
BlockHeader genesisHeader(const GenesisFile& file, const Hash32& stateRoot);

// blockHash(genesisHeader(file, stateRoot)): the prev of block 1.
BlockHash genesisBlockHash(const GenesisFile& file, const Hash32& stateRoot);

// Number of accounts a dev network funds (DESIGN §6).
inline constexpr std::size_t kDevAccounts = 10;
inline constexpr Amount kDevAccountCoins = 1'000'000 * kCoin;
inline constexpr Amount kDevAccountStake = 100'000 * kCoin;  // pos: staked out of the 1,000,000

// The genesis of a dev network (DESIGN §6): devParams(kind) with genesis time
// `time`; each of `accounts` gets 1,000,000 WBL (pos: 900,000 balance + 100,000
// stake); dpos: accounts 0–2 are the delegates dev0, dev1, dev2. The caller
// derives the accounts from the dev mnemonic. Sets params.genesisHash. Fails
// like checkGenesis (e.g. time 0, or the same key twice).
[[nodiscard]] Result<GenesisFile> makeDevGenesis(ConsensusKind kind, std::uint64_t time,
                                                 std::span<const AccountKey, kDevAccounts> accounts);

// Default parameters for a new production network of `kind` (hrp "wb", name
// "waybill-<kind>", genesisTime 0: the caller sets time, allocations and delegates).
// The choices, all in blocks of that kind's block time:
//   block_time 60 s pow / 30 s pos / 3 s dpos; block_reward 50 / 25 / 2.5 WBL
//   (72,000 WBL a day for each kind); min_fee_per_byte 10 units; max_block_bytes
//   1 MiB / 512 KiB / 128 KiB; windows: default pay 1 day, ship 7 days, confirm
//   14 days, each at most 90 days; dispute_window 14 days; min_stake_age 1 day;
//   unbonding 7 days; max_votes 30; delegate_fee 100 WBL; dpos 21 active delegates.
//   pow: pow_limit 2^240−1, bits 0x1d0fffff (≈ 2^228: about 2^28 hashes, tens of
//   seconds on one desktop, then ASERT adapts). pos: pow_limit 2^240−1, granularity
//   5 s, max_reorg 1440 blocks (12 h), and bits chosen from `genesisStake` (base
//   units staked at genesis) so the first blocks arrive near the block time.
ChainParams productionParams(ConsensusKind kind, Amount genesisStake = 0);

}  // namespace wb
