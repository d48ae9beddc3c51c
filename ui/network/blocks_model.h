// The block explorer's list (DESIGN §8, Network): recent main-chain blocks,
// newest first, from NodeClient::blocks. The first page comes at once, older
// pages as the view scrolls (canFetchMore); a new tip puts its blocks on top,
// and a reorganisation (our top block no longer on the main chain) reloads.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "interfaces/node_client.h"
#include "ui/paged_rows.h"

namespace wb::ui {

class BlocksModel : public PagedTableModel<node::BlockSummary> {
  Q_OBJECT
public:
  enum Column { kHeight, kTime, kHash, kProducer, kTxs, kSize, kColumnCount };
  static constexpr std::size_t kDefaultPageSize = 50;
  // The most blocks one request brings when catching up with the tip.
  static constexpr std::size_t kMaxCatchUp = 500;

  // `client` must outlive the model; `hrp` names producers as addresses.
  BlocksModel(node::NodeClient* client, std::string hrp, QObject* parent = nullptr);

  // Drops every row and loads the newest page.
  void reload();
  // Blocks asked for per page (≥ 1) from the next request on.
  void setPageSize(std::size_t size) { pageSize_ = std::max<std::size_t>(size, 1); }

  // Returns the block shown at `row` (0 ≤ row < rowCount(), newest first).
  const node::BlockSummary& block(int row) const { return rows()[static_cast<std::size_t>(row)]; }
  // Returns true while the top or the bottom of the list is being fetched.
  bool isLoading() const { return head_.busy() || pageRequest().busy(); }

  // Returns the text, tooltip or alignment of the cell at `index` for `role`; nothing outside the table.
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

signals:
  // An answer arrived (see lastError()).
  void loaded();

protected:
  // PagedTableModel: the titles of the columns, whether blocks below the bottom row remain, and asking for them.
  QStringList columnTitles() const override;
  bool hasNextPage() const override { return !rows().empty() && rows().back().height > 0; }
  void requestNextPage() override { request(Kind::Older, rows().back().height - 1, pageSize_); }

private:
  enum class Kind { Reload, Older, Newer };
  void request(Kind kind, std::uint64_t top, std::size_t count);
  void received(PageRequest::Ticket ticket, Kind kind, Result<std::vector<node::BlockSummary>> blocks);
  void tipMoved(quint64 height);
  void restartFromTip();

  node::NodeClient* client_;
  std::string hrp_;
  std::size_t pageSize_ = kDefaultPageSize;
  std::uint64_t tipHeight_ = 0;  // the highest tip announced
  // The top of the list (reload, newer blocks: head_) and its bottom (older pages:
  // pageRequest()) are fetched independently, so a new tip never hides older pages
  // from the view and the reverse. Each direction has at most one request whose
  // answer counts; a reload abandons the bottom's, whose rows it drops.
  PageRequest head_;
  bool tipPending_ = false;  // a tip came while the head was being fetched
};

}  // namespace wb::ui
