// The wallet history on a real chain (LMDB in a temporary directory): transactions
// built by the wallet from the BIP39 test mnemonic and by outside accounts, blocks
// produced by a wallet account, order payouts, a deadline refund, unbonding, notes
// sealed and opened, paging and search, and incremental connect/disconnect against
// a fresh rescan.
#include <QTemporaryDir>
#include <QtTest>
#include <map>
#include <set>

#include "chain/core/bech32m.h"
#include "chain/core/tx_codec.h"
#include "chain/core/tx_sign.h"
#include "tests/support/test_chain.h"
#include "tests/test_util.h"
#include "wallet/history.h"
#include "wallet/keystore.h"
#include "wallet/tx_builder.h"
#include "wallet/wallet_errc.h"

using namespace wb;
using namespace wb::testsupport;

namespace {

constexpr std::string_view kDevMnemonic =
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
constexpr std::string_view kPass = "wallet passphrase";
constexpr Amount kFunds = 1'000'000 * kCoin;

enum : int { kMerchant = 0, kBuyer = 1, kProducer = 2, kPayer = 3, kCount = 4 };

// Every entry, newest first, read page by page.
std::vector<HistoryEntry> allEntries(const History& history, HistoryQuery query = {}, std::size_t pageSize = 7) {
  std::vector<HistoryEntry> out;
  query.limit = pageSize;
  for (;;) {
    HistoryPage page = history.query(query);
    out.insert(out.end(), page.entries.begin(), page.entries.end());
    if (!page.next) return out;
    query.before = page.next;
  }
}

// Net effect of entries, as a signed 128-bit-free sum: credits and debits apart.
std::pair<Amount, Amount> sumOf(const std::vector<HistoryEntry>& entries) {
  Amount up = 0, down = 0;
  for (const HistoryEntry& e : entries) (e.amount.negative ? down : up) += e.amount.units;
  return {up, down};
}

}  // namespace

class TestHistory : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() {
    QVERIFY(initCrypto().ok());
    QVERIFY(dir_.isValid());
    ctx_ = std::make_unique<SecpContext>();
    strangers_ = std::make_unique<TestAccounts>(*ctx_, 2);
    genesis_.params = testChainParams();
    genesis_.params.minStakeAge = 2;
    genesis_.params.unbondingBlocks = 3;

    KeystoreParams kp;
    kp.network = {genesis_.params.hrp, genesis_.params.genesisHash};
    kp.kdf = KdfParams::minimum();
    auto created = Keystore::create(*ctx_, kp, kDevMnemonic, "", kPass);
    WB_VERIFY_OK(created);
    keystore_ = std::make_unique<Keystore>(std::move(*created));
    for (int i = 1; i < kCount; ++i) WB_VERIFY_OK(keystore_->addAccount(*ctx_, ""));
    for (int i = 0; i < kCount; ++i) wallet_.push_back(keystore_->accounts()[i].key);

    for (const AccountKey& k : wallet_) genesis_.state.allocations.push_back({k, kFunds, 0});
    for (std::size_t i = 0; i < strangers_->size(); ++i)
      genesis_.state.allocations.push_back({strangers_->key(i), kFunds, 0});
    genesis_.header.time = genesis_.params.genesisTime;
    genesis_.header.bits = genesis_.params.initialBits;
    genesis_.header.txRoot = computeTxRoot({});
    genesis_.header.stateRoot = state::genesisStateRoot(genesis_.params, genesis_.state).value();
    auto opened = Chain::open(dir_.path().toStdString(), "test", genesis_, *ctx_);
    WB_VERIFY_OK(opened);
    chain_ = std::move(*opened);
    factory_ = std::make_unique<BlockFactory>(*ctx_, genesis_, *strangers_);
    builder_ = std::make_unique<TxBuilder>(*ctx_, chain_->params(), *keystore_);
    live_ = std::make_unique<History>(chain_->params(), wallet_);
    live_->setNoteOpener(keystoreNoteOpener(*ctx_, *keystore_));
  }

  // Builds the chain block by block, feeding the live history as the node would.
  void buildChain() {
    WB_VERIFY_OK(chain_->readState([&](const state::StateView& v) { return factory_->syncNonces(v); }));
    // 1: a stranger pays the merchant; the wallet's producer makes the block.
    mine({factory_->makeTx(0, TransferPayload{wallet_[kMerchant], 7 * kCoin, "welcome gift"})}, wallet_[kProducer]);
    // 2-5: the seed's lifecycle: the buyer orders, a third wallet account pays, the
    // merchant ships, the buyer confirms. The arbiter is a stranger.
    OrderRequest request;
    request.merchant = wallet_[kMerchant];
    request.buyer = wallet_[kBuyer];
    request.arbiter = strangers_->key(1);
    request.item = "Blue Teapot";
    request.quantity = 2;
    request.unitPrice = 25 * kCoin;
    request.windows = OrderWindows{5, 5, 5};
    request.note = "Room 5, 88 Road";
    auto create = builder_->orderCreate(wallet_[kBuyer], nonce(kBuyer), request);
    WB_VERIFY_OK(create);
    teapot_ = orderIdOf(computeTxid(*create));
    mine({*create}, strangers_->key(0));
    mine({built(builder_->build(wallet_[kPayer], nonce(kPayer), OrderPayPayload{teapot_, 50 * kCoin}))},
         strangers_->key(0));
    mine({built(builder_->orderShip(wallet_[kMerchant], nonce(kMerchant), order(teapot_), "SF1234567890"))},
         strangers_->key(0));
    mine({built(builder_->build(wallet_[kBuyer], nonce(kBuyer), OrderConfirmPayload{teapot_}))}, strangers_->key(0));
    // 6: the merchant sells to a stranger, the wallet's payer pays; nobody ships, so
    // the ship window (2 blocks) refunds the payer at the start of block 8.
    request.buyer = strangers_->key(0);
    request.arbiter = {};
    request.item = "Green Cup";
    request.quantity = 1;
    request.unitPrice = 3 * kCoin;
    request.windows = OrderWindows{5, 2, 5};
    request.note.clear();
    auto cup = builder_->orderCreate(wallet_[kMerchant], nonce(kMerchant), request);
    WB_VERIFY_OK(cup);
    cup_ = orderIdOf(computeTxid(*cup));
    mine({*cup, built(builder_->build(wallet_[kPayer], nonce(kPayer), OrderPayPayload{cup_, 3 * kCoin}))},
         wallet_[kProducer]);
    mine({}, strangers_->key(1));
    mine({}, strangers_->key(1));
    QCOMPARE(order(cup_).status, state::OrderStatus::Refunded);
    // 9: stake and unstake; the unstaked part returns at the start of block 12.
    const std::uint64_t n = nonce(kProducer);
    mine({built(builder_->build(wallet_[kProducer], n, StakePayload{100 * kCoin})),
          built(builder_->build(wallet_[kProducer], n + 1, UnstakePayload{40 * kCoin}))},
         wallet_[kProducer]);
    for (int i = 0; i < 3; ++i) mine({}, strangers_->key(1));
    QCOMPARE(chain_->tip().height, std::uint64_t(12));
  }

  void rescanListsTheRightEntries() {
    History history(chain_->params(), wallet_);
    history.setNoteOpener(keystoreNoteOpener(*ctx_, *keystore_));
    WB_VERIFY_OK(history.rescan(*chain_, 1));
    QVERIFY(history.tip() == chain_->tip());

    // Buyer: created (out, note readable), paid by someone (in), shipped (in, tracking), confirmed (out).
    const auto buyer = of(history, kBuyer);
    QCOMPARE(kindsOf(buyer), (std::vector<EntryKind>{EntryKind::OrderConfirm, EntryKind::OrderShip, EntryKind::OrderPay,
                                                     EntryKind::OrderCreate}));
    QCOMPARE(buyer[3].direction, Direction::Out);
    QVERIFY(buyer[3].counterparty == wallet_[kMerchant]);
    QVERIFY(buyer[3].amount == (SignedAmount{buyer[3].fee, true}));
    QVERIFY(buyer[3].fee > 0);
    QCOMPARE(buyer[3].noteText.value_or("<sealed>"), std::string("Room 5, 88 Road"));
    QCOMPARE(buyer[3].roles, std::uint16_t(role::kSender | role::kBuyer));
    QCOMPARE(buyer[2].direction, Direction::In);
    QVERIFY(buyer[2].counterparty == wallet_[kPayer]);
    QCOMPARE(buyer[1].noteText.value_or("<sealed>"), std::string("SF1234567890"));
    QVERIFY(buyer[1].counterparty == wallet_[kMerchant]);
    for (const HistoryEntry& e : buyer) {
      QVERIFY(e.order == teapot_);
      QCOMPARE(e.item, std::string("Blue Teapot"));
    }

    // Merchant: the stranger's gift, the teapot's events with the payout at
    // confirmation, the cup's creation and payment, and the refund (nothing for it).
    const auto merchant = of(history, kMerchant);
    QCOMPARE(kindsOf(merchant),
             (std::vector<EntryKind>{EntryKind::OrderTimeout, EntryKind::OrderPay, EntryKind::OrderCreate,
                                     EntryKind::OrderConfirm, EntryKind::OrderShip, EntryKind::OrderPay,
                                     EntryKind::OrderCreate, EntryKind::Transfer}));
    QVERIFY(merchant[7].amount == (SignedAmount{7 * kCoin, false}));
    QCOMPARE(merchant[7].memo, std::string("welcome gift"));
    QVERIFY(merchant[7].counterparty == strangers_->key(0));
    QVERIFY(merchant[3].amount == (SignedAmount{50 * kCoin, false}));  // the escrow on confirmation
    QVERIFY(merchant[3].counterparty == wallet_[kBuyer]);
    QCOMPARE(merchant[4].direction, Direction::Out);
    QCOMPARE(merchant[2].direction, Direction::Out);
    QVERIFY(merchant[2].counterparty == strangers_->key(0));
    QVERIFY(merchant[0].amount == SignedAmount{});

    // Payer: pays both orders (escrow counted as spent), sees the teapot shipped and
    // confirmed, and gets the cup refunded by its deadline.
    const auto payer = of(history, kPayer);
    QCOMPARE(kindsOf(payer),
             (std::vector<EntryKind>{EntryKind::OrderTimeout, EntryKind::OrderPay, EntryKind::OrderConfirm,
                                     EntryKind::OrderShip, EntryKind::OrderPay}));
    QVERIFY(payer[4].amount == (SignedAmount{50 * kCoin + payer[4].fee, true}));
    QCOMPARE(payer[4].roles, std::uint16_t(role::kSender | role::kPayer));
    QCOMPARE(payer[4].direction, Direction::Out);
    QVERIFY(!payer[3].noteText);  // a payer is not a reader of the tracking
    QVERIFY(payer[0].amount == (SignedAmount{3 * kCoin, false}));
    QCOMPARE(payer[0].height, std::uint64_t(8));
    QVERIFY(isZero(payer[0].txid));
    QCOMPARE(payer[0].memo, std::string("REFUNDED"));

    // Producer: a reward (reward + the block's fees) for blocks 1, 6 and 9, stake,
    // unstake and the release.
    const auto producer = of(history, kProducer);
    QCOMPARE(kindsOf(producer),
             (std::vector<EntryKind>{EntryKind::StakeReleased, EntryKind::BlockReward, EntryKind::Unstake,
                                     EntryKind::Stake, EntryKind::BlockReward, EntryKind::BlockReward}));
    for (std::uint64_t height : {1, 6, 9}) {
      const Block block = blockAt(height);
      Amount fees = 0;
      for (const Tx& tx : block.txs) fees += tx.fee;
      const auto reward = std::find_if(producer.begin(), producer.end(), [&](const HistoryEntry& e) {
        return e.kind == EntryKind::BlockReward && e.height == height;
      });
      QVERIFY(reward != producer.end());
      QVERIFY(reward->amount == (SignedAmount{chain_->params().blockReward + fees, false}));
      QCOMPARE(reward->time, block.header.time);
    }
    QCOMPARE(producer[3].direction, Direction::Self);
    QVERIFY(producer[0].amount == (SignedAmount{40 * kCoin, false}));
    QCOMPARE(producer[0].height, std::uint64_t(12));

    // For every account: genesis funds + every entry's effect = the ledger's balance.
    for (int i = 0; i < kCount; ++i) {
      const auto [up, down] = sumOf(of(history, i));
      QCOMPARE(kFunds + up - down, balance(i));
    }
  }

  void pagingAndSearch() {
    History history(chain_->params(), wallet_);
    history.setNoteOpener(keystoreNoteOpener(*ctx_, *keystore_));
    WB_VERIFY_OK(history.rescan(*chain_, 1));
    const auto paged = allEntries(history, {}, 3);
    QCOMPARE(paged.size(), history.size());
    for (std::size_t i = 1; i < paged.size(); ++i) QVERIFY(paged[i].position < paged[i - 1].position);
    HistoryQuery all;
    all.limit = kMaxHistoryPage;
    QVERIFY(history.query(all).entries == paged);
    HistoryQuery none;
    none.limit = 0;
    QVERIFY(history.query(none).entries.empty());

    HistoryQuery teapot;
    teapot.text = "TEAPOT";
    const auto teapotHits = allEntries(history, teapot);
    QVERIFY(!teapotHits.empty());
    for (const HistoryEntry& e : teapotHits) QVERIFY(e.order == teapot_);

    HistoryQuery tracking;
    tracking.text = "sf12345";
    const auto trackingHits = allEntries(history, tracking);
    QCOMPARE(trackingHits.size(), std::size_t(2));  // the merchant's and the buyer's; the payer cannot read it
    for (const HistoryEntry& e : trackingHits) QCOMPARE(e.kind, EntryKind::OrderShip);

    const std::string address = encodeAddress(chain_->params().hrp, strangers_->key(0));
    HistoryQuery byAddress;
    byAddress.text = QString::fromStdString(address.substr(4, 20)).toUpper().toStdString();
    const auto addressHits = allEntries(history, byAddress);
    QVERIFY(!addressHits.empty());
    for (const HistoryEntry& e : addressHits) QVERIFY(e.counterparty == strangers_->key(0));

    HistoryQuery rewards;
    rewards.account = wallet_[kProducer];
    rewards.kind = EntryKind::BlockReward;
    QCOMPARE(allEntries(history, rewards).size(), std::size_t(3));
    HistoryQuery byTxid;
    byTxid.text = toHex(teapot_).substr(0, 16);
    QVERIFY(allEntries(history, byTxid) == teapotHits);
  }

  // Notes sealed while locked are opened once the wallet unlocks.
  void notesOpenAfterUnlock() {
    keystore_->lock();
    History history(chain_->params(), wallet_);
    history.setNoteOpener(keystoreNoteOpener(*ctx_, *keystore_));
    WB_VERIFY_OK(history.rescan(*chain_, 1));
    const auto created = of(history, kBuyer).back();
    QVERIFY(!created.noteText);
    QVERIFY(!created.sealedNote.empty());
    QCOMPARE(history.revealNotes(), std::size_t(0));
    WB_VERIFY_OK(keystore_->unlock(*ctx_, kPass));
    QCOMPARE(history.revealNotes(), std::size_t(4));  // note: buyer, merchant; tracking: merchant, buyer
    QCOMPARE(of(history, kBuyer).back().noteText.value_or(""), std::string("Room 5, 88 Road"));
  }

  // The live history, fed block by block, equals a fresh rescan; so it does after
  // blocks are disconnected (undoing a refund and a release) and others connected.
  void incrementalEqualsRescan() {
    QVERIFY(live_->tip() == chain_->tip());
    compareWithRescan();
    for (int i = 0; i < 5; ++i) {  // back to height 7: before the refund and the release
      auto block = chain_->disconnectTip();
      WB_VERIFY_OK(block);
      WB_VERIFY_OK(live_->blockDisconnected(*block));
    }
    QCOMPARE(live_->tip()->height, std::uint64_t(7));
    compareWithRescan();
    WB_VERIFY_FAILS(live_->blockDisconnected(blockAt(3)), WalletErrc::HistoryOutOfOrder);
    // A different branch: the producer mines, the merchant sends the buyer a transfer.
    WB_VERIFY_OK(chain_->readState([&](const state::StateView& v) { return factory_->syncNonces(v); }));
    mine({built(builder_->build(wallet_[kMerchant], nonce(kMerchant), TransferPayload{wallet_[kBuyer], kCoin, "x"}))},
         wallet_[kProducer]);
    for (int i = 0; i < 3; ++i) mine({}, wallet_[kProducer]);
    compareWithRescan();
    // Blocks out of order are refused and change nothing.
    const std::size_t size = live_->size();
    WB_VERIFY_FAILS(live_->blockConnected(blockAt(5), 5), WalletErrc::HistoryOutOfOrder);
    WB_VERIFY_FAILS(live_->blockConnected(blockAt(5), 13), WalletErrc::HistoryOutOfOrder);
    QCOMPARE(live_->size(), size);
  }

  // Only the latest undoDepth blocks can be disconnected; deeper needs a rescan.
  void undoDepthIsBounded() {
    History history(chain_->params(), wallet_, 2);
    WB_VERIFY_OK(history.rescan(*chain_, 1));
    const std::uint64_t tip = chain_->tip().height;
    WB_VERIFY_OK(history.blockDisconnected(blockAt(tip)));
    WB_VERIFY_OK(history.blockDisconnected(blockAt(tip - 1)));
    const std::size_t size = history.size();
    WB_VERIFY_FAILS(history.blockDisconnected(blockAt(tip - 2)), WalletErrc::HistoryOutOfOrder);
    QCOMPARE(history.size(), size);
    WB_VERIFY_OK(history.blockConnected(blockAt(tip - 1), tip - 1));
    WB_VERIFY_OK(history.blockConnected(blockAt(tip), tip));
    History fresh(chain_->params(), wallet_);
    WB_VERIFY_OK(fresh.rescan(*chain_, 1));
    QVERIFY(allEntries(history) == allEntries(fresh));
  }

  // A rescan from a later height lists only what happened from there.
  void rescanFromBirthday() {
    History history(chain_->params(), wallet_);
    WB_VERIFY_OK(history.rescan(*chain_, 6));
    for (const HistoryEntry& e : allEntries(history)) QVERIFY(e.height >= 6);
    WB_VERIFY_OK(history.rescan(*chain_, 100));
    QCOMPARE(history.size(), std::size_t(0));
    QVERIFY(history.tip() == chain_->tip());
  }

  // A scan in slices (the history service's first scan) ends where one scan does.
  void rescanInBatchesEqualsOneScan() {
    History sliced(chain_->params(), wallet_);
    sliced.setNoteOpener(keystoreNoteOpener(*ctx_, *keystore_));
    WB_VERIFY_OK(sliced.rescan(*chain_, 1, 3));
    QCOMPARE(sliced.tip()->height, std::uint64_t(3));
    QVERIFY(sliced.tip()->hash == chain_->hashAtHeight(3).value().value());
    for (const HistoryEntry& e : allEntries(sliced)) QVERIFY(e.height <= 3);
    for (std::uint64_t height = 4; height <= chain_->tip().height; ++height) {
      WB_VERIFY_OK(sliced.blockConnected(blockAt(height), height));
    }
    History whole(chain_->params(), wallet_);
    whole.setNoteOpener(keystoreNoteOpener(*ctx_, *keystore_));
    WB_VERIFY_OK(whole.rescan(*chain_, 1));
    QVERIFY(sliced.tip() == whole.tip());
    QVERIFY(allEntries(sliced) == allEntries(whole));
    // A slice larger than the chain is the whole chain.
    WB_VERIFY_OK(sliced.rescan(*chain_, 1, 1'000'000));
    QVERIFY(sliced.tip() == chain_->tip());
  }

  // A light wallet's history (PartialBlock): only the transactions its account sent, each as the full history
  // has it. The payer pays orders others created: proven orders followed from their creation name their
  // parties and item.
  void partialBlocksListTheAccountsOwnTransactions() {
    History light(chain_->params(), {wallet_[kPayer]});
    light.followOrder(order(teapot_));
    light.followOrder(order(cup_));
    std::set<Hash32> sent;
    for (std::uint64_t height = 1; height <= chain_->tip().height; ++height) {
      const Block block = blockAt(height);
      PartialBlock partial{height, block.header.time, blockHash(block.header), {}};
      for (const Tx& tx : block.txs) {
        if (tx.sender != wallet_[kPayer]) continue;
        partial.txs.push_back(tx);
        sent.insert(computeTxid(tx));
      }
      if (!partial.txs.empty()) WB_VERIFY_OK(light.partialBlockConnected(partial));
    }
    QCOMPARE(sent.size(), std::size_t(2));  // both payments

    History whole(chain_->params(), {wallet_[kPayer]});
    WB_VERIFY_OK(whole.rescan(*chain_, 1));
    std::vector<HistoryEntry> expected = allEntries(whole);
    std::erase_if(expected, [&sent](const HistoryEntry& e) { return !sent.contains(e.txid); });
    std::vector<HistoryEntry> got = allEntries(light);
    QCOMPARE(got.size(), expected.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
      QCOMPARE(got[i].item, expected[i].item);
      QVERIFY(!got[i].item.empty() && got[i].counterparty == wallet_[kMerchant]);
      got[i].position = expected[i].position;  // counted among the block's other entries in the full history
      QVERIFY(got[i] == expected[i]);
    }

    // Blocks at or below the tip are refused and change nothing.
    const Block first = blockAt(1);
    WB_VERIFY_FAILS(light.partialBlockConnected(PartialBlock{1, first.header.time, blockHash(first.header), {}}),
                    WalletErrc::HistoryOutOfOrder);
    QCOMPARE(light.size(), got.size());
  }

private:
  Tx built(const Result<Tx>& tx) {
    if (!tx) qWarning("build failed: %s", tx.error().message.c_str());
    return tx.ok() ? *tx : Tx{};
  }
  std::uint64_t nonce(int i) const {
    std::uint64_t n = 0;
    (void)chain_->readState([&](const state::StateView& v) -> Status {
      n = v.account(wallet_[i]).value().nonce;
      return {};
    });
    return n;
  }
  Amount balance(int i) const {
    Amount b = 0;
    (void)chain_->readState([&](const state::StateView& v) -> Status {
      b = v.account(wallet_[i]).value().balance;
      return {};
    });
    return b;
  }
  state::Order order(const OrderId& id) const {
    state::Order o;
    (void)chain_->readState([&](const state::StateView& v) -> Status {
      o = v.order(id).value().value_or(state::Order{});
      return {};
    });
    return o;
  }
  Block blockAt(std::uint64_t height) const {
    return chain_->block(chain_->hashAtHeight(height).value().value()).value().value();
  }
  void mine(std::vector<Tx> txs, const AccountKey& producer) {
    const BlockHeader parent = chain_->headerRecord(chain_->tip().hash).value()->header;
    Block block = factory_->makeBlock(parent, std::move(txs), producer);
    auto imported = chain_->importBlock(encodeBlock(block));
    QVERIFY2(imported.ok(), imported.ok() ? "" : imported.error().message.c_str());
    WB_VERIFY_OK(live_->blockConnected(block, block.header.height));
  }
  std::vector<HistoryEntry> of(const History& history, int account) const {
    HistoryQuery query;
    query.account = wallet_[account];
    return allEntries(history, query);
  }
  static std::vector<EntryKind> kindsOf(const std::vector<HistoryEntry>& entries) {
    std::vector<EntryKind> kinds;
    for (const HistoryEntry& e : entries) kinds.push_back(e.kind);
    return kinds;
  }
  void compareWithRescan() {
    History fresh(chain_->params(), wallet_);
    fresh.setNoteOpener(keystoreNoteOpener(*ctx_, *keystore_));
    WB_VERIFY_OK(fresh.rescan(*chain_, 1));
    QVERIFY(fresh.tip() == live_->tip());
    QCOMPARE(live_->size(), fresh.size());
    QVERIFY(allEntries(*live_) == allEntries(fresh));
  }

  QTemporaryDir dir_;
  std::unique_ptr<SecpContext> ctx_;
  std::unique_ptr<TestAccounts> strangers_;
  ChainGenesis genesis_;
  std::unique_ptr<Chain> chain_;
  std::unique_ptr<Keystore> keystore_;
  std::vector<AccountKey> wallet_;
  std::unique_ptr<BlockFactory> factory_;
  std::unique_ptr<TxBuilder> builder_;
  std::unique_ptr<History> live_;
  OrderId teapot_{};
  OrderId cup_{};
};

QTEST_GUILESS_MAIN(TestHistory)
#include "test_history.moc"
