#include "chain/node/block_producer.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <algorithm>

#include "chain/consensus/consensus_errc.h"
#include "chain/core/tx_codec.h"
#include "chain/node/node_errc.h"
#include "chain/node/signed_block_record.h"

namespace wb::node {
namespace {

// Pause before trying again after a failure or when no key is eligible yet.
constexpr int kRetryMs = 1000;

}  // namespace

BlockProducer::BlockProducer(Chain& chain, const ConsensusEngine& engine, Mempool& mempool,
                             std::vector<LocalProducer> keys, ProducerOptions options, QObject* parent)
    : QObject(parent), chain_(chain), engine_(engine), mempool_(mempool), keys_(std::move(keys)), options_(options) {
  timer_.setSingleShot(true);
  connect(&timer_, &QTimer::timeout, this, &BlockProducer::sealPlanned);
}

BlockProducer::~BlockProducer() { stopMining(); }

Status BlockProducer::start() {
  if (keys_.empty()) return fail(NodeErrc::NoProducerKeys, "block production needs at least one local key");
  running_ = true;
  planNext();
  return {};
}

std::uint64_t BlockProducer::hashesPerSecond() {
  // The rate over a window of up to ~10 s: the counter moves in steps of a few
  // thousand hashes, so one-second deltas would jitter.
  constexpr qint64 kWindowMs = 10'000;
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  hashSamples_.push_back({now, hashes_.load(std::memory_order_relaxed)});
  while (hashSamples_.size() > 2 && now - hashSamples_[1].ms >= kWindowMs) hashSamples_.erase(hashSamples_.begin());
  if (!miner_ && hashSamples_.size() >= 2 && hashSamples_.front().hashes == hashSamples_.back().hashes) return 0;
  const HashSample& first = hashSamples_.front();
  const qint64 elapsed = now - first.ms;
  if (elapsed <= 0) return 0;
  return (hashSamples_.back().hashes - first.hashes) * 1000 / static_cast<std::uint64_t>(elapsed);
}

void BlockProducer::stop() {
  plannedTime_.reset();
  running_ = false;
  timer_.stop();
  ++generation_;
  stopMining();
}

void BlockProducer::setKeys(std::vector<LocalProducer> keys) {
  ++generation_;
  stopMining();
  timer_.stop();
  plannedTime_.reset();
  keys_ = std::move(keys);
  if (keys_.empty()) {
    running_ = false;
    return;
  }
  if (running_) planNext();
}

void BlockProducer::onTipChanged() {
  ++generation_;
  stopMining();
  if (running_) planNext();
}

Result<BlockProducer::Template> BlockProducer::makeTemplate(std::uint64_t horizonSeconds) {
  const TipPosition tip = chain_.tip();
  WB_TRY_ASSIGN(parent, chain_.parentContext(tip.hash));
  std::optional<ProductionPlan> plan;
  const Status planned = chain_.withTipState([&](const ParentStateView& state) -> Status {
    WB_TRY_ASSIGN(p, engine_.planProduction(*parent, &state, keys_, horizonSeconds));
    plan = *p;
    return {};
  });
  WB_TRY(planned);

  Template out;
  out.keyIndex = plan->keyIndex;
  const AccountKey producer = keys_.at(plan->keyIndex).key;
  const std::size_t room = engine_.params().maxBlockBytes - kHeaderBytes - 4;
  WB_TRY_ASSIGN(txs, mempool_.selectForBlock(producer, room));
  out.txs = std::move(*txs);
  BlockHeader& h = out.header;
  h.height = tip.height + 1;
  h.prev = tip.hash;
  h.time = plan->time;
  h.txRoot = computeTxRoot(out.txs);
  h.bits = plan->bits;
  h.producer = producer;
  // The root of the state after the block, computed as connecting it will (the
  // same rules, the same DPoS missed slots), so the sealed header commits to it.
  WB_TRY_ASSIGN(root, chain_.stateRootOnTip(Block{h, out.txs}, plan->missed));
  h.stateRoot = *root;
  // A random start keeps two miners with the same key from searching the same nonces.
  h.nonce = engine_.kind() == ConsensusKind::Pow ? QRandomGenerator::global()->generate64() : 0;
  return out;
}

Result<BlockHash> BlockProducer::importSealed(const BlockHeader& header, std::vector<Tx> txs) {
  Block block{header, std::move(txs)};
  if (engine_.kind() != ConsensusKind::Pow && !options_.signedRecord.empty()) {
    // Durable before the block leaves the node: after a power loss that took the
    // last commit, the node imports this block again rather than sign another.
    const SignedBlockRecord record(options_.signedRecord);
    WB_TRY_ASSIGN(last, record.load());
    if (*last && wouldSignTwice(engine_.kind(), (*last)->header, header)) {
      return fail(NodeErrc::ProductionFailed,
                  "this node already signed block " + std::to_string((*last)->header.height) + " at time " +
                      std::to_string((*last)->header.time) + "; it does not sign a second one for that " +
                      (engine_.kind() == ConsensusKind::Pos ? "height" : "slot"));
    }
    WB_TRY(record.save(block));
  }
  // A failure (e.g. a pooled transaction broken by a deadline at the block's
  // start) is reported; the next attempt starts from a fresh template.
  WB_TRY_ASSIGN(imported, chain_.importBlock(encodeBlock(block)));
  emit blockProduced(*imported, header.height);
  return *imported;
}

Result<std::vector<BlockHash>> BlockProducer::produce(std::size_t count) {
  if (options_.manualClock == nullptr) {
    return fail(NodeErrc::NotDevClock, "dev_produce needs a dev network started with --dev-clock manual");
  }
  if (keys_.empty()) return fail(NodeErrc::NoProducerKeys, "this node has no key to produce blocks with");
  std::vector<BlockHash> made;
  // A day of PoS kernel search is a few thousand hashes per key: cheap.
  constexpr std::uint64_t kManualHorizon = 86400;
  for (std::size_t i = 0; i < count; ++i) {
    WB_TRY_ASSIGN(t, makeTemplate(kManualHorizon));
    options_.manualClock->set(std::max(options_.manualClock->now(), t->header.time));
    const SecureBytes* secret = keys_[t->keyIndex].secret;
    SealOptions seal{.mineThreads = std::max(1u, options_.mineThreads), .maxAttempts = 0};
    WB_TRY_ASSIGN(sealed, engine_.seal(t->header, secret ? *secret : noSecret_, seal, std::stop_token{}));
    if (!*sealed) return fail(NodeErrc::ProductionFailed, "sealing stopped without a block");
    WB_TRY_ASSIGN(hash, importSealed(**sealed, std::move(t->txs)));
    made.push_back(*hash);
  }
  return made;
}

void BlockProducer::planNext() {
  timer_.stop();
  timer_.start(0);
}

void BlockProducer::sealPlanned() {
  if (!running_ || miner_) return;
  if (options_.shouldWait && options_.shouldWait()) {
    timer_.start(kRetryMs);
    return;
  }
  auto t = makeTemplate(options_.horizonSeconds);
  if (!t) {
    if (t.code() == ConsensusErrc::NotEligible) {
      timer_.start(kRetryMs);  // not our turn within the horizon: look again later
    } else {
      retryLater(t.error());
    }
    return;
  }
  plannedTime_ = t->header.time;
  const qint64 dueMs = static_cast<qint64>(t->header.time) * 1000;
  const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
  if (dueMs > nowMs) {
    timer_.start(static_cast<int>(std::min<qint64>(dueMs - nowMs, 60'000)));
    return;
  }
  const SecureBytes* secret = keys_[t->keyIndex].secret;
  if (engine_.kind() != ConsensusKind::Pow) {
    if (secret == nullptr) return retryLater(fail(NodeErrc::NoProducerKeys, "the producer key has no secret"));
    auto sealed = engine_.seal(t->header, *secret, {}, std::stop_token{});
    onMined(generation_, std::move(sealed), std::move(t->txs));
    return;
  }
  const std::uint64_t generation = generation_;
  const std::uint64_t serial = ++minerSerial_;
  const SealOptions seal{.mineThreads = std::max(1u, options_.mineThreads), .maxAttempts = 0, .hashCounter = &hashes_};
  miner_ = std::make_unique<std::jthread>(
      [this, generation, serial, seal, header = t->header, txs = std::move(t->txs)](std::stop_token stop) mutable {
        auto sealed = engine_.seal(header, noSecret_, seal, stop);
        QMetaObject::invokeMethod(
            this,
            [this, generation, serial, sealed = std::move(sealed), txs = std::move(txs)]() mutable {
              if (serial != minerSerial_ || !miner_) return;  // a stopped miner's late answer
              miner_.reset();                                 // the thread has finished its work; joining is immediate
              onMined(generation, std::move(sealed), std::move(txs));
            },
            Qt::QueuedConnection);
      });
}

void BlockProducer::onMined(std::uint64_t generation, Result<std::optional<BlockHeader>> sealed, std::vector<Tx> txs) {
  if (!running_ || generation != generation_) return;  // the tip moved meanwhile
  if (!sealed) return retryLater(sealed.error());
  if (!*sealed) {
    planNext();
    return;
  }
  auto hash = importSealed(**sealed, std::move(txs));
  if (!hash) return retryLater(hash.error());
  // The node's handler for blockProduced moved the tip and called onTipChanged.
}

void BlockProducer::stopMining() {
  if (!miner_) return;
  ++minerSerial_;
  miner_->request_stop();
  miner_.reset();  // joins: the miner returns promptly once stop is requested
}

void BlockProducer::retryLater(const Error& error) {
  emit warning(QString::fromStdString("block production: " + error.message));
  timer_.start(kRetryMs);
}

}  // namespace wb::node
