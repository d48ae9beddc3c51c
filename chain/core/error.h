// Typed errors: every fallible operation in Waybill returns a Result<T> carrying
// either its value or an Error with a stable code (for programs, RPC and tests)
// and a human message (for people). Exceptions never cross module borders.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace wb {

// Stable error codes. Values never change once released; each area owns a range.
enum class Errc : std::uint16_t {
  Ok = 0,
  // 100–199: decoding and encoding
  DecodeShortInput = 100,
  DecodeTrailingBytes = 101,
  DecodeFieldTooLong = 102,
  DecodeInvalidUtf8 = 103,
  DecodeBadValue = 104,
  DecodeBadHex = 105,
  // 200–219: amounts
  AmountEmpty = 200,
  AmountSyntax = 201,
  AmountNegative = 202,
  AmountTooManyDecimals = 203,
  AmountOverflow = 204,
  AmountZero = 205,
  // 220–239: addresses
  AddressSyntax = 220,
  AddressChecksum = 221,
  AddressWrongHrp = 222,
  AddressWrongLength = 223,
  AddressWrongVariant = 224,
  // 240–259: keys and signatures
  CryptoInit = 240,
  CryptoBadSecretKey = 241,
  CryptoBadPublicKey = 242,
  CryptoSignFailed = 243,
  CryptoBadSignature = 244,
  CryptoOutOfMemory = 245,
  CryptoDecryptFailed = 246,
  // 300–399: transactions and ledger state (see chain/state)
  // 300–339: transactions, blocks and chain parameters (chain/core tx*, block, params)
  TxBadVersion = 300,
  TxUnknownKind = 301,
  TxAmountZero = 302,
  TxQuantityZero = 303,
  TxUnitPriceZero = 304,
  TxOrderTotalOverflow = 305,
  TxWindowOutOfRange = 306,
  TxMerchantIsBuyer = 307,
  TxArbiterIsParty = 308,
  TxSenderNotOrderParty = 309,
  TxMissingParty = 310,
  TxItemEmpty = 311,
  TxBadDelegateName = 312,
  TxTooManyVotes = 313,
  TxDuplicateVote = 314,
  TxFeeTooLow = 315,
  TxBadSignature = 316,
  TxSignerNotSender = 317,
  BlockBadVersion = 330,
  BlockTooLarge = 331,
  BlockBadSignature = 332,
  BlockSignerNotProducer = 333,
  ParamsInvalid = 339,
  // 340–399: ledger state rules (chain/state)
  StateBadNonce = 340,
  StateInsufficientFunds = 341,
  StateOrderNotFound = 342,
  StateOrderWrongState = 343,
  StateWrongParty = 344,
  StatePayAmountMismatch = 345,
  StateNoArbiter = 346,
  StateResolveExceedsEscrow = 347,
  StateDelegateNameTaken = 348,
  StateAlreadyDelegate = 349,
  StateUnknownDelegate = 350,
  StateInsufficientStake = 351,
  StateOverflow = 352,
  StateCorrupt = 353,
  StateOrderExists = 354,
  StateBadGenesis = 355,
  StateInvariantBroken = 356,
  // 360–379: genesis files (chain/core/genesis)
  JsonSyntax = 360,        // malformed JSON (unexpected character, trailing comma, end of input…)
  JsonBadNumber = 361,     // fraction, exponent, leading zero or out-of-range integer
  JsonBadString = 362,     // control character, bad escape, lone surrogate or invalid UTF-8
  JsonDuplicateKey = 363,  // an object names the same key twice
  JsonTooDeep = 364,       // nesting beyond the depth limit
  JsonTooLarge = 365,      // input beyond the size limit
  GenesisMissingField = 368,
  GenesisUnknownField = 369,
  GenesisWrongType = 370,
  GenesisBadValue = 371,
  GenesisBadAddress = 372,
  GenesisBadAmount = 373,
  GenesisDuplicateAccount = 374,
  GenesisBadDelegates = 375,
  GenesisSupplyOverflow = 376,
  GenesisFileIo = 377,
  GenesisFileExists = 378,
  // 400–449: blocks and consensus (see chain/consensus)
  ConsensusCompactNegative = 400,     // a compact target with the sign bit set
  ConsensusCompactOverflow = 401,     // a compact target that does not fit in 256 bits
  ConsensusCompactZero = 402,         // a compact target of zero
  ConsensusTargetAboveLimit = 403,    // a target easier than the network's pow_limit
  ConsensusWrongBits = 404,           // bits differ from the ASERT target for this height
  ConsensusHashAboveTarget = 405,     // the header hash does not meet its target (bad PoW)
  ConsensusPowSignature = 406,        // a PoW header carries a signature (must be zero)
  ConsensusTimeNotAfterMtp = 407,     // time not after the median of the last 11 blocks
  ConsensusTimeTooFarAhead = 408,     // time too far ahead of the local clock
  ConsensusBadGranularity = 409,      // PoS time not a multiple of the granularity
  ConsensusKernelAboveTarget = 410,   // PoS kernel does not meet target × weight
  ConsensusNoMatureStake = 411,       // PoS producer has no mature stake (weight 0)
  ConsensusNotSlotStart = 412,        // DPoS time is not exactly the start of a slot
  ConsensusSlotNotAfterParent = 413,  // DPoS slot not after the parent's slot
  ConsensusWrongProducer = 414,       // DPoS producer is not scheduled for the slot
  ConsensusNoDelegates = 415,         // DPoS round with no delegate to schedule
  ConsensusBadHeight = 416,           // height is not the parent's height + 1
  ConsensusBadPrev = 417,             // prev is not the parent's hash
  ConsensusReorgTooDeep = 418,        // PoS reorganisation deeper than max_reorg
  ConsensusReorgPastLib = 419,        // DPoS reorganisation past the last irreversible block
  ConsensusBadEvidence = 420,         // double-production evidence that does not prove anything
  ConsensusStateUnavailable = 421,    // a check needs the parent state and none was given
  ConsensusNotEligible = 422,         // no local key may produce within the search horizon
  ConsensusBadParams = 423,           // chain parameters unusable by the engine
  ConsensusTimeBeforeGenesis = 424,   // time before the genesis time
  ConsensusMissingSignature = 425,    // a PoS/DPoS header without a signature
  ConsensusTimeNotAfterParent = 426,  // PoS time not after the parent's (one block per granularity step)
  ConsensusSlotTooFarAhead = 427,     // DPoS slot more than one slot ahead of the local clock
  // 450–499: storage (see chain/store)
  StoreLmdb = 450,            // an LMDB failure with no more specific code
  StoreIo = 451,              // the operating system refused (permissions, disk full, I/O)
  StoreNotFound = 452,        // a key or named database that must exist does not
  StoreKeyExists = 453,       // insert-only write of a key (or duplicate) that exists
  StoreMapFull = 454,         // the map is full and may not grow any further
  StoreReadersFull = 455,     // every reader slot is taken
  StoreDbsFull = 456,         // more named databases than the environment allows
  StoreCorrupt = 457,         // the files are damaged or not an LMDB/Waybill store
  StoreTxnFull = 458,         // one transaction changed too many pages
  StoreBadValueSize = 459,    // a key or duplicate value is empty or too long for LMDB
  StoreBadKey = 460,          // an encoded key has the wrong length or shape
  StoreSchemaVersion = 461,   // the store was written by an unknown schema version
  StoreWrongNetwork = 462,    // the store belongs to another network (genesis hash)
  StoreBadNetworkName = 463,  // a network name that cannot be a folder name
  StoreResizeBlocked = 464,   // growing the map waited too long for open transactions
  StoreTxnFinished = 465,     // a transaction or cursor used after it ended
  // 470–489: the chain of blocks (chain/store/chain.h)
  ChainUnknownBlock = 470,
  ChainNotOnTip = 471,
  ChainBadHeight = 472,
  ChainBadTxRoot = 473,
  ChainKnownInvalid = 474,
  ChainMissingBody = 475,
  ChainGenesisMismatch = 476,
  ChainAtGenesis = 477,
  ChainBadStateRoot = 478,  // a header's state_root is not the root of the state after its block
  // 500–599: wallet (see wallet/)
  WalletWordlistInvalid = 500,
  WalletBadEntropy = 501,
  WalletMnemonicWordCount = 502,
  WalletMnemonicUnknownWord = 503,
  WalletMnemonicChecksum = 504,
  WalletBadSeed = 510,
  WalletBadPath = 511,
  WalletBadExtendedKey = 512,
  WalletHardenedFromPublic = 513,
  WalletInvalidChild = 514,
  WalletNotAWalletFile = 520,
  WalletUnknownVersion = 521,
  WalletFileCorrupt = 522,
  WalletWrongNetwork = 523,
  WalletWrongPassphrase = 524,
  WalletLocked = 525,
  WalletBadKdfParams = 526,
  WalletKdfFailed = 527,
  WalletFileIo = 528,
  WalletAccountNotFound = 529,
  WalletBadLabel = 530,
  WalletContactExists = 531,
  WalletContactNotFound = 532,
  WalletTooManyEntries = 533,
  WalletNoteMalformed = 540,
  WalletNoteUnknownFormat = 541,
  WalletNoteNotReadable = 542,
  WalletNoteTooLong = 543,         // text too long for its transaction field after encryption overhead
  WalletNoteTooManyReaders = 544,  // a sealed note for more readers than the format allows
  WalletFieldTooLong = 545,        // a memo, item, reason or name over its field maximum
  WalletNotOrderParty = 546,       // the account is not the order party this action needs
  WalletHistoryOutOfOrder = 547,   // a block connected/disconnected that is not next to the history's tip
  // 600–699: node, P2P and RPC (see chain/node, chain/net, chain/rpc)
  // 600–639: peer-to-peer network (chain/net)
  NetBadMagic = 600,           // a frame of another network (or not a Waybill frame)
  NetFrameTooLarge = 601,      // a frame header announcing a payload over the limit
  NetBadChecksum = 602,        // a frame whose payload does not match its checksum
  NetUnknownMessage = 603,     // a frame of an unknown message type
  NetWrongNetwork = 604,       // a hello for another genesis
  NetWrongVersion = 605,       // a hello with an unsupported protocol version
  NetSelfConnection = 606,     // a hello carrying our own node nonce
  NetHandshakeTimeout = 607,   // no complete handshake in time
  NetUnexpectedMessage = 608,  // a message out of order (before the handshake, twice…)
  NetPingTimeout = 609,        // no pong in time
  NetSendQueueFull = 610,      // the peer does not read what we send (slow reader)
  NetBanned = 611,             // the address is banned
  NetTooManyPeers = 612,       // the inbound or outbound limit is reached
  NetAlreadyConnected = 613,   // a connection to that endpoint exists
  NetBadAddress = 614,         // an address that cannot be parsed or used
  NetBanListCorrupt = 615,     // the ban list file is damaged
  NetBanListIo = 616,          // the ban list file cannot be read or written
  NetListenFailed = 617,       // the listening socket could not be opened
  NetSocketError = 618,        // the connection failed or was closed by the other side
  NetBadHeaders = 619,         // headers that do not connect or are not consecutive
  NetInvalidBlock = 620,       // a block that failed validation
  NetDiscouraged = 621,        // the address misbehaved lately: no outbound connection to it
  // 640–679: JSON-RPC server (chain/rpc)
  RpcParseError = 640,      // a body that is not JSON
  RpcInvalidRequest = 641,  // JSON that is not a valid JSON-RPC 2.0 request
  RpcMethodNotFound = 642,  // no method of that name
  RpcInvalidParams = 643,   // a missing, unknown or malformed parameter
  RpcInternal = 644,        // the server failed (never the caller's fault)
  RpcNotFound = 645,        // the requested object does not exist
  RpcUnauthorized = 646,    // missing or wrong cookie credentials
  RpcBodyTooLarge = 647,    // a request body over the size limit
  RpcBadEndpoint = 648,     // a [HOST:]PORT that cannot be parsed
  RpcListenFailed = 649,    // the listening socket could not be opened
  RpcCookieIo = 650,        // the cookie file cannot be written
  RpcMethodExists = 651,    // a method registered twice
  RpcNotAllowed = 652,      // wrong HTTP method, path or content type
  // 680–699: mempool (chain/mempool)
  MempoolDuplicate = 680,
  MempoolFull = 681,
  MempoolSenderLimit = 682,
  MempoolNonceTooFarAhead = 683,
  // 700–799: application and command line (see app/)
  UsageUnknownOption = 700,
  UsageMissingValue = 701,
  UsageBadValue = 702,
  IoError = 710,
  // 720–769: the node and waybilld (chain/node, app/)
  NodeNotDevClock = 720,       // dev_produce on a node without --dev-clock manual
  NodeNoProducerKeys = 721,    // production asked for and no key to produce with
  NodeProductionFailed = 722,  // a block could not be produced (template, seal or import)
  NodeUnknownNetwork = 723,    // --network names no network folder in the data directory
  NodeGenesisMismatch = 724,   // --genesis differs from the network's stored genesis.json
  NodeCheckFailed = 725,       // --check found the ledger inconsistent
  NodeDataDirIo = 726,         // the data directory or a file in it cannot be read or written
  NodeBadRelayedTx = 727,      // a peer relayed a transaction no chain could hold (bad signature, broken rule)
  // 800–849: light mode (chain/light)
  LightUnsupportedConsensus = 800,  // a header chain for an engine whose headers cannot be verified from headers alone
  LightUnknownParent = 801,         // a header whose parent is not stored
  LightStateNeeded = 802,           // the engine deferred a check that needs the parent's state
  LightProofMalformed = 810,        // a state proof whose shape contradicts itself (or an uncommitted table)
  LightProofWrongBlock = 811,    // a state proof for another block or state root than the header it is checked against
  LightProofRootMismatch = 812,  // a state proof that does not fold up to the header's state_root
  LightProofWrongKey = 813,      // a state proof for another record than the one asked for
  LightProofUnknownBlock = 814,  // a state proof against a block the header chain does not have on its best branch
  LightWitnessIncomplete = 815,  // a consensus witness lacking a record the engine reads, or not showing all delegates
};

// Returns the stable, machine-readable name of a code, e.g. "amount.too_many_decimals".
std::string_view errcName(Errc code);

// A failure: what went wrong (code) and how to say it to a person (message).
struct Error {
  Errc code = Errc::Ok;
  std::string message;
};

// Builds an Error; helper for `return fail(Errc::X, "...")`.
inline Error fail(Errc code, std::string message) { return Error{code, std::move(message)}; }

// Either a T or an Error. Check with ok() (or operator bool) before value().
template <class T>
class [[nodiscard]] Result {
public:
  Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}
  Result(Error error) : state_(std::in_place_index<1>, std::move(error)) {}

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { return std::get<0>(state_); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  const Error& error() const { return std::get<1>(state_); }
  Errc code() const { return ok() ? Errc::Ok : error().code; }

private:
  std::variant<T, Error> state_;
};

// Success or an Error, with no value.
template <>
class [[nodiscard]] Result<void> {
public:
  Result() = default;
  Result(Error error) : error_(std::move(error)), failed_(true) {}

  bool ok() const { return !failed_; }
  explicit operator bool() const { return ok(); }
  const Error& error() const { return error_; }
  Errc code() const { return failed_ ? error_.code : Errc::Ok; }

private:
  Error error_;
  bool failed_ = false;
};

using Status = Result<void>;

}  // namespace wb

// Propagates a failed Result<…> from the current function.
#define WB_TRY(expr)                                         \
  do {                                                       \
    auto&& wb_try_result_ = (expr);                          \
    if (!wb_try_result_.ok()) return wb_try_result_.error(); \
  } while (false)

// Declares `name` as the Result of `expr` and propagates its error from the current function;
// from the next statement on, `*name` is the value:
//   WB_TRY_ASSIGN(key, parseKey(text));
//   use(*key);
// The one idiom for results, as WB_TRY is for statuses (never a hand-written `if (!x) return x.error();`).
#define WB_TRY_ASSIGN(name, expr) \
  auto name = (expr);             \
  if (!name.ok()) return name.error()
