// Local block production (DESIGN §4, §7): PoW mines, PoS stakes, DPoS forges in
// its own slots, always on top of the current tip, with the mempool's best
// transactions. Planning and sealing come from the consensus engine.
//
// Two modes:
//   automatic  (start()): after every tip change the next block is planned; the
//              producer waits for its time on a timer and seals it. PoW mining
//              runs on worker threads; a new tip stops it at once (onTipChanged).
//   manual     (produce(n), dev networks with --dev-clock manual): the
//              ManualClock jumps to each planned time and the blocks are made
//              at once, one after the other.
// Lives on the node's thread; everything but mining happens there.
#pragma once

#include <QObject>
#include <QTimer>
#include <atomic>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <stop_token>
#include <thread>
#include <vector>

#include "chain/consensus/engine.h"
#include "chain/core/ids.h"
#include "chain/mempool/mempool.h"
#include "chain/store/chain.h"

namespace wb::node {

struct ProducerOptions {
  unsigned mineThreads = 1;
  ManualClock* manualClock = nullptr;  // set: manual mode (produce() only)
  std::uint64_t horizonSeconds = 600;  // how far ahead PoS/DPoS plans look
  // Automatic mode waits while this says so (the node is catching up with its
  // peers: building on an old tip would only make orphans).
  std::function<bool()> shouldWait;
  // PoS/DPoS: where the last signed block is kept before it leaves the node
  // (SignedBlockRecord); empty = nowhere (tests of the producer alone).
  std::filesystem::path signedRecord;
};

class BlockProducer : public QObject {
  Q_OBJECT
public:
  // `chain`, `engine` and `mempool` must outlive the producer; so must the
  // secrets `keys` point to.
  BlockProducer(Chain& chain, const ConsensusEngine& engine, Mempool& mempool, std::vector<LocalProducer> keys,
                ProducerOptions options, QObject* parent = nullptr);
  ~BlockProducer() override;  // stops mining and waits for the miners

  // Starts automatic production. Fails with NodeErrc::NoProducerKeys.
  [[nodiscard]] Status start();
  // Stops automatic production (and any mining).
  void stop();
  bool running() const { return running_; }
  // Whether there is a local key to produce with at all.
  bool canProduce() const { return !keys_.empty(); }
  // Replaces the keys (the secrets they point to must outlive their use here).
  // Any block being mined or planned with the old keys is abandoned; automatic
  // production goes on with the new keys, or stops when there are none.
  void setKeys(std::vector<LocalProducer> keys);
  // PoW: hashes per second over the last few seconds of mining (0 when idle).
  // Reads and updates the sampling window, hence not const.
  std::uint64_t hashesPerSecond();
  // The time (unix seconds) of the block planned next in automatic mode, if any.
  std::optional<std::uint64_t> plannedTime() const { return plannedTime_; }

  // Manual mode: produces `count` blocks now, each on the new tip, moving the
  // manual clock to each block's planned time. Returns their hashes. Fails with
  // NodeErrc::NotDevClock without a manual clock, NodeErrc::NoProducerKeys, or the planning,
  // sealing or import error (blocks made before it stay).
  [[nodiscard]] Result<std::vector<BlockHash>> produce(std::size_t count);

  // The tip moved (our block, a peer's, a reorganisation): stop mining on the old
  // tip and plan again.
  void onTipChanged();

signals:
  // A block of ours was connected as the new tip (already imported).
  void blockProduced(wb::BlockHash hash, quint64 height);
  // Production failed in automatic mode; it retries after a pause.
  void warning(QString message);

private:
  struct Template {
    BlockHeader header;
    std::vector<Tx> txs;
    std::size_t keyIndex = 0;
  };
  // Plans the next block on the tip and fills its header and transactions.
  [[nodiscard]] Result<Template> makeTemplate(std::uint64_t horizonSeconds);
  // Encodes and imports a sealed block; returns its hash.
  [[nodiscard]] Result<BlockHash> importSealed(const BlockHeader& header, std::vector<Tx> txs);
  void planNext();
  void sealPlanned();
  void onMined(std::uint64_t generation, Result<std::optional<BlockHeader>> sealed, std::vector<Tx> txs);
  void stopMining();
  void retryLater(const Error& error);

  Chain& chain_;
  const ConsensusEngine& engine_;
  Mempool& mempool_;
  std::vector<LocalProducer> keys_;
  const SecureBytes noSecret_;  // PoW needs no secret; the engine's seal still takes one
  ProducerOptions options_;
  bool running_ = false;
  QTimer timer_;
  std::uint64_t generation_ = 0;   // bumped on every tip change: stale miners' results are dropped
  std::uint64_t minerSerial_ = 0;  // identifies the running miner, so a stopped one's answer is ignored
  std::unique_ptr<std::jthread> miner_;
  std::atomic<std::uint64_t> hashes_{0};  // PoW hashes tried, for hashesPerSecond()
  struct HashSample {
    qint64 ms = 0;
    std::uint64_t hashes = 0;
  };
  std::vector<HashSample> hashSamples_;  // a short window, oldest first
  std::optional<std::uint64_t> plannedTime_;
};

}  // namespace wb::node
