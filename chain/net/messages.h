// P2P messages (DESIGN §7): one struct per message type, carried as the payload of
// one frame (frame.h) whose type byte is the MessageType. Encoding uses the
// canonical codec (chain/core/encoding.h); decoding is strict: every list count
// is bounded, text is UTF-8 within its maximum, and trailing bytes are refused.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "chain/core/block.h"
#include "chain/core/ids.h"
#include "chain/core/tx.h"
#include "chain/state/state_witness.h"

namespace wb::net {

inline constexpr std::uint32_t kProtocolVersion = 1;
inline constexpr std::uint32_t kMaxAgentBytes = 64;
inline constexpr std::uint32_t kMaxAddrEntries = 1000;
inline constexpr std::uint32_t kMaxLocatorHashes = 64;
inline constexpr std::uint32_t kMaxHeadersPerMessage = 2000;
inline constexpr std::uint32_t kMaxBlocksPerRequest = 128;
inline constexpr std::uint32_t kMaxInvEntries = 1000;
inline constexpr std::uint32_t kMaxRejectReasonBytes = 256;
inline constexpr std::uint32_t kMaxProofKeyBytes = state::kMaxWitnessKeyBytes;
inline constexpr std::uint32_t kMaxProofValueBytes = state::kMaxWitnessValueBytes;
inline constexpr std::uint32_t kMaxProofSiblings = state::kMaxWitnessSiblings;
inline constexpr std::uint32_t kMaxOrderIdsPerMessage = 500;  // order_list's largest page
inline constexpr std::uint32_t kMaxWitnessBlocks = 500;       // getwitnesses: a quarter of a headers page

enum class MessageType : std::uint8_t {
  Hello = 1,
  HelloAck = 2,
  Ping = 3,
  Pong = 4,
  GetAddr = 5,
  Addr = 6,
  GetHeaders = 7,
  Headers = 8,
  GetBlocks = 9,
  Block = 10,
  NotFound = 11,
  Inv = 12,
  GetTxs = 13,
  Tx = 14,
  Reject = 15,
  GetProof = 16,
  Proof = 17,
  GetOrderIds = 18,
  OrderIds = 19,
  GetWitnesses = 20,
  Witnesses = 21,
  GetDelegateKeys = 22,
  DelegateKeys = 23,
};

// Stable lower-case name of a message type ("hello", "getheaders"…) for logs and errors.
std::string_view messageTypeName(MessageType type);

// First message on every connection, both directions.
struct HelloMsg {
  std::uint32_t version = kProtocolVersion;
  Hash32 genesis{};  // the network (ChainParams::genesisHash)
  std::uint64_t bestHeight = 0;
  BlockHash bestHash{};
  std::uint64_t nonce = 0;       // random per node: a hello with our own nonce is a self-connection
  std::uint16_t listenPort = 0;  // 0 = not listening
  std::string agent;             // UTF-8, ≤ kMaxAgentBytes
  bool operator==(const HelloMsg&) const = default;
};
struct HelloAckMsg {
  bool operator==(const HelloAckMsg&) const = default;
};
struct PingMsg {
  std::uint64_t nonce = 0;
  bool operator==(const PingMsg&) const = default;
};
struct PongMsg {
  std::uint64_t nonce = 0;
  bool operator==(const PongMsg&) const = default;
};
struct GetAddrMsg {
  bool operator==(const GetAddrMsg&) const = default;
};
// An IPv6 address (IPv4 as ::ffff:a.b.c.d) and a TCP port.
struct Endpoint {
  std::array<Byte, 16> ip{};
  std::uint16_t port = 0;
  bool operator==(const Endpoint&) const = default;
  auto operator<=>(const Endpoint&) const = default;
};
struct AddrMsg {
  std::vector<Endpoint> endpoints;  // ≤ kMaxAddrEntries
  bool operator==(const AddrMsg&) const = default;
};
struct GetHeadersMsg {
  std::vector<BlockHash> locator;  // ≤ kMaxLocatorHashes, newest first (block_locator.h)
  BlockHash stop{};                // zero = as many as allowed
  bool operator==(const GetHeadersMsg&) const = default;
};
struct HeadersMsg {
  std::vector<BlockHeader> headers;  // ≤ kMaxHeadersPerMessage, consecutive
  bool operator==(const HeadersMsg&) const = default;
};
struct GetBlocksMsg {
  std::vector<BlockHash> hashes;  // 1..kMaxBlocksPerRequest
  bool operator==(const GetBlocksMsg&) const = default;
};
// A full block. `encoded` is what travels; `header` is decoded from it.
struct BlockMsg {
  Bytes encoded;
  BlockHeader header;
  static BlockMsg of(const Block& block);
  bool operator==(const BlockMsg&) const = default;
};
enum class InvKind : std::uint8_t { Block = 1, Tx = 2 };
struct InvItem {
  InvKind kind = InvKind::Block;
  Hash32 hash{};  // a block hash or a txid, as `kind` says
  bool operator==(const InvItem&) const = default;
};
// Announcements of blocks and transactions (1..kMaxInvEntries).
struct InvMsg {
  std::vector<InvItem> items;
  bool operator==(const InvMsg&) const = default;
};
// Items asked for (getblocks, gettxs) that the sender does not have (1..kMaxInvEntries).
struct NotFoundMsg {
  std::vector<InvItem> items;
  bool operator==(const NotFoundMsg&) const = default;
};
struct GetTxsMsg {
  std::vector<Hash32> txids;  // 1..kMaxInvEntries
  bool operator==(const GetTxsMsg&) const = default;
};
struct TxMsg {
  wb::Tx tx;
  bool operator==(const TxMsg&) const = default;
};
// Sent just before we close a connection (or refuse one), so that the other
// side can log why (DESIGN §7). Allowed at any time, also before the handshake.
struct RejectMsg {
  std::uint16_t code = 0;  // our ErrorCode, for logs
  std::string reason;      // UTF-8, ≤ kMaxRejectReasonBytes
  bool operator==(const RejectMsg&) const = default;
};

// A state record at the sender's tip with its proof (DESIGN §11). `table` is
// chain/state's Table number of a committed table (0, 1, 4, 6, 7).
struct GetProofMsg {
  std::uint8_t table = 0;
  Bytes key;  // ≤ kMaxProofKeyBytes
  bool operator==(const GetProofMsg&) const = default;
};
// Where a proof's path ends (chain/state's ProofEnd).
enum class ProofEndKind : std::uint8_t { Leaf = 0, Empty = 1, OtherLeaf = 2 };
// The answer to getproof: the record (or its absence), the sibling hashes from
// the root down and the tip it is checked against. Wire: u8 table | var key |
// u64 height | 32 block | 32 state_root | u8 has_value [| var value] | u32 count |
// count × 32 siblings | u8 end [| 32 other leafkey | 32 other value hash when end = 2].
// A value comes exactly with end = Leaf.
struct ProofMsg {
  std::uint8_t table = 0;
  Bytes key;
  std::uint64_t height = 0;
  BlockHash block{};
  Hash32 stateRoot{};
  std::optional<Bytes> value;    // ≤ kMaxProofValueBytes
  std::vector<Hash32> siblings;  // ≤ kMaxProofSiblings
  ProofEndKind end = ProofEndKind::Empty;
  Hash32 otherLeafKey{};
  Hash32 otherValueHash{};
  bool operator==(const ProofMsg&) const = default;
};

// A place in a party's list of orders, which runs newest first: by created
// height, then id, both descending (chain/state's OrderCursor).
struct OrderRef {
  std::uint64_t createdHeight = 0;
  OrderId id{};
  auto operator<=>(const OrderRef&) const = default;
};
// The ids of the orders `party` takes part in (any role) at the sender's tip,
// newest first, below `before` when given (DESIGN §11: a light node lists its
// wallet's orders, then proves each). Wire: 32 party | u32 limit (1 …
// kMaxOrderIdsPerMessage) | u8 has_before [| u64 height | 32 id].
struct GetOrderIdsMsg {
  AccountKey party{};
  std::uint32_t limit = kMaxOrderIdsPerMessage;
  std::optional<OrderRef> before;
  bool operator==(const GetOrderIdsMsg&) const = default;
};
// The answer: the request's party and cursor, at most its limit of orders,
// strictly newest first and below the cursor, and whether the list goes on.
// Wire: 32 party | u8 has_before [| u64 height | 32 id] | u32 count |
// count × (u64 height | 32 id) | u8 more.
struct OrderIdsMsg {
  AccountKey party{};
  std::optional<OrderRef> before;
  std::vector<OrderRef> orders;  // ≤ kMaxOrderIdsPerMessage
  bool more = false;
  bool operator==(const OrderIdsMsg&) const = default;
};

// The consensus witnesses (chain/state/state_witness.h) of blocks: what a light
// node needs to check PoS and DPoS headers. Wire: u32 count (1 …
// kMaxWitnessBlocks) | count × 32 block hash.
struct GetWitnessesMsg {
  std::vector<BlockHash> blocks;
  bool operator==(const GetWitnessesMsg&) const = default;
};
// One block's witness: `known` false when the sender has not connected the
// block (no witness to give); a block whose check read no state has an empty one.
struct BlockWitness {
  BlockHash block{};
  bool known = false;
  state::ConsensusWitness witness;
  bool operator==(const BlockWitness&) const = default;
};
// The answer: witnesses of a prefix of the asked blocks, in the asked order (a
// sender stops early rather than pass the frame limit; the rest is asked again).
// Wire: u32 count (≤ kMaxWitnessBlocks) | count × (32 block | u8 known [| witness]).
struct WitnessesMsg {
  std::vector<BlockWitness> witnesses;
  bool operator==(const WitnessesMsg&) const = default;
};

// The keys of every registered delegate at the sender's tip, for a light node's
// delegate list: it proves each delegate and the totals that count them, so a
// key left out is noticed. Wire: empty.
struct GetDelegateKeysMsg {
  bool operator==(const GetDelegateKeysMsg&) const = default;
};
// Wire: u32 count (≤ state::kMaxWitnessRecords) | count × 32 key.
struct DelegateKeysMsg {
  std::vector<AccountKey> keys;
  bool operator==(const DelegateKeysMsg&) const = default;
};

// The alternatives are in MessageType order: index = type − 1.
using Message =
    std::variant<HelloMsg, HelloAckMsg, PingMsg, PongMsg, GetAddrMsg, AddrMsg, GetHeadersMsg, HeadersMsg, GetBlocksMsg,
                 BlockMsg, NotFoundMsg, InvMsg, GetTxsMsg, TxMsg, RejectMsg, GetProofMsg, ProofMsg, GetOrderIdsMsg,
                 OrderIdsMsg, GetWitnessesMsg, WitnessesMsg, GetDelegateKeysMsg, DelegateKeysMsg>;

// The type byte of `message`.
MessageType messageType(const Message& message);

// The payload encoding of `message`. Lists longer than their maximum are the
// caller's bug; the encoders never check them (decoders do).
Bytes encodePayload(const Message& message);

// Decodes the payload of a frame of type `type`. Fails with NetErrc::UnknownMessage for
// an unknown type, DecodeFieldTooLong for an over-long list or text, and the
// Decode*/Tx*/Block* codes of the field decoders; never crashes.
[[nodiscard]] Result<Message> decodeMessage(std::uint8_t type, ByteView payload);

}  // namespace wb::net
