#include "chain/node/block_orders.h"

#include <algorithm>

#include "chain/state/undo_log.h"
#include "chain/store/store_errc.h"

namespace wb::node {

Result<std::vector<OrderId>> ordersChangedBy(Chain& chain, const BlockHash& blockHash) {
  ChainStore& store = chain.store();
  std::vector<OrderId> orders;
  WB_TRY(store.env().read([&](ReadTxn& txn) -> Status {
    WB_TRY_ASSIGN(raw, txn.get(store.dbs().undo, blockHash));
    auto log = state::decodeUndoLog(*raw);
    if (!log)
      return fail(StoreErrc::Corrupt,
                  "the undo log of block " + toHex(blockHash) + " is damaged: " + log.error().message);
    for (const state::UndoEntry& entry : log->entries) {
      // The recorder logs each key once, so each order appears once.
      if (entry.table != state::Table::Orders || entry.key.size() != OrderId{}.size()) continue;
      OrderId id{};
      std::copy(entry.key.begin(), entry.key.end(), id.begin());
      orders.push_back(id);
    }
    return {};
  }));
  return orders;
}

}  // namespace wb::node
