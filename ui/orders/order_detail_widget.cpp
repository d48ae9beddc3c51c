#include "ui/orders/order_detail_widget.h"

#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <utility>

#include "ui/error_text.h"
#include "ui/orders/order_action_panel.h"
#include "ui/orders/order_text.h"
#include "ui/orders/order_timeline.h"
#include "ui/tx_sender.h"
#include "ui/wallet_model.h"
#include "wallet/note_opener.h"
#include "wallet/wallet_errc.h"

namespace wb::ui {
namespace {

QLabel* valueLabel(const char* objectName) {
  auto* label = new QLabel;
  label->setObjectName(QLatin1String(objectName));
  label->setWordWrap(true);
  label->setTextInteractionFlags(Qt::TextSelectableByMouse);
  return label;
}

}  // namespace

OrderDetailWidget::OrderDetailWidget(std::shared_ptr<const SecpContext> ctx, TxSender* sender, QWidget* parent)
    : QWidget(parent),
      ctx_(std::move(ctx)),
      sender_(sender),
      wallet_(sender->wallet()),
      names_(sender->params().hrp),
      empty_(new QLabel),
      body_(new QWidget),
      title_(valueLabel("orderTitle")),
      partiesCaption_(new QLabel),
      parties_(valueLabel("orderParties")),
      amountsCaption_(new QLabel),
      amounts_(valueLabel("orderAmounts")),
      stateCaption_(new QLabel),
      state_(valueLabel("orderState")),
      timelineCaption_(new QLabel),
      timeline_(valueLabel("orderTimeline")),
      noteCaption_(new QLabel),
      note_(valueLabel("orderNote")),
      trackingCaption_(new QLabel),
      tracking_(valueLabel("orderTracking")),
      reasonCaption_(new QLabel),
      reason_(valueLabel("orderReason")),
      actions_(new OrderActionPanel(sender)) {
  setObjectName(QStringLiteral("orderDetail"));
  QFont font = title_->font();
  font.setBold(true);
  font.setPointSizeF(font.pointSizeF() * 1.2);
  title_->setFont(font);
  timeline_->setTextFormat(Qt::PlainText);

  auto* form = new QFormLayout;
  form->addRow(partiesCaption_, parties_);
  form->addRow(amountsCaption_, amounts_);
  form->addRow(stateCaption_, state_);
  form->addRow(timelineCaption_, timeline_);
  form->addRow(noteCaption_, note_);
  form->addRow(trackingCaption_, tracking_);
  form->addRow(reasonCaption_, reason_);
  auto* bodyLayout = new QVBoxLayout(body_);
  bodyLayout->setContentsMargins(0, 0, 0, 0);
  bodyLayout->addWidget(title_);
  bodyLayout->addLayout(form);
  bodyLayout->addWidget(actions_);
  bodyLayout->addStretch(1);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(empty_);
  layout->addWidget(body_);

  if (wallet_) {
    // A note sealed a moment ago may be readable now, or must be hidden again.
    unlocked_ = !wallet_->isLocked();
    connect(wallet_, &WalletModel::lockedChanged, this, &OrderDetailWidget::onLockedChanged);
    connect(wallet_, &WalletModel::busyChanged, this, [this](bool busy) {
      if (busy) return;
      const bool pending = std::exchange(openWhenFree_, false);
      // isLocked() says nothing while busy: a change meanwhile shows only now.
      if (wallet_->isLocked() == unlocked_)
        onLockedChanged(wallet_->isLocked());
      else if (pending)
        openTexts();
    });
  }
  retranslateUi();
  clear();
}

void OrderDetailWidget::setOrder(const state::Order& order, const AccountKey& account, std::uint64_t tipHeight) {
  order_ = order;
  account_ = account;
  tipHeight_ = tipHeight;
  actions_->setOrder(order, account, tipHeight);
  openTexts();
}

void OrderDetailWidget::clear() {
  order_.reset();
  actions_->clear();
  render();
}

void OrderDetailWidget::setTipHeight(std::uint64_t tipHeight) {
  tipHeight_ = tipHeight;
  if (!order_) return;
  actions_->setOrder(*order_, account_, tipHeight);
  render();
}

void OrderDetailWidget::setNames(PartyNames names) {
  names_ = std::move(names);
  render();
}

void OrderDetailWidget::setUnit(DisplayUnit unit) {
  unit_ = unit;
  actions_->setUnit(unit);
  render();
}

void OrderDetailWidget::onLockedChanged(bool locked) {
  if (unlocked_ == !locked) return;  // already seen (busyChanged may tell first)
  unlocked_ = !locked;
  if (locked) opened_.reset();
  openTexts();
}

void OrderDetailWidget::openTexts() {
  if (!order_) return;
  const state::Order o = *order_;
  if (opened_ && opened_->order == o.id && opened_->reader == account_ && opened_->note == o.note &&
      opened_->tracking == o.tracking && opened_->shippedHeight == o.shippedHeight) {
    ++openRound_;  // an opening still under way is no newer than this
    noteText_ = opened_->noteText;
    trackingText_ = opened_->trackingText;
    render();
    return;
  }
  const std::uint64_t round = ++openRound_;
  const AccountKey reader = account_;
  const AccountKey noteRecipient = o.creator == o.merchant ? o.buyer : o.merchant;
  struct Opened {
    Result<Note> note = fail(WalletErrc::Locked, "not opened");
    Result<Note> tracking = fail(WalletErrc::Locked, "not opened");
  };
  auto open = [o, reader, noteRecipient](const NoteOpener& opener, Opened& out) {
    out.note = openOrderNote(opener, reader, o.creator, noteRecipient, o.note);
    out.tracking = openOrderNote(opener, reader, o.merchant, o.buyer, o.tracking);
  };
  auto show = [this, o](const Opened& opened, bool withKeys) {
    noteText_ = textFor(o.note, opened.note, withKeys);
    trackingText_ = o.shippedHeight == 0 ? tr("not shipped yet") : textFor(o.tracking, opened.tracking, withKeys);
    render();
  };
  // Plain texts need no key: shown at once, also while the keys are busy or locked.
  Opened plain;
  open(NoteOpener{}, plain);
  show(plain, false);
  const bool sealed =
      (!o.note.empty() && o.note.front() != kNotePlain) || (!o.tracking.empty() && o.tracking.front() != kNotePlain);
  // Not isLocked(): it is also true while the wallet is busy, which only means "later".
  if (!sealed || wallet_ == nullptr || !unlocked_) return;
  auto opened = std::make_shared<Opened>();
  const bool started = wallet_->readKeystore(
      [ctx = ctx_, opened, open](const Keystore& keystore) { open(keystoreNoteOpener(*ctx, keystore), *opened); },
      [this, round, opened, show, o, reader] {
        if (round != openRound_) return;
        show(*opened, true);
        if (!unlocked_) return;  // locked meanwhile: nothing to keep
        opened_ = OpenedTexts{o.id, reader, o.note, o.tracking, o.shippedHeight, noteText_, trackingText_};
      });
  if (!started) openWhenFree_ = true;
}

QString OrderDetailWidget::textFor(const Bytes& wire, const Result<Note>& note, bool withKeys) const {
  if (wire.empty()) return tr("none");
  if (note) return QString::fromStdString(note->text);
  if (!withKeys && unlocked_ && wire.front() != kNotePlain) return tr("Opening…");
  if (note.code() == WalletErrc::Locked || (!withKeys && wire.front() != kNotePlain)) {
    return tr("Sealed: unlock the wallet to read it.");
  }
  return tr("Sealed (%1)").arg(errorText(note.error()));
}

QString OrderDetailWidget::timelineText() const {
  QStringList steps;
  for (const TimelineStep& step : orderTimeline(*order_)) {
    const QString name = orderStateName(step.status);
    if (!step.reached)
      steps << tr("%1 (ahead)").arg(name);
    else if (step.current)
      steps << tr("[%1 · block %2]").arg(name).arg(step.height);
    else
      steps << tr("%1 · block %2").arg(name).arg(step.height);
  }
  return steps.join(QStringLiteral("  →  "));
}

void OrderDetailWidget::render() {
  empty_->setVisible(!order_);
  body_->setVisible(order_.has_value());
  if (!order_) return;
  const state::Order& o = *order_;
  const auto money = [&](Amount units) { return displayAmount(units, unit_); };

  title_->setText(tr("%1 × %2 — order %3").arg(QString::fromStdString(o.item)).arg(o.quantity).arg(shortOrderId(o.id)));
  title_->setToolTip(fullOrderId(o.id));
  QStringList parties{tr("Merchant: %1").arg(names_.nameWithAddress(o.merchant)),
                      tr("Buyer: %1").arg(names_.nameWithAddress(o.buyer))};
  if (o.hasArbiter()) parties << tr("Arbiter: %1").arg(names_.nameWithAddress(o.arbiter));
  if (!isZero(o.payer) && o.payer != o.buyer) parties << tr("Paid by: %1").arg(names_.nameWithAddress(o.payer));
  parties_->setText(parties.join(QLatin1Char('\n')));

  QStringList amounts{tr("%1 × %2 = %3").arg(o.quantity).arg(money(o.unitPrice), money(o.total()))};
  if (o.escrow != 0) amounts << tr("In escrow: %1").arg(money(o.escrow));
  if (o.releasedToMerchant != 0) amounts << tr("Released to the merchant: %1").arg(money(o.releasedToMerchant));
  if (o.returnedToPayer != 0) amounts << tr("Returned to the payer: %1").arg(money(o.returnedToPayer));
  amounts_->setText(amounts.join(QLatin1Char('\n')));

  const std::int64_t now = QDateTime::currentSecsSinceEpoch();
  QString stateText = orderStateName(o.status);
  if (o.deadline != 0) {
    stateText = tr("%1 — deadline at block %2, %3")
                    .arg(stateText)
                    .arg(o.deadline)
                    .arg(deadlineText(o.deadline, tipHeight_, sender_->params().blockTime, now));
  }
  state_->setText(stateText);
  timeline_->setText(timelineText());

  note_->setText(noteText_);
  tracking_->setText(trackingText_);
  reasonCaption_->setVisible(!o.reason.empty());
  reason_->setVisible(!o.reason.empty());
  reason_->setText(QString::fromStdString(o.reason));
}

void OrderDetailWidget::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QWidget::changeEvent(event);
}

void OrderDetailWidget::retranslateUi() {
  empty_->setText(tr("Select an order to see its details and what you can do with it."));
  partiesCaption_->setText(tr("Parties:"));
  amountsCaption_->setText(tr("Amounts:"));
  stateCaption_->setText(tr("State:"));
  timelineCaption_->setText(tr("Timeline:"));
  noteCaption_->setText(tr("Note:"));
  trackingCaption_->setText(tr("Tracking:"));
  reasonCaption_->setText(tr("Reason:"));
  if (order_)
    openTexts();  // the texts are sentences too
  else
    render();
}

}  // namespace wb::ui
