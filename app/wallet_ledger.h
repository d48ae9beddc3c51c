// What the wallet's RPC methods (WalletRpc) need from the chain they sign for:
// the records they check before signing, the sender's next nonce, a durable way
// to submit, and whether a transaction was mined. Two kinds answer it:
// - NodeWalletLedger, over a full node: at once, from its state and mempool;
// - LightWalletLedger, over a light node (DESIGN §11): from records its full
//   peers prove against its headers, so answers come later.
// Every callback runs on the ledger's thread, possibly before the call returns.
#pragma once

#include <QObject>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "chain/core/params.h"
#include "chain/core/tx.h"
#include "chain/state/records.h"

namespace wb::app {

class WalletLedger : public QObject {
  Q_OBJECT
public:
  template <class T>
  using Callback = std::function<void(Result<T>)>;
  // Builds the transaction to submit with the nonce it must carry; its errors
  // stop the submission before anything is kept.
  using Build = std::function<Result<Tx>(std::uint64_t nonce)>;

  // Records as the ledger read them; `provenAt` is the lowest height of the
  // headers they were proven against on a light node (nullopt: a full node's own state).
  struct Accounts {
    std::vector<state::Account> accounts;
    std::optional<std::uint64_t> provenAt;
  };

  using QObject::QObject;

  // The network the wallet signs for.
  virtual const ChainParams& params() const = 0;

  // The accounts `keys`, in that order (an account with no record is a fresh
  // one); the store's or the proof's errors.
  virtual void accounts(std::vector<AccountKey> keys, Callback<Accounts> done) = 0;

  // The order `id`; StateErrc::OrderNotFound when the chain has none.
  virtual void order(const OrderId& id, Callback<state::Order> done) = 0;

  // Runs `build` with the next nonce of `from` and submits the result: `done`
  // gets its txid once the transaction is kept where a crash cannot lose it,
  // or why it was not (then nothing of it is kept). Submissions from one
  // ledger get consecutive nonces in the order asked.
  virtual void submit(const AccountKey& from, Build build, Callback<Hash32> done) = 0;

  // The height of the block of the best chain that holds `txid`, as far as the
  // ledger knows now; nullopt when none (yet).
  virtual std::optional<std::uint64_t> minedHeight(const Hash32& txid) const = 0;

signals:
  // The chain moved: minedHeight may answer differently.
  void tipChanged();
};

}  // namespace wb::app
