// The wallet's journal of transactions it signed (DESIGN §7: a txid we returned
// is never silently lost): each one is written here before its txid is given
// out, and kept until it is confirmed or conflicts, so a wallet that restarts
// (after a crash too) re-submits what the node may have lost.
// The file sits next to the wallet: NAME.wallet.pending (format: tx_file.h).
//
// Not thread-safe: used on the node's thread by the wallet's RPC methods.
#pragma once

#include <QString>
#include <functional>
#include <vector>

#include "chain/core/tx.h"

namespace wb {

class SignedTxJournal {
public:
  // The journal of the wallet at `walletPath`.
  static QString pathFor(const QString& walletPath) { return walletPath + QStringLiteral(".pending"); }

  // Reads the journal at `path` (none yet = empty). Damaged records are
  // skipped; `problems` receives one line for each. Fails with IoError or
  // StoreErrc::Corrupt (not a journal).
  [[nodiscard]] static Result<SignedTxJournal> open(const QString& path, std::vector<std::string>* problems = nullptr);

  // How far an append goes before it returns.
  enum class Durability {
    Synced,   // fdatasync'd: survives a power loss
    Written,  // handed to the kernel: survives the process being killed; the caller syncs later (syncFile)
  };
  // Appends `tx`. Fails with IoError (then nothing of it stays in the file).
  [[nodiscard]] Status append(const Tx& tx, Durability durability = Durability::Synced);
  // fdatasync of the journal file at `path` (any thread: it touches no journal object).
  [[nodiscard]] static Status syncFile(const QString& path);
  // Takes back the last append (its submission failed). Fails with IoError.
  [[nodiscard]] Status dropLast();
  // Keeps only the transactions for which `keep` is true, rewriting the file if any goes.
  [[nodiscard]] Status retain(const std::function<bool(const Tx&)>& keep);

  // In signing order.
  const std::vector<Tx>& txs() const { return txs_; }
  const QString& path() const { return path_; }

private:
  explicit SignedTxJournal(QString path) : path_(std::move(path)) {}
  [[nodiscard]] Status rewrite();

  QString path_;
  std::vector<Tx> txs_;
  std::vector<std::size_t> ends_;  // file size after each record, for dropLast
};

}  // namespace wb
