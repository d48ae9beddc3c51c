#include "chain/net/messages.h"

#include "chain/core/core_errc.h"
#include "chain/core/tx_codec.h"
#include "chain/net/net_errc.h"

namespace wb::net {
namespace {

// Reads a u32 count and checks it against [minCount, maxCount] before any item is read,
// so a hostile count never makes us allocate.
Result<std::uint32_t> readCount(Reader& in, std::string_view field, std::uint32_t minCount, std::uint32_t maxCount) {
  WB_TRY_ASSIGN(count, in.u32(field));
  if (*count > maxCount) {
    return fail(CoreErrc::DecodeFieldTooLong, std::string(field) + ": " + std::to_string(*count) +
                                                  " entries, at most " + std::to_string(maxCount) + " are allowed");
  }
  if (*count < minCount) return fail(CoreErrc::DecodeBadValue, std::string(field) + ": the list is empty");
  return *count;
}

// A counted list of 32-byte values, each named as `H` (Hash32, AccountKey, BlockHash…).
template <class H = Hash32>
Result<std::vector<H>> readHashes(Reader& in, std::string_view field, std::uint32_t minCount, std::uint32_t maxCount) {
  WB_TRY_ASSIGN(count, readCount(in, field, minCount, maxCount));
  std::vector<H> out;
  out.reserve(*count);
  for (std::uint32_t i = 0; i < *count; ++i) {
    WB_TRY_ASSIGN(hash, in.fixed<32>(field));
    out.push_back(H(*hash));
  }
  return out;
}

template <class H>
void writeHashes(Writer& out, const std::vector<H>& hashes) {
  out.u32(static_cast<std::uint32_t>(hashes.size()));
  for (const Hash32& h : hashes) out.fixed(h);
}

Result<std::vector<InvItem>> readInvItems(Reader& in, std::string_view field) {
  WB_TRY_ASSIGN(count, readCount(in, field, 1, kMaxInvEntries));
  std::vector<InvItem> out;
  out.reserve(*count);
  for (std::uint32_t i = 0; i < *count; ++i) {
    WB_TRY_ASSIGN(kind, in.u8(field));
    if (*kind != static_cast<std::uint8_t>(InvKind::Block) && *kind != static_cast<std::uint8_t>(InvKind::Tx)) {
      return fail(CoreErrc::DecodeBadValue, std::string(field) + ": unknown item kind " + std::to_string(*kind));
    }
    WB_TRY_ASSIGN(hash, in.fixed<32>(field));
    out.push_back({static_cast<InvKind>(*kind), *hash});
  }
  return out;
}

void writeInvItems(Writer& out, const std::vector<InvItem>& items) {
  out.u32(static_cast<std::uint32_t>(items.size()));
  for (const InvItem& item : items) out.u8(static_cast<std::uint8_t>(item.kind)).fixed(item.hash);
}

void writeOptionalRef(Writer& out, const std::optional<OrderRef>& ref) {
  out.u8(ref ? 1 : 0);
  if (ref) out.u64(ref->createdHeight).fixed(ref->id);
}

struct PayloadWriter {
  Writer& out;
  void operator()(const HelloMsg& m) const {
    out.u32(m.version).fixed(m.genesis).u64(m.bestHeight).fixed(m.bestHash).u64(m.nonce).u16(m.listenPort).var(m.agent);
  }
  void operator()(const HelloAckMsg&) const {}
  void operator()(const PingMsg& m) const { out.u64(m.nonce); }
  void operator()(const PongMsg& m) const { out.u64(m.nonce); }
  void operator()(const GetAddrMsg&) const {}
  void operator()(const AddrMsg& m) const {
    out.u32(static_cast<std::uint32_t>(m.endpoints.size()));
    for (const Endpoint& e : m.endpoints) out.fixed(e.ip).u16(e.port);
  }
  void operator()(const GetHeadersMsg& m) const {
    writeHashes(out, m.locator);
    out.fixed(m.stop);
  }
  void operator()(const HeadersMsg& m) const {
    out.u32(static_cast<std::uint32_t>(m.headers.size()));
    for (const BlockHeader& h : m.headers) writeHeader(out, h);
  }
  void operator()(const GetBlocksMsg& m) const { writeHashes(out, m.hashes); }
  void operator()(const BlockMsg& m) const { out.fixed(m.encoded); }
  void operator()(const NotFoundMsg& m) const { writeInvItems(out, m.items); }
  void operator()(const InvMsg& m) const { writeInvItems(out, m.items); }
  void operator()(const GetTxsMsg& m) const { writeHashes(out, m.txids); }
  void operator()(const TxMsg& m) const { writeTx(out, m.tx); }
  void operator()(const RejectMsg& m) const { out.u16(m.code).var(m.reason); }
  void operator()(const GetProofMsg& m) const { out.u8(m.table).var(m.key); }
  void operator()(const GetOrderIdsMsg& m) const {
    out.fixed(m.party).u32(m.limit);
    writeOptionalRef(out, m.before);
  }
  void operator()(const OrderIdsMsg& m) const {
    out.fixed(m.party);
    writeOptionalRef(out, m.before);
    out.u32(static_cast<std::uint32_t>(m.orders.size()));
    for (const OrderRef& ref : m.orders) out.u64(ref.createdHeight).fixed(ref.id);
    out.u8(m.more ? 1 : 0);
  }
  void operator()(const ProofMsg& m) const {
    out.u8(m.table).var(m.key).u64(m.height).fixed(m.block).fixed(m.stateRoot);
    state::ProvenValue body{m.value,
                            {m.siblings, static_cast<state::ProofEnd>(m.end), m.otherLeafKey, m.otherValueHash}};
    state::writeProvenValue(out, body);
  }
  void operator()(const GetWitnessesMsg& m) const { writeHashes(out, m.blocks); }
  void operator()(const GetDelegateKeysMsg&) const {}
  void operator()(const DelegateKeysMsg& m) const { writeHashes(out, m.keys); }
  void operator()(const WitnessesMsg& m) const {
    out.u32(static_cast<std::uint32_t>(m.witnesses.size()));
    for (const BlockWitness& w : m.witnesses) {
      out.fixed(w.block).u8(w.known ? 1 : 0);
      if (w.known) state::writeWitness(out, w.witness);
    }
  }
};

Result<OrderRef> readOrderRef(Reader& in) {
  WB_TRY_ASSIGN(height, in.u64("created height"));
  WB_TRY_ASSIGN(id, in.fixed<32>("order id"));
  return OrderRef{*height, OrderId{*id}};
}

Result<std::optional<OrderRef>> readOptionalRef(Reader& in) {
  WB_TRY_ASSIGN(has, in.u8("cursor flag"));
  if (*has > 1) return fail(CoreErrc::DecodeBadValue, "cursor flag must be 0 or 1");
  if (*has == 0) return std::optional<OrderRef>();
  WB_TRY_ASSIGN(ref, readOrderRef(in));
  return std::optional<OrderRef>(*ref);
}

Result<Message> readGetOrderIds(Reader& in) {
  GetOrderIdsMsg m;
  WB_TRY_ASSIGN(party, in.fixed<32>("party"));
  WB_TRY_ASSIGN(limit, in.u32("limit"));
  if (*limit == 0 || *limit > kMaxOrderIdsPerMessage) {
    return fail(CoreErrc::DecodeBadValue,
                "limit " + std::to_string(*limit) + " is not between 1 and " + std::to_string(kMaxOrderIdsPerMessage));
  }
  WB_TRY_ASSIGN(before, readOptionalRef(in));
  m.party = AccountKey{*party};
  m.limit = *limit;
  m.before = *before;
  return Message(m);
}

// The list must run strictly newest first, below the cursor: anything else is not an answer.
Result<Message> readOrderIds(Reader& in) {
  OrderIdsMsg m;
  WB_TRY_ASSIGN(party, in.fixed<32>("party"));
  WB_TRY_ASSIGN(before, readOptionalRef(in));
  WB_TRY_ASSIGN(count, readCount(in, "orders", 0, kMaxOrderIdsPerMessage));
  m.party = AccountKey{*party};
  m.before = *before;
  m.orders.reserve(*count);
  for (std::uint32_t i = 0; i < *count; ++i) {
    WB_TRY_ASSIGN(ref, readOrderRef(in));
    const std::optional<OrderRef>& above = m.orders.empty() ? m.before : m.orders.back();
    if (above && !(*ref < *above)) return fail(CoreErrc::DecodeBadValue, "orders are not strictly newest first");
    m.orders.push_back(*ref);
  }
  WB_TRY_ASSIGN(more, in.u8("more flag"));
  if (*more > 1) return fail(CoreErrc::DecodeBadValue, "more flag must be 0 or 1");
  m.more = *more == 1;
  return Message(std::move(m));
}

// The committed tables (chain/state's Table numbers of accounts, orders, delegates, votes, totals).
Result<std::uint8_t> readProofTable(Reader& in) {
  WB_TRY_ASSIGN(table, in.u8("table"));
  if (*table != 0 && *table != 1 && *table != 4 && *table != 6 && *table != 7) {
    return fail(CoreErrc::DecodeBadValue, "table " + std::to_string(*table) + " is not in the state tree");
  }
  return *table;
}

Result<Message> readGetProof(Reader& in) {
  GetProofMsg m;
  WB_TRY_ASSIGN(table, readProofTable(in));
  WB_TRY_ASSIGN(key, in.var("key", kMaxProofKeyBytes));
  m.table = *table;
  m.key = std::move(*key);
  return Message(std::move(m));
}

Result<Message> readProof(Reader& in) {
  ProofMsg m;
  WB_TRY_ASSIGN(table, readProofTable(in));
  WB_TRY_ASSIGN(key, in.var("key", kMaxProofKeyBytes));
  WB_TRY_ASSIGN(height, in.u64("height"));
  WB_TRY_ASSIGN(block, in.fixed<32>("block"));
  WB_TRY_ASSIGN(root, in.fixed<32>("state root"));
  WB_TRY_ASSIGN(body, state::readProvenValue(in));
  m.value = std::move(body->value);
  m.siblings = std::move(body->proof.siblings);
  m.end = static_cast<ProofEndKind>(body->proof.end);
  m.otherLeafKey = body->proof.otherLeafKey;
  m.otherValueHash = body->proof.otherValueHash;
  m.table = *table;
  m.key = std::move(*key);
  m.height = *height;
  m.block = BlockHash{*block};
  m.stateRoot = *root;
  return Message(std::move(m));
}

Result<Message> readWitnesses(Reader& in) {
  WitnessesMsg m;
  WB_TRY_ASSIGN(count, readCount(in, "witnesses", 0, kMaxWitnessBlocks));
  for (std::uint32_t i = 0; i < *count; ++i) {
    BlockWitness w;
    WB_TRY_ASSIGN(block, in.fixed<32>("block"));
    WB_TRY_ASSIGN(known, in.u8("known flag"));
    if (*known > 1) return fail(CoreErrc::DecodeBadValue, "known flag must be 0 or 1");
    w.block = BlockHash{*block};
    w.known = *known == 1;
    if (w.known) {
      WB_TRY_ASSIGN(witness, state::readWitness(in));
      w.witness = std::move(*witness);
    }
    m.witnesses.push_back(std::move(w));
  }
  return Message(std::move(m));
}

Result<Message> readHello(Reader& in) {
  HelloMsg m;
  WB_TRY_ASSIGN(version, in.u32("version"));
  WB_TRY_ASSIGN(genesis, in.fixed<32>("genesis"));
  WB_TRY_ASSIGN(height, in.u64("best height"));
  WB_TRY_ASSIGN(best, in.fixed<32>("best hash"));
  WB_TRY_ASSIGN(nonce, in.u64("nonce"));
  WB_TRY_ASSIGN(port, in.u16("listen port"));
  WB_TRY_ASSIGN(agent, in.text("agent", kMaxAgentBytes));
  m.version = *version;
  m.genesis = *genesis;
  m.bestHeight = *height;
  m.bestHash = BlockHash{*best};
  m.nonce = *nonce;
  m.listenPort = *port;
  m.agent = std::move(*agent);
  return Message(std::move(m));
}

Result<Message> readAddr(Reader& in) {
  WB_TRY_ASSIGN(count, readCount(in, "endpoints", 0, kMaxAddrEntries));
  AddrMsg m;
  m.endpoints.reserve(*count);
  for (std::uint32_t i = 0; i < *count; ++i) {
    WB_TRY_ASSIGN(ip, in.fixed<16>("ip"));
    WB_TRY_ASSIGN(port, in.u16("port"));
    m.endpoints.push_back({*ip, *port});
  }
  return Message(std::move(m));
}

Result<Message> readHeaders(Reader& in) {
  WB_TRY_ASSIGN(count, readCount(in, "headers", 0, kMaxHeadersPerMessage));
  HeadersMsg m;
  m.headers.reserve(*count);
  for (std::uint32_t i = 0; i < *count; ++i) {
    WB_TRY_ASSIGN(header, readHeader(in));
    m.headers.push_back(*header);
  }
  return Message(std::move(m));
}

Result<Message> readPayload(MessageType type, ByteView payload) {
  if (type == MessageType::Block) {
    // The whole payload is one block; decodeBlock checks its structure strictly.
    WB_TRY_ASSIGN(block, decodeBlock(payload));
    return Message(BlockMsg{Bytes(payload.begin(), payload.end()), block->header});
  }
  Reader in(payload);
  auto read = [&]() -> Result<Message> {
    switch (type) {
      case MessageType::Hello:
        return readHello(in);
      case MessageType::HelloAck:
        return Message(HelloAckMsg{});
      case MessageType::Ping:
      case MessageType::Pong: {
        WB_TRY_ASSIGN(nonce, in.u64("nonce"));
        return type == MessageType::Ping ? Message(PingMsg{*nonce}) : Message(PongMsg{*nonce});
      }
      case MessageType::GetAddr:
        return Message(GetAddrMsg{});
      case MessageType::Addr:
        return readAddr(in);
      case MessageType::GetHeaders: {
        WB_TRY_ASSIGN(locator, readHashes<BlockHash>(in, "locator", 0, kMaxLocatorHashes));
        WB_TRY_ASSIGN(stop, in.fixed<32>("stop hash"));
        return Message(GetHeadersMsg{std::move(*locator), BlockHash{*stop}});
      }
      case MessageType::Headers:
        return readHeaders(in);
      case MessageType::GetBlocks: {
        WB_TRY_ASSIGN(hashes, readHashes<BlockHash>(in, "hashes", 1, kMaxBlocksPerRequest));
        return Message(GetBlocksMsg{std::move(*hashes)});
      }
      case MessageType::NotFound:
      case MessageType::Inv: {
        WB_TRY_ASSIGN(items, readInvItems(in, "items"));
        return type == MessageType::Inv ? Message(InvMsg{std::move(*items)}) : Message(NotFoundMsg{std::move(*items)});
      }
      case MessageType::GetTxs: {
        WB_TRY_ASSIGN(txids, readHashes(in, "txids", 1, kMaxInvEntries));
        return Message(GetTxsMsg{std::move(*txids)});
      }
      case MessageType::Tx: {
        WB_TRY_ASSIGN(tx, readTx(in));
        return Message(TxMsg{std::move(*tx)});
      }
      case MessageType::Reject: {
        WB_TRY_ASSIGN(code, in.u16("code"));
        WB_TRY_ASSIGN(reason, in.text("reason", kMaxRejectReasonBytes));
        return Message(RejectMsg{*code, std::move(*reason)});
      }
      case MessageType::GetProof:
        return readGetProof(in);
      case MessageType::Proof:
        return readProof(in);
      case MessageType::GetOrderIds:
        return readGetOrderIds(in);
      case MessageType::OrderIds:
        return readOrderIds(in);
      case MessageType::GetWitnesses: {
        WB_TRY_ASSIGN(blocks, readHashes<BlockHash>(in, "blocks", 1, kMaxWitnessBlocks));
        return Message(GetWitnessesMsg{std::move(*blocks)});
      }
      case MessageType::Witnesses:
        return readWitnesses(in);
      case MessageType::GetDelegateKeys:
        return Message(GetDelegateKeysMsg{});
      case MessageType::DelegateKeys: {
        WB_TRY_ASSIGN(keys, readHashes<AccountKey>(in, "delegate keys", 0, state::kMaxWitnessRecords));
        return Message(DelegateKeysMsg{std::move(*keys)});
      }
      case MessageType::Block:
        break;  // handled above
    }
    return fail(NetErrc::UnknownMessage, "unknown message type");
  };
  auto message = read();
  if (!message) return message;
  WB_TRY(in.finish());
  return message;
}

}  // namespace

std::string_view messageTypeName(MessageType type) {
  switch (type) {
    case MessageType::Hello:
      return "hello";
    case MessageType::HelloAck:
      return "hello_ack";
    case MessageType::Ping:
      return "ping";
    case MessageType::Pong:
      return "pong";
    case MessageType::GetAddr:
      return "getaddr";
    case MessageType::Addr:
      return "addr";
    case MessageType::GetHeaders:
      return "getheaders";
    case MessageType::Headers:
      return "headers";
    case MessageType::GetBlocks:
      return "getblocks";
    case MessageType::Block:
      return "block";
    case MessageType::NotFound:
      return "notfound";
    case MessageType::Inv:
      return "inv";
    case MessageType::GetTxs:
      return "gettxs";
    case MessageType::Tx:
      return "tx";
    case MessageType::Reject:
      return "reject";
    case MessageType::GetProof:
      return "getproof";
    case MessageType::Proof:
      return "proof";
    case MessageType::GetOrderIds:
      return "getorderids";
    case MessageType::OrderIds:
      return "orderids";
    case MessageType::GetWitnesses:
      return "getwitnesses";
    case MessageType::Witnesses:
      return "witnesses";
    case MessageType::GetDelegateKeys:
      return "getdelegatekeys";
    case MessageType::DelegateKeys:
      return "delegatekeys";
  }
  return "unknown";
}

BlockMsg BlockMsg::of(const Block& block) { return BlockMsg{encodeBlock(block), block.header}; }

MessageType messageType(const Message& message) { return static_cast<MessageType>(message.index() + 1); }

Bytes encodePayload(const Message& message) {
  Writer out;
  std::visit(PayloadWriter{out}, message);
  return std::move(out).take();
}

Result<Message> decodeMessage(std::uint8_t type, ByteView payload) {
  if (type < static_cast<std::uint8_t>(MessageType::Hello) ||
      type > static_cast<std::uint8_t>(MessageType::DelegateKeys)) {
    return fail(NetErrc::UnknownMessage, "unknown message type " + std::to_string(type));
  }
  const auto known = static_cast<MessageType>(type);
  auto message = readPayload(known, payload);
  if (!message) return fail(message.code(), std::string(messageTypeName(known)) + ": " + message.error().message);
  return message;
}

}  // namespace wb::net
