#include "ui/network/evidence_panel.h"

#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QTableWidget>
#include <QVBoxLayout>

#include "chain/core/bech32m.h"

namespace wb::ui {
namespace {

enum Column { kDelegate, kSlotTime, kHeight, kBlocks, kColumns };

QString shortHash(const Hash32& hash) { return QString::fromStdString(toHex(ByteView(hash).first(8))) + "…"; }

}  // namespace

EvidencePanel::EvidencePanel(node::NodeClient* client, std::string hrp, QWidget* parent)
    : QWidget(parent),
      client_(client),
      hrp_(std::move(hrp)),
      title_(new QLabel),
      none_(new QLabel),
      table_(new QTableWidget(0, kColumns)) {
  setObjectName(QStringLiteral("evidencePanel"));
  table_->setObjectName(QStringLiteral("evidenceTable"));
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->verticalHeader()->hide();
  table_->horizontalHeader()->setSectionResizeMode(kDelegate, QHeaderView::Stretch);
  table_->hide();
  none_->setObjectName(QStringLiteral("evidenceNone"));
  none_->setWordWrap(true);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(title_);
  layout->addWidget(none_);
  layout->addWidget(table_);
  connect(client_, &node::NodeClient::tipChanged, this, &EvidencePanel::refresh);
  retranslateUi();
  refresh();
}

int EvidencePanel::rowCount() const { return table_->rowCount(); }

void EvidencePanel::refresh() {
  if (pending_) return;  // the answer on its way is as fresh
  pending_ = true;
  QPointer<EvidencePanel> self(this);
  client_->evidence([self](Result<std::vector<DoubleProductionEvidence>> evidence) {
    if (!self) return;
    self->pending_ = false;
    if (evidence) self->showEvidence(*evidence);
    emit self->refreshed();
  });
}

void EvidencePanel::showEvidence(const std::vector<DoubleProductionEvidence>& evidence) {
  table_->setRowCount(static_cast<int>(evidence.size()));
  // Newest first: the node keeps them oldest first.
  for (std::size_t i = 0; i < evidence.size(); ++i) {
    const DoubleProductionEvidence& e = evidence[evidence.size() - 1 - i];
    const int row = static_cast<int>(i);
    const QDateTime slot = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(e.first.time));
    const QString blocks = shortHash(blockHash(e.first)) + "  " + shortHash(blockHash(e.second));
    const QStringList cells{QString::fromStdString(encodeAddress(hrp_, e.first.producer)),
                            QLocale().toString(slot, QLocale::ShortFormat), QLocale().toString(e.first.height), blocks};
    for (int column = 0; column < kColumns; ++column) table_->setItem(row, column, new QTableWidgetItem(cells[column]));
  }
  table_->setVisible(!evidence.empty());
  none_->setVisible(evidence.empty());
}

void EvidencePanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QWidget::changeEvent(event);
}

void EvidencePanel::retranslateUi() {
  title_->setText(tr("Double production"));
  none_->setText(tr("No delegate has signed two blocks for one slot."));
  table_->setHorizontalHeaderLabels({tr("Delegate"), tr("Slot time"), tr("Height"), tr("Blocks")});
}

}  // namespace wb::ui
