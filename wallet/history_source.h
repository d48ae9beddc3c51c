// What the Activity page reads the wallet's history from (DESIGN §6, §8), on the
// GUI thread: a full node's HistoryClient (every block scanned) or a light
// node's LightHistoryClient (the transactions the wallet sent, proven
// included). Pages see only this interface.
#pragma once

#include <QObject>
#include <QString>
#include <cstdint>
#include <functional>
#include <vector>

#include "chain/core/error.h"
#include "wallet/history.h"

namespace wb {

// How much of the wallet's history a source knows.
enum class HistoryScope : std::uint8_t {
  Chain = 0,            // everything that happened to the accounts, from every block
  OwnTransactions = 1,  // only the transactions this wallet sent and saw confirmed (a light node)
};

class HistorySource : public QObject {
  Q_OBJECT
public:
  template <class T>
  using Callback = std::function<void(Result<T>)>;

  using QObject::QObject;
  ~HistorySource() override = default;

  // Replaces the accounts followed (their history is built again).
  virtual void setAccounts(std::vector<AccountKey> accounts, std::uint64_t birthday) = 0;
  // One page of the history (History::query), answered on this thread, never
  // from inside this call. Before the history is first built the page is empty.
  virtual void query(HistoryQuery query, Callback<HistoryPage> done) = 0;
  // True once the history was first built (changed() was emitted at least once).
  virtual bool ready() const = 0;
  // Why the last build failed, empty when it did not.
  virtual QString lastError() const = 0;
  virtual HistoryScope scope() const = 0;

signals:
  // The history changed: pages read before are out of date.
  void changed();
};

}  // namespace wb
