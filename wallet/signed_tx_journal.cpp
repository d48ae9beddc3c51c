#include "wallet/signed_tx_journal.h"

#include <unistd.h>

#include <QFile>

#include "chain/core/core_errc.h"
#include "chain/core/tx_codec.h"
#include "chain/mempool/tx_file.h"

namespace wb {
namespace {

std::filesystem::path fsPath(const QString& path) { return std::filesystem::path(path.toStdString()); }

}  // namespace

Result<SignedTxJournal> SignedTxJournal::open(const QString& path, std::vector<std::string>* problems) {
  SignedTxJournal journal(path);
  WB_TRY_ASSIGN(contents, readTxFile(fsPath(path), kTxJournalMagic));
  if (problems) *problems = contents->problems;
  journal.txs_ = std::move(contents->txs);
  // Rewritten at once: a damaged tail must not stay in front of new appends.
  WB_TRY(journal.rewrite());
  return journal;
}

Status SignedTxJournal::rewrite() {
  WB_TRY(writeTxFile(fsPath(path_), kTxJournalMagic, txs_));
  ends_.clear();
  std::size_t end = txFileHeader(kTxJournalMagic).size();
  for (const Tx& tx : txs_) {
    end += 4 + encodedTxSize(tx);
    ends_.push_back(end);
  }
  return {};
}

Status SignedTxJournal::syncFile(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly) || ::fdatasync(file.handle()) != 0) {
    return fail(CoreErrc::IoError, "cannot sync " + path.toStdString() + ": " + file.errorString().toStdString());
  }
  return {};
}

Status SignedTxJournal::append(const Tx& tx, Durability durability) {
  Writer record;
  writeTxRecord(record, tx);
  QFile file(path_);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
    return fail(CoreErrc::IoError, "cannot open " + path_.toStdString() + ": " + file.errorString().toStdString());
  }
  const QByteArray bytes(reinterpret_cast<const char*>(record.bytes().data()),
                         static_cast<qsizetype>(record.bytes().size()));
  // Written before the txid is returned: a crash right after must not lose it.
  const bool written = file.write(bytes) == bytes.size() && file.flush();
  if (!written || (durability == Durability::Synced && ::fdatasync(file.handle()) != 0)) {
    const std::size_t before = ends_.empty() ? txFileHeader(kTxJournalMagic).size() : ends_.back();
    (void)file.resize(static_cast<qint64>(before));
    return fail(CoreErrc::IoError, "cannot write " + path_.toStdString() + ": " + file.errorString().toStdString());
  }
  txs_.push_back(tx);
  ends_.push_back(static_cast<std::size_t>(file.size()));
  return {};
}

Status SignedTxJournal::dropLast() {
  if (txs_.empty()) return {};
  txs_.pop_back();
  ends_.pop_back();
  const std::size_t end = ends_.empty() ? txFileHeader(kTxJournalMagic).size() : ends_.back();
  if (!QFile::resize(path_, static_cast<qint64>(end))) {
    return fail(CoreErrc::IoError, "cannot shorten " + path_.toStdString());
  }
  return {};
}

Status SignedTxJournal::retain(const std::function<bool(const Tx&)>& keep) {
  std::vector<Tx> kept;
  for (const Tx& tx : txs_) {
    if (keep(tx)) kept.push_back(tx);
  }
  if (kept.size() == txs_.size()) return {};
  txs_ = std::move(kept);
  return rewrite();
}

}  // namespace wb
