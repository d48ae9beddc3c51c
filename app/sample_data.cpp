#include "app/sample_data.h"

#include <functional>

#include "chain/state/state_errc.h"
#include "wallet/tx_builder.h"
#include "wallet/wallet_errc.h"

namespace wb::app {
namespace {

// Submits what `build(nonce)` makes for `from` with the mempool's next nonce.
Result<Hash32> submit(node::Node& node, const AccountKey& from, const std::function<Result<Tx>(std::uint64_t)>& build) {
  WB_TRY_ASSIGN(nonce, node.mempool().nextNonce(from));
  WB_TRY_ASSIGN(tx, build(*nonce));
  return node.submitTx(*tx);
}

Status produce(node::Node& node, std::size_t blocks) {
  WB_TRY_ASSIGN(made, node.devProduce(blocks));
  return {};
}

}  // namespace

Status makeSampleData(node::Node& node, const SecpContext& ctx, const Keystore& keystore) {
  if (keystore.accounts().size() < 4) return fail(WalletErrc::AccountNotFound, "sample data needs four accounts");
  const ChainParams& params = node.params();
  const TxBuilder builder(ctx, params, keystore);
  const AccountKey merchant = keystore.accounts()[0].key;
  const AccountKey buyer = keystore.accounts()[1].key;
  const AccountKey arbiter = keystore.accounts()[2].key;
  const AccountKey friendOfBuyer = keystore.accounts()[3].key;

  struct Sample {
    const char* item;
    std::uint32_t quantity;
    Amount unitPrice;
    bool arbitrated;
    std::uint32_t payWindow;  // 0 = the network's default
  };
  const Sample samples[] = {
      {"Longjing green tea, 250 g", 2, 48 * kCoin, false, 0},     // stays CREATED
      {"Yixing clay teapot", 1, 260 * kCoin, false, 0},           // PAID
      {"Bamboo tea tray", 1, 85 * kCoin, true, 0},                // SHIPPED
      {"Pu'er cake 2015, 357 g", 3, 120 * kCoin, false, 0},       // COMPLETED
      {"Gaiwan set (white porcelain)", 1, 66 * kCoin, false, 0},  // CANCELLED
      {"Tieguanyin oolong, 500 g", 1, 95 * kCoin, false, 0},      // REFUNDED
      {"Cast-iron kettle", 1, 310 * kCoin, true, 0},              // DISPUTED
      {"Tea pet figurine", 4, 12 * kCoin, true, 0},               // RESOLVED
      {"Jasmine pearls, 100 g", 5, 18 * kCoin, false, 1},         // EXPIRED
      {"Silver needle white tea", 2, 150 * kCoin, false, 0},      // COMPLETED (a second sale)
  };
  std::vector<OrderId> ids;
  for (const Sample& s : samples) {
    OrderRequest request;
    request.merchant = merchant;
    request.buyer = buyer;
    if (s.arbitrated) request.arbiter = arbiter;
    request.item = s.item;
    request.quantity = s.quantity;
    request.unitPrice = s.unitPrice;
    if (s.payWindow != 0) {
      OrderWindows windows = params.defaultWindows;
      windows.pay = s.payWindow;
      request.windows = windows;
    }
    request.note = "Deliver to: 88 Nanjing Road, Shanghai";
    WB_TRY_ASSIGN(
        id, submit(node, merchant, [&](std::uint64_t nonce) { return builder.orderCreate(merchant, nonce, request); }));
    ids.push_back(OrderId{*id});  // an ORDER_CREATE's txid is the order's id
  }
  WB_TRY(produce(node, 1));

  auto pay = [&](std::size_t i, const AccountKey& payer) -> Status {
    const Sample& s = samples[i];
    WB_TRY_ASSIGN(txid, submit(node, payer, [&](std::uint64_t nonce) {
                    return builder.build(payer, nonce, OrderPayPayload{ids[i], s.unitPrice * s.quantity});
                  }));
    return {};
  };
  for (std::size_t i : {1, 2, 3, 5, 6, 7, 9}) WB_TRY(pay(i, i == 3 ? friendOfBuyer : buyer));
  WB_TRY_ASSIGN(cancelled, submit(node, buyer, [&](std::uint64_t nonce) {
                  return builder.build(buyer, nonce, OrderCancelPayload{ids[4], "Ordered the wrong size"});
                }));
  WB_TRY(produce(node, 1));

  auto ship = [&](std::size_t i) -> Status {
    auto order = node.chain().readState([&](const state::StateView& view) -> Status {
      WB_TRY_ASSIGN(o, view.order(ids[i]));
      if (!*o) return fail(StateErrc::OrderNotFound, "a sample order is missing");
      WB_TRY_ASSIGN(txid, submit(node, merchant, [&](std::uint64_t nonce) {
                      return builder.orderShip(merchant, nonce, **o, "SF Express SF1234567890");
                    }));
      return {};
    });
    return order;
  };
  for (std::size_t i : {2, 3, 6, 9}) WB_TRY(ship(i));
  WB_TRY_ASSIGN(refunded, submit(node, merchant, [&](std::uint64_t nonce) {
                  return builder.build(merchant, nonce, OrderCancelPayload{ids[5], "Out of stock"});
                }));
  WB_TRY_ASSIGN(
      disputedEarly, submit(node, buyer, [&](std::uint64_t nonce) {
        return builder.build(buyer, nonce, OrderDisputePayload{ids[7], "Two of the four figurines arrived broken"});
      }));
  WB_TRY(produce(node, 1));

  for (std::size_t i : {3, 9}) {
    WB_TRY_ASSIGN(confirmed, submit(node, buyer, [&](std::uint64_t nonce) {
                    return builder.build(buyer, nonce, OrderConfirmPayload{ids[i]});
                  }));
  }
  WB_TRY_ASSIGN(disputed, submit(node, buyer, [&](std::uint64_t nonce) {
                  return builder.build(buyer, nonce, OrderDisputePayload{ids[6], "The kettle leaks at the spout"});
                }));
  const Amount figurines = samples[7].unitPrice * samples[7].quantity;
  WB_TRY_ASSIGN(resolved, submit(node, arbiter, [&](std::uint64_t nonce) {
                  return builder.build(arbiter, nonce, OrderResolvePayload{ids[7], figurines / 2});
                }));
  // A payment to the shop and some stake, for the Activity and Staking pages.
  WB_TRY_ASSIGN(
      paid, submit(node, friendOfBuyer, [&](std::uint64_t nonce) {
        return builder.build(friendOfBuyer, nonce, TransferPayload{merchant, 25 * kCoin, "Deposit for a custom order"});
      }));
  WB_TRY_ASSIGN(staked, submit(node, merchant, [&](std::uint64_t nonce) {
                  return builder.build(merchant, nonce, StakePayload{5'000 * kCoin});
                }));
  WB_TRY(produce(node, 1));
  return {};
}

}  // namespace wb::app
