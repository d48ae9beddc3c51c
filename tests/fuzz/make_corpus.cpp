// fuzz_make_corpus OUTDIR: writes the seed corpus of every fuzz target (the
// files checked in under tests/fuzz/corpus/), one folder per target, from real
// data: signed transactions of all 12 kinds, signed blocks, every P2P message
// and whole frame streams, JSON-RPC bodies, the three dev genesis files, a
// real wallet file and [HOST:]PORT texts. Signatures and the wallet salt are
// random, so regenerated files differ byte-wise. Regenerate after a format change:
//   fuzz_make_corpus tests/fuzz/corpus
// Each valid seed is checked against its decoder before it is written.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "chain/core/block.h"
#include "chain/core/genesis.h"
#include "chain/core/tx_codec.h"
#include "chain/core/tx_sign.h"
#include "chain/net/frame.h"
#include "chain/net/messages.h"
#include "tests/chain/core/tx_samples.h"
#include "tests/fuzz/fuzz_target.h"
#include "wallet/keystore.h"

using namespace wb;
namespace fs = std::filesystem;

namespace {

fs::path g_out;

void write(const std::string& target, const std::string& name, ByteView bytes) {
  const fs::path dir = g_out / target;
  fs::create_directories(dir);
  std::ofstream out(dir / name, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(bytes.data()), std::streamsize(bytes.size()));
  if (!out) {
    std::fprintf(stderr, "cannot write %s\n", (dir / name).c_str());
    std::exit(1);
  }
}

void write(const std::string& target, const std::string& name, std::string_view text) {
  write(target, name, asBytes(text));
}

template <class T>
T need(Result<T>&& result, const char* what) {
  if (!result.ok()) {
    std::fprintf(stderr, "%s: %s\n", what, result.error().message.c_str());
    std::exit(1);
  }
  return std::move(result).value();
}

void needOk(const Status& status, const char* what) {
  if (!status.ok()) {
    std::fprintf(stderr, "%s: %s\n", what, status.error().message.c_str());
    std::exit(1);
  }
}

Bytes concat(std::initializer_list<ByteView> parts) {
  Bytes out;
  for (ByteView part : parts) out.insert(out.end(), part.begin(), part.end());
  return out;
}

std::vector<Tx> signedTxs(const SecpContext& ctx, const ChainParams& params) {
  const test::TestKey buyer = test::makeKey(ctx, 1);
  const test::TestKey merchant = test::makeKey(ctx, 2);
  const test::TestKey arbiter = test::makeKey(ctx, 3);
  std::vector<Tx> txs = test::sampleTxs(buyer.key, merchant.key, arbiter.key);
  for (Tx& tx : txs) {
    needOk(signTx(ctx, buyer.secret, params.genesisHash, tx), "sign");
  }
  return txs;
}

Block signedBlock(const SecpContext& ctx, const ChainParams& params, std::vector<Tx> txs, std::uint64_t height) {
  const test::TestKey producer = test::makeKey(ctx, 9);
  Block block;
  block.header.height = height;
  block.header.prev = test::filled(0x11);
  block.header.time = 1'700'000'000 + height;
  block.header.bits = params.initialBits;
  block.header.producer = producer.key;
  block.txs = std::move(txs);
  block.header.txRoot = computeTxRoot(block.txs);
  needOk(signHeader(ctx, producer.secret, params.genesisHash, block.header), "sign header");
  return block;
}

void txCorpus(const std::vector<Tx>& txs) {
  for (const Tx& tx : txs) {
    const Bytes encoded = encodeTx(tx);
    need(decodeTx(encoded), "tx seed");
    write("tx", std::string(txKindName(tx.kind())), encoded);
  }
}

void blockCorpus(const std::vector<Block>& blocks) {
  for (const Block& block : blocks) {
    const Bytes encoded = encodeBlock(block);
    need(decodeBlock(encoded), "block seed");
    write("block", "block_" + std::to_string(block.txs.size()) + "_txs", encoded);
  }
}

void p2pCorpus(const std::vector<Tx>& txs, const std::vector<Block>& blocks) {
  using namespace wb::net;
  const Hash32 a = test::filled(0xa1);
  const Hash32 b = test::filled(0xb2);
  const BlockHash blockA{a}, blockB{b};
  const std::vector<Message> messages{
      HelloMsg{kProtocolVersion, a, 42, blockB, 0x1234'5678'9abc'def0ULL, 9333, "waybill/0.1.0"},
      HelloAckMsg{},
      PingMsg{7},
      PongMsg{7},
      GetAddrMsg{},
      AddrMsg{{Endpoint{{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 127, 0, 0, 1}, 9333},
               Endpoint{{0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7}, 80}}},
      GetHeadersMsg{{blockA, blockB}, BlockHash{}},
      HeadersMsg{{blocks[0].header, blocks[1].header}},
      GetBlocksMsg{{blockA, blockB}},
      BlockMsg::of(blocks[1]),
      NotFoundMsg{{InvItem{InvKind::Tx, a}}},
      InvMsg{{InvItem{InvKind::Block, a}, InvItem{InvKind::Tx, b}}},
      GetTxsMsg{{a}},
      TxMsg{txs[1]},
  };
  Bytes stream;
  for (const Message& message : messages) {
    const auto type = static_cast<std::uint8_t>(messageType(message));
    const Bytes payload = encodePayload(message);
    need(decodeMessage(type, payload), "message seed");
    const std::string name(messageTypeName(messageType(message)));
    // Message mode: even first byte, then the type, then the payload.
    write("p2p_frame", "message_" + name, concat({Bytes{0x00, type}, payload}));
    const Bytes frame = encodeFrame(fuzz::kFuzzMagic, type, payload);
    stream.insert(stream.end(), frame.begin(), frame.end());
    // Stream mode, one frame fed 8 bytes at a time (first byte 0x0f: chunk 8).
    write("p2p_frame", "frame_" + name, concat({Bytes{0x0f}, frame}));
  }
  // Every frame in one stream, fed one byte at a time (0x01) and in 128-byte chunks (0xff).
  write("p2p_frame", "stream_bytewise", concat({Bytes{0x01}, stream}));
  write("p2p_frame", "stream_chunks", concat({Bytes{0xff}, stream}));
}

void rpcCorpus() {
  const std::vector<std::pair<const char*, const char*>> bodies{
      {"call_echo", R"({"jsonrpc":"2.0","id":1,"method":"echo","params":{"a":[1,2,{"b":null}]}})"},
      {"call_typed",
       R"({"jsonrpc":"2.0","id":"x","method":"typed","params":{"text":"茶叶","integer":-5,"flag":true,"amount":"12.5",)"
       R"("hash":"0000000000000000000000000000000000000000000000000000000000000001","role":"merchant",)"
       R"("list":["a","b"],"secret":"pw"}})"},
      {"call_later", R"({"jsonrpc":"2.0","id":2,"method":"later","params":{}})"},
      {"call_dropped", R"({"jsonrpc":"2.0","id":3,"method":"dropped"})"},
      {"batch", R"([{"jsonrpc":"2.0","id":1,"method":"later"},{"jsonrpc":"2.0","method":"echo"},)"
                R"({"jsonrpc":"2.0","id":null,"method":"typed","params":{"amount":"0.00000001"}},)"
                R"({"jsonrpc":"2.0","id":4,"method":"nope"},5,{"jsonrpc":"2.0","id":6,"method":"later"}])"},
      {"notification", R"({"jsonrpc":"2.0","method":"echo","params":{}})"},
      {"invalid_request", R"({"jsonrpc":"1.0","id":[1],"method":7,"extra":1})"},
      {"scalar", "5"},
  };
  for (const auto& [name, body] : bodies) write("rpc_body", name, std::string_view(body));
}

void genesisCorpus(const std::vector<AccountKey>& keys) {
  std::span<const AccountKey, kDevAccounts> accounts(keys.data(), kDevAccounts);
  for (ConsensusKind kind : {ConsensusKind::Pow, ConsensusKind::Pos, ConsensusKind::Dpos}) {
    const GenesisFile file = need(makeDevGenesis(kind, 1'700'000'000, accounts), "dev genesis");
    const std::string json = writeGenesisJson(file);
    need(parseGenesisJson(json), "genesis seed");
    write("genesis_json", "dev_" + std::string(consensusKindName(kind)) + ".json", json);
  }
}

void keystoreCorpus(const SecpContext& ctx, const std::vector<AccountKey>& keys) {
  KeystoreParams params;
  params.network = NetworkId{"wbd", test::filled(0x5a)};
  params.kdf = KdfParams::minimum();
  params.birthdayHeight = 12;
  const char* mnemonic =
      "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
  Keystore keystore = need(Keystore::create(ctx, params, mnemonic, "TREZOR", "wallet passphrase"), "keystore");
  need(keystore.addAccount(ctx, "shop till"), "account");
  needOk(keystore.addContact(ctx, "supplier 供应商", keys[4]), "contact");
  const Bytes file = keystore.serialize();
  need(decodeWalletFile(file), "wallet seed");
  write("keystore_file", "wallet", file);

  WalletSecrets secrets{SecureBytes::copyOf(std::string_view(mnemonic)),
                        SecureBytes::copyOf(std::string_view("TREZOR")), SecureBytes::copyOf(Bytes(64, 0x77))};
  const SecureBytes payload = encodeWalletSecrets(secrets);
  need(decodeWalletSecrets(payload), "secrets seed");
  write("keystore_file", "secrets_payload", payload.view());
}

void hostPortCorpus() {
  const std::vector<std::pair<const char*, const char*>> texts{
      {"port", "9333"},
      {"ipv4", "203.0.113.5:9333"},
      {"ipv6", "[2001:db8::7]:80"},
      {"mapped", "[::ffff:10.0.0.5]:7"},
      {"localhost", "localhost:0"},
      {"name", "node-1.example.org:65535"},
  };
  for (const auto& [name, text] : texts) write("host_port", name, std::string_view(text));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: fuzz_make_corpus OUTDIR\n");
    return 2;
  }
  g_out = argv[1];
  const SecpContext& ctx = fuzz::secpContext();
  // The block and tx targets check against dev parameters; the signatures use
  // their zero genesis hash, so the seeds' signatures verify there.
  const ChainParams params = devParams(ConsensusKind::Pos);
  const std::vector<Tx> txs = signedTxs(ctx, params);
  const std::vector<Block> blocks{signedBlock(ctx, params, {}, 1),
                                  signedBlock(ctx, params, {txs[0], txs[1], txs[11]}, 2),
                                  signedBlock(ctx, params, txs, 3)};
  std::vector<AccountKey> keys;
  for (std::size_t i = 0; i < kDevAccounts; ++i) keys.push_back(test::makeKey(ctx, Byte(20 + i)).key);

  txCorpus(txs);
  blockCorpus(blocks);
  p2pCorpus(txs, blocks);
  rpcCorpus();
  genesisCorpus(keys);
  keystoreCorpus(ctx, keys);
  hostPortCorpus();
  std::printf("seed corpus written to %s\n", g_out.c_str());
  return 0;
}
