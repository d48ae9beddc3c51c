// The detail panel of the selected order (DESIGN §8): item, parties, amounts,
// the timeline Created → Paid → Shipped → Completed (with the Disputed branch and
// the other endings), the current deadline, the private note and tracking —
// opened with the wallet's key while it is unlocked, else shown as sealed — and
// the actions the acting account may take (OrderActionPanel).
#pragma once

#include <QWidget>
#include <memory>
#include <optional>

#include "chain/core/schnorr.h"
#include "chain/state/records.h"
#include "ui/display_unit.h"
#include "ui/orders/party_names.h"
#include "wallet/note_crypto.h"

class QLabel;

namespace wb::ui {

class OrderActionPanel;
class TxSender;
class WalletModel;

class OrderDetailWidget : public QWidget {
  Q_OBJECT
public:
  // `sender` (and its wallet) must outlive the widget.
  OrderDetailWidget(std::shared_ptr<const SecpContext> ctx, TxSender* sender, QWidget* parent = nullptr);

  // Shows `order` as seen by the wallet's `account` (the party whose tab it is).
  void setOrder(const state::Order& order, const AccountKey& account, std::uint64_t tipHeight);
  // Nothing selected.
  void clear();
  void setTipHeight(std::uint64_t tipHeight);
  void setNames(PartyNames names);
  void setUnit(DisplayUnit unit);
  // The order shown, if any.
  const std::optional<state::Order>& order() const { return order_; }
  OrderActionPanel* actions() const { return actions_; }

protected:
  void changeEvent(QEvent* event) override;

private:
  void render();
  // Opens the note and tracking for the acting account: plain ones at once, sealed
  // ones on a worker thread with the unlocked keystore (key derivation never runs on
  // the GUI thread); render() shows the latest result. Texts opened once stay open
  // while the order's texts and the reader are the same (an order update, a new
  // tip) and the wallet stays unlocked.
  void openTexts();
  void onLockedChanged(bool locked);
  // What the user reads for `wire` given how opening it went (`withKeys`: the
  // keystore was asked; else, while unlocked, a sealed text is being opened).
  QString textFor(const Bytes& wire, const Result<Note>& note, bool withKeys) const;
  QString timelineText() const;
  void retranslateUi();

  std::shared_ptr<const SecpContext> ctx_;
  TxSender* sender_;
  WalletModel* wallet_;
  PartyNames names_;
  DisplayUnit unit_ = DisplayUnit::Wbl;
  std::optional<state::Order> order_;
  AccountKey account_{};
  std::uint64_t tipHeight_ = 0;
  QString noteText_;
  QString trackingText_;
  // The texts last opened with the keys and what they were opened from.
  struct OpenedTexts {
    OrderId order{};
    AccountKey reader{};
    Bytes note;
    Bytes tracking;
    std::uint64_t shippedHeight = 0;
    QString noteText;
    QString trackingText;
  };
  std::optional<OpenedTexts> opened_;
  bool unlocked_ = false;
  std::uint64_t openRound_ = 0;  // answers of older rounds are dropped
  bool openWhenFree_ = false;    // the wallet was busy: open once it is free
  QLabel* empty_;
  QWidget* body_;
  QLabel* title_;
  QLabel* partiesCaption_;
  QLabel* parties_;
  QLabel* amountsCaption_;
  QLabel* amounts_;
  QLabel* stateCaption_;
  QLabel* state_;
  QLabel* timelineCaption_;
  QLabel* timeline_;
  QLabel* noteCaption_;
  QLabel* note_;
  QLabel* trackingCaption_;
  QLabel* tracking_;
  QLabel* reasonCaption_;
  QLabel* reason_;
  OrderActionPanel* actions_;
};

}  // namespace wb::ui
