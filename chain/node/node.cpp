#include "chain/node/node.h"

#include <QDir>
#include <QTimer>
#include <algorithm>

#include "chain/core/core_errc.h"
#include "chain/core/tx_sign.h"
#include "chain/mempool/mempool_errc.h"
#include "chain/mempool/tx_file.h"
#include "chain/node/block_orders.h"
#include "chain/node/chain_rpc.h"
#include "chain/node/node_errc.h"
#include "chain/node/node_genesis.h"
#include "chain/node/rpc_json.h"
#include "chain/node/signed_block_record.h"

namespace wb::node {
namespace {

// Blocks published per tip change at most (a long sync publishes only the newest).
constexpr std::uint64_t kMaxPublishedPerMove = 64;
// Published (height, hash) pairs remembered to find a reorganisation's fork point.
constexpr std::size_t kPublishedMemory = 256;

std::filesystem::path signedRecordPath(const QString& networkDir) {
  return std::filesystem::path(QDir(networkDir).filePath("last_signed.dat").toStdString());
}

// True when a transaction refused with `code` is invalid whatever the ledger
// holds (malformed, badly signed, breaking a rule the genesis fixes), so an
// honest peer would never have relayed it. A refusal against the current state
// (nonce used, funds spent, order moved on) or the pool's own limits is normal
// traffic between honest nodes whose views differ for a moment.
bool provesBadRelay(ErrorCode code) {
  const auto value = code.value();
  return (value >= 100 && value < 200) ||  // decoding
         code == CoreErrc::CryptoBadSignature || code == CoreErrc::CryptoBadPublicKey ||
         (value >= 300 && value < 330);  // transaction rules (chain/core/tx_check.h)
}

}  // namespace

Node::Node(NodeConfig config, const SecpContext& ctx) : config_(std::move(config)), ctx_(ctx) {}

Node::~Node() {
  // Services attached to the node (the wallet's RPC methods) go before the
  // parts they use; QObject would delete them only after the members below.
  const QObjectList attached = children();
  qDeleteAll(attached);
  // The producer's miners use the engine and the chain: stop them first.
  producer_.reset();
  saveMempool();
  if (rpc_) rpc_->stop();
  rpc_.reset();
  readers_.reset();  // reads still running finish before the chain goes
  peers_.reset();
}

Result<std::unique_ptr<Node>> Node::open(NodeConfig config, const SecpContext& ctx) {
  std::unique_ptr<Node> node(new Node(std::move(config), ctx));
  WB_TRY(node->build());
  return node;
}

QString Node::networkDir() const {
  return QDir(config_.dataDir).filePath(QString::fromStdString(config_.genesis.params.name));
}

Status Node::build() {
  if (config_.manualClock) {
    // A manual clock tells the chain's own time, not the wall clock's: it starts
    // at the genesis time (below: after the tip) and moves only with dev_produce.
    // Starting it at the wall clock would put a backdated dev network's next
    // block a month after its tip, and every later one ahead of real time.
    auto manual = std::make_unique<ManualClock>(config_.genesis.params.genesisTime);
    manualClock_ = manual.get();
    clock_ = std::move(manual);
  } else {
    clock_ = std::make_unique<SystemClock>();
  }
  const ChainGenesis genesis = chainGenesisFrom(config_.genesis);
  WB_TRY_ASSIGN(engine, makeEngine(genesis.params, *clock_, ctx_, genesisDelegateKeys(config_.genesis)));
  engine_ = std::move(*engine);

  WB_TRY_ASSIGN(chain, Chain::open(config_.dataDir.toStdString(), genesis.params.name, genesis, ctx_, engine_.get()));
  chain_ = std::move(*chain);
  readers_ = std::make_unique<ReaderPool>(ReaderPool::defaultThreads());
  const TipPosition tip = chain_->tip();
  if (manualClock_ != nullptr) {
    // A restarted manual node continues after its tip, never before it.
    auto record = chain_->headerRecord(tip.hash);
    if (record && *record) manualClock_->set(std::max(manualClock_->now(), (*record)->header.time));
  }
  recoverSignedBlock();
  evidence_ =
      std::make_unique<EvidenceLog>(std::filesystem::path(QDir(networkDir()).filePath("evidence.dat").toStdString()));
  if (const Status loaded = evidence_->load(ctx_, chain_->params()); !loaded) {
    qWarning("evidence.dat ignored: %s", loaded.error().message.c_str());
  }
  mempool_ = std::make_unique<Mempool>(chain_->params(), ctx_, chain_->latestState(), tip.height, config_.mempool,
                                       [this] { return clock_->now(); });
  mempool_->shareVerifiedSignatures(&chain_->verifiedSignatures());
  mempool_->setConfirmedCheck([this](const Hash32& txid) {
    auto location = chain_->txLocation(txid);
    return location && location->has_value();
  });

  loadMempool();

  net::PeerManagerConfig peerConfig;
  peerConfig.banListPath = QDir(networkDir()).filePath("banlist.dat");
  peerConfig.agent = config_.agent;
  peers_ = std::make_unique<net::PeerManager>(*chain_, peerConfig);
  peers_->setTxSource([this](const Hash32& txid) { return mempool_->find(txid); });
  // Proofs for light peers are read on the reader threads (DESIGN §11), not here.
  peers_->setReadExecutor([this](std::function<void()> work) {
    if (readers_) readers_->post(std::move(work));  // none while the node is being destroyed
  });
  connect(peers_.get(), &net::PeerManager::tipAdvanced, this, [this] { onTipMoved(); });
  connect(peers_.get(), &net::PeerManager::sideBranchStored, this, &Node::onSideBranch);
  connect(peers_.get(), &net::PeerManager::txReceived, this, &Node::onPeerTx);
  connect(peers_.get(), &net::PeerManager::warning, this, &Node::warning);
  if (!peers_->banListStatus()) emit warning(QString::fromStdString(peers_->banListStatus().error().message));

  if (config_.rpc) {
    rpc::RpcServerOptions rpcOptions;
    rpcOptions.endpoint = *config_.rpc;
    rpcOptions.cookiePath = QDir(networkDir()).filePath("rpc.cookie");
    rpcOptions.addressHrp = chain_->params().hrp;
    rpc_ = std::make_unique<rpc::RpcServer>(rpcOptions);
    WB_TRY(registerChainRpc(*this, rpc_->dispatcher()));
  }

  ProducerOptions producerOptions;
  producerOptions.mineThreads = std::max(1u, config_.mineThreads);
  producerOptions.manualClock = manualClock_;
  // A half-done branch switch leaves a tip lighter than both branches: never build on it.
  producerOptions.shouldWait = [this] { return peers_->syncing() || chain_->reorganizationPending(); };
  producerOptions.signedRecord = signedRecordPath(networkDir());
  producer_ = std::make_unique<BlockProducer>(*chain_, *engine_, *mempool_, config_.producers, producerOptions);
  // Direct: in manual mode the next block's template needs the pool already updated.
  connect(producer_.get(), &BlockProducer::blockProduced, this, [this](const BlockHash& hash, quint64) {
    peers_->announceBlock(hash);
    onTipMoved();
  });
  connect(producer_.get(), &BlockProducer::warning, this, &Node::warning);

  published_.emplace_back(tip.height, tip.hash);
  finishReorganization();
  return {};
}

namespace {

std::filesystem::path mempoolFilePath(const QString& networkDir) {
  return std::filesystem::path(QDir(networkDir).filePath("mempool.dat").toStdString());
}

}  // namespace

void Node::recoverSignedBlock() {
  const SignedBlockRecord record(signedRecordPath(networkDir()));
  auto block = record.load();
  if (!block || !*block) {
    if (!block) qWarning("%s: ignored: %s", record.path().c_str(), block.error().message.c_str());
    return;
  }
  if ((*block)->header.prev != chain_->tip().hash) return;  // stored, or on a branch the node left
  auto imported = chain_->importBlock(encodeBlock(**block));
  if (!imported) {
    qWarning("%s: block %llu not imported: %s", record.path().c_str(),
             static_cast<unsigned long long>((*block)->header.height), imported.error().message.c_str());
    return;
  }
  qInfo("%s: block %llu, lost from the store, imported again", record.path().c_str(),
        static_cast<unsigned long long>((*block)->header.height));
}

void Node::loadMempool() {
  const auto path = mempoolFilePath(networkDir());
  auto contents = readTxFile(path, kMempoolFileMagic);
  if (!contents) {
    qWarning("%s: ignored: %s", path.c_str(), contents.error().message.c_str());
    return;
  }
  for (const std::string& problem : contents->problems) qWarning("%s: %s", path.c_str(), problem.c_str());
  std::size_t dropped = 0;
  for (const Tx& tx : contents->txs) {
    auto added = mempool_->add(tx);
    if (added || added.code() == MempoolErrc::Duplicate) continue;
    ++dropped;
    qWarning("%s: dropped %s: %s", path.c_str(), toHex(computeTxid(tx)).c_str(), added.error().message.c_str());
  }
  (void)mempool_->takeRecentDrops();  // nobody has asked about them in this run
  if (!contents->txs.empty()) {
    qInfo("%s: %zu transactions back in the mempool, %zu dropped", path.c_str(), contents->txs.size() - dropped,
          dropped);
  }
}

void Node::saveMempool() const {
  if (!mempool_) return;
  const auto path = mempoolFilePath(networkDir());
  const std::vector<Tx> txs = mempool_->transactions();
  const Status saved = writeTxFile(path, kMempoolFileMagic, txs);
  if (!saved) qWarning("%s: not saved: %s", path.c_str(), saved.error().message.c_str());
}

Status Node::start() {
  if (config_.listen) WB_TRY(peers_->listen(config_.listen->host, config_.listen->port));
  for (const net::HostPort& peer : config_.connect) {
    auto id = peers_->connectTo(peer, net::Dial::Persistent);
    if (!id)
      emit warning(QString::fromStdString("cannot connect to " + peer.host.toString().toStdString() + ":" +
                                          std::to_string(peer.port) + ": " + id.error().message));
  }
  if (rpc_) WB_TRY(rpc_->start());
  if (config_.produce && manualClock_ == nullptr) {
    wantProduce_ = true;
    if (config_.awaitProducerKeys && !producer_->canProduce()) return {};  // starts in setProducerKeys
    const Status started = producer_->start();
    if (!started) {
      wantProduce_ = false;
      if (rpc_) rpc_->stop();
      return started;
    }
  }
  return {};
}

Result<Hash32> Node::submitTx(const Tx& tx) {
  auto txid = mempool_->add(tx);
  publishDrops();  // expired or evicted to make room
  WB_TRY(txid);
  peers_->announceTx(*txid);
  const QString id = hexString(*txid);
  publish(rpc::RpcTopic::TxStatus,
          QJsonObject{{"txid", id}, {"status", mempool_->isReady(*txid) ? "pending" : "waiting"}},
          {id, addressString(params().hrp, tx.sender)});
  emit txAccepted(*txid);
  return *txid;
}

Status Node::setProducing(bool on) {
  if (!on) {
    wantProduce_ = false;
    producer_->stop();
    return {};
  }
  if (manualClock_ != nullptr) return fail(NodeErrc::NotDevClock, "a manual-clock node produces only on dev_produce");
  if (producer_->running()) return {};
  WB_TRY(producer_->start());
  wantProduce_ = true;
  return {};
}

void Node::setProducerKeys(std::vector<ProducerKey> keys) {
  std::vector<LocalProducer> producers;
  std::vector<std::shared_ptr<const SecureBytes>> secrets;
  for (ProducerKey& k : keys) {
    producers.push_back(LocalProducer{k.key, k.secret.get()});
    if (k.secret) secrets.push_back(std::move(k.secret));
  }
  // The producer drops the old pointers before the old secrets go.
  producer_->setKeys(std::move(producers));
  producerSecrets_ = std::move(secrets);
  if (wantProduce_ && manualClock_ == nullptr && !producer_->running() && producer_->canProduce()) {
    if (const Status started = producer_->start(); !started)
      emit warning(QString::fromStdString(started.error().message));
  }
}

Result<std::vector<BlockHash>> Node::devProduce(std::size_t count) { return producer_->produce(count); }

Result<std::optional<Node::TxStatus>> Node::txStatus(const Hash32& txid) const {
  if (mempool_->contains(txid)) {
    TxStatus status;
    status.state = mempool_->isReady(txid) ? TxStatus::State::Pending : TxStatus::State::Waiting;
    return std::optional<TxStatus>(status);
  }
  WB_TRY_ASSIGN(location, chain_->txLocation(txid));
  if (!*location) {
    auto reason = mempool_->dropReason(txid);
    if (!reason) return std::optional<TxStatus>();
    TxStatus status;
    status.state = TxStatus::State::Dropped;
    status.dropReason = *reason;
    return std::optional<TxStatus>(status);
  }
  TxStatus status;
  status.state = TxStatus::State::Confirmed;
  status.location = **location;
  return std::optional<TxStatus>(status);
}

void Node::onTipMoved(const std::vector<Block>& disconnected) {
  if (params().consensus == ConsensusKind::Dpos) {
    for (const Block& block : disconnected) checkDoubleProduction(block.header);
  }
  std::vector<Tx> returning;
  for (const Block& block : disconnected) returning.insert(returning.end(), block.txs.begin(), block.txs.end());
  const TipPosition tip = chain_->tip();
  mempool_->onNewTip(tip.height, returning);
  producer_->onTipChanged();

  // The highest published block still on the main chain is where the new blocks start.
  std::optional<std::uint64_t> fork;
  while (!published_.empty()) {
    const auto [height, hash] = published_.back();
    if (height <= tip.height) {
      auto at = chain_->hashAtHeight(height);
      if (at && *at && **at == hash) {
        fork = height;
        break;
      }
    }
    published_.pop_back();
  }
  std::uint64_t first = fork ? *fork + 1 : 1;
  if (tip.height >= kMaxPublishedPerMove && first < tip.height - kMaxPublishedPerMove + 1) {
    first = tip.height - kMaxPublishedPerMove + 1;
  }
  for (std::uint64_t h = first; h <= tip.height; ++h) {
    auto hash = chain_->hashAtHeight(h);
    if (!hash || !*hash) break;
    auto block = chain_->block(**hash);
    if (!block || !*block) break;
    publishBlock(**block, **hash);
    published_.emplace_back(h, **hash);
  }
  while (published_.size() > kPublishedMemory) published_.pop_front();
  republishReturned(disconnected);
  publishDrops();
  emit tipChanged(tip.hash, tip.height);
}

void Node::checkDoubleProduction(const BlockHeader& header) {
  auto mainHash = chain_->hashAtHeight(header.height);
  if (!mainHash || !*mainHash) return;
  auto main = chain_->headerRecord(**mainHash);
  if (!main || !*main) return;
  const BlockHeader& other = (*main)->header;
  if (other.producer != header.producer || other.time != header.time || other == header) return;
  auto evidence = makeDoubleProductionEvidence(ctx_, chain_->params(), header, other);
  if (!evidence) return;  // not provable (e.g. not a slot start): nothing to keep
  auto added = evidence_->add(*evidence);
  if (!added) {
    emit warning(QString::fromStdString("double production evidence not saved: " + added.error().message));
  } else if (*added) {
    emit warning(QString::fromStdString("delegate " + addressString(params().hrp, header.producer).toStdString() +
                                        " signed two blocks for the slot at time " + std::to_string(header.time)));
  }
}

void Node::publishBlock(const Block& block, const BlockHash& hash) {
  const std::string& hrp = params().hrp;
  const QString blockHash = hexString(hash);
  const auto height = static_cast<qint64>(block.header.height);
  publish(rpc::RpcTopic::NewBlock,
          QJsonObject{{"hash", blockHash},
                      {"height", height},
                      {"time", static_cast<qint64>(block.header.time)},
                      {"producer", addressString(hrp, block.header.producer)},
                      {"tx_count", static_cast<qint64>(block.txs.size())}},
          {});
  for (const Tx& tx : block.txs) {
    const QString id = hexString(computeTxid(tx));
    publish(rpc::RpcTopic::TxStatus,
            QJsonObject{{"txid", id}, {"status", "confirmed"}, {"height", height}, {"block", blockHash}},
            {id, addressString(hrp, tx.sender)});
  }
  // From the undo log rather than the transactions: deadlines change orders too.
  auto orders = ordersChangedBy(*chain_, hash);
  if (!orders) {
    emit warning(QString::fromStdString("order events: " + orders.error().message));
    return;
  }
  publishOrders(*orders);
}

void Node::publishOrders(const std::vector<OrderId>& ids) {
  if (ids.empty()) return;
  const std::string& hrp = params().hrp;
  const Status read = chain_->readState([&](const state::StateView& view) -> Status {
    for (const OrderId& id : ids) {
      WB_TRY_ASSIGN(order, view.order(id));
      if (!*order) continue;  // a reorganisation took its creation away
      const state::Order& o = **order;
      QStringList keys{hexString(o.id), addressString(hrp, o.merchant), addressString(hrp, o.buyer)};
      if (o.hasArbiter()) keys << addressString(hrp, o.arbiter);
      if (!isZero(o.payer)) keys << addressString(hrp, o.payer);
      publish(rpc::RpcTopic::OrderUpdate, orderJson(o, hrp), keys);
      emit orderChanged(o.id);
    }
    return {};
  });
  if (!read) emit warning(QString::fromStdString("order events: " + read.error().message));
}

void Node::republishReturned(const std::vector<Block>& disconnected) {
  const std::string& hrp = params().hrp;
  std::vector<OrderId> orders;
  for (const Block& block : disconnected) {
    for (const Tx& tx : block.txs) {
      const Hash32 txid = computeTxid(tx);
      if (auto order = orderOfTx(tx, txid)) orders.push_back(*order);
      // One the new branch also holds was published as confirmed with its block.
      // One that conflicts with the new branch is reported by publishDrops().
      if (!mempool_->contains(txid)) continue;
      const QString id = hexString(txid);
      publish(rpc::RpcTopic::TxStatus,
              QJsonObject{{"txid", id}, {"status", mempool_->isReady(txid) ? "pending" : "waiting"}},
              {id, addressString(hrp, tx.sender)});
    }
  }
  // Their orders went back to the state before those blocks (new-branch blocks
  // published their own changes already; a repeat is harmless).
  std::sort(orders.begin(), orders.end());
  orders.erase(std::unique(orders.begin(), orders.end()), orders.end());
  publishOrders(orders);
}

void Node::publishDrops() {
  const std::string& hrp = params().hrp;
  for (const MempoolDrop& drop : mempool_->takeRecentDrops()) {
    const QString id = hexString(drop.txid);
    const std::string_view reason = dropReasonName(drop.reason);
    publish(rpc::RpcTopic::TxStatus,
            QJsonObject{{"txid", id},
                        {"status", "dropped"},
                        {"reason", QString::fromLatin1(reason.data(), static_cast<qsizetype>(reason.size()))}},
            {id, addressString(hrp, drop.sender)});
  }
}

void Node::publish(rpc::RpcTopic topic, const QJsonObject& params, const QStringList& keys) {
  if (rpc_ && rpc_->isListening()) rpc_->publish(topic, params, keys);
}

void Node::onSideBranch(const BlockHash& hash) {
  const TipPosition before = chain_->tip();
  auto reorg = chain_->considerBranch(hash);
  if (!reorg) {
    emit warning(QString::fromStdString("fork choice: " + reorg.error().message));
    if (chain_->reorganizationPending()) {
      if (!(chain_->tip() == before)) onTipMoved();
      scheduleReorgRetry();  // a local fault: the switch is tried again later
    }
    return;
  }
  if (chain_->params().consensus == ConsensusKind::Dpos) {
    if (auto record = chain_->headerRecord(hash); record && *record) checkDoubleProduction((*record)->header);
  }
  if (!*reorg) return;  // the main chain stays
  peers_->announceBlock(chain_->tip().hash);
  onTipMoved((*reorg)->disconnected);
  // Transactions of the abandoned branch that are pending again may be unknown
  // to the peers that built the new one: offer them.
  for (const Block& block : (*reorg)->disconnected) {
    for (const Tx& tx : block.txs) {
      const Hash32 txid = computeTxid(tx);
      if (mempool_->contains(txid)) peers_->announceTx(txid);
    }
  }
}

void Node::finishReorganization() {
  reorgRetryScheduled_ = false;
  if (!chain_->reorganizationPending()) return;
  const TipPosition before = chain_->tip();
  auto reorg = chain_->resumeReorganization();
  if (reorg) {
    reorgRetryDelay_ = std::chrono::milliseconds(1000);
    if (*reorg) {
      qInfo("switched to the best branch at height %llu after an interrupted reorganisation",
            static_cast<unsigned long long>(chain_->tip().height));
      onTipMoved((*reorg)->disconnected);
    }
    return;
  }
  const std::string message = "switching branches: " + reorg.error().message;
  qWarning("%s", message.c_str());
  emit warning(QString::fromStdString(message));
  if (!(chain_->tip() == before)) onTipMoved();
  scheduleReorgRetry();
}

void Node::scheduleReorgRetry() {
  if (!chain_->reorganizationPending() || reorgRetryScheduled_) return;
  reorgRetryScheduled_ = true;
  QTimer::singleShot(reorgRetryDelay_, this, &Node::finishReorganization);
  reorgRetryDelay_ = std::min<std::chrono::milliseconds>(reorgRetryDelay_ * 2, std::chrono::minutes(1));
}

void Node::onPeerTx(net::PeerId from, const Tx& tx) {
  auto accepted = submitTx(tx);
  if (accepted) return;
  const Error reason = fail(NodeErrc::BadRelayedTx, "relayed transaction " + toHex(computeTxid(tx)) +
                                                        " is invalid: " + accepted.error().message);
  // DESIGN §7: invalid data costs the sender its connection (its address is discouraged);
  // one our state refuses costs it only when repeated (a race with a block is normal).
  if (provesBadRelay(accepted.code())) {
    peers_->punish(from, reason);
  } else if (auto offence = net::relayedTxOffence(accepted.code())) {
    peers_->penalize(from, *offence, reason);
  }
}

}  // namespace wb::node
