// One Waybill window per data directory (DESIGN §12), as bitcoin-qt's PaymentServer:
// the first `waybill` on a data directory listens on a QLocalServer named from a
// hash of that directory; a later `waybill [waybill:…]` on the same directory hands
// its links over (and so brings the running window forward) and exits. Links that
// arrive before the window can open them — including the first process's own —
// wait in a queue until setReady().
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include "chain/core/core_errc.h"
#include "chain/core/error.h"

class QLocalServer;
class QLocalSocket;

namespace wb::app {

// The local server name for the GUI on `dataDir` (the same for every spelling of the path).
QString instanceServerName(const QString& dataDir);

enum class Handover {
  Delivered,    // the running Waybill confirmed it took the links
  NoneRunning,  // nobody listens on the data directory's name: this process is the first
  NoAnswer,     // one listens but did not confirm within the time (busy starting, or hung)
};

// Hands `links` (possibly none: "come forward") to the Waybill running on `dataDir`,
// waiting at most `timeoutMs` for its receipt. Blocks: call it before the event loop.
Handover handToRunningInstance(const QString& dataDir, const QStringList& links, int timeoutMs = 10'000);

class PaymentServer : public QObject {
  Q_OBJECT
public:
  explicit PaymentServer(const QString& dataDir, QObject* parent = nullptr);
  ~PaymentServer() override;

  // Takes the data directory's name, replacing a socket a crashed instance left (call
  // it only after handToRunningInstance said NoneRunning). Fails with CoreErrc::IoError.
  [[nodiscard]] Status listen();

  // Stops listening (another Waybill may take the name).
  void close();

  // Links for the window, delivered now when ready, else queued.
  void submit(const QStringList& links);

  // The window can open links: the queue is delivered, later links go straight through.
  void setReady();
  // Links wait again (the window is being replaced) until the next setReady().
  void hold() { ready_ = false; }
  bool isReady() const { return ready_; }

signals:
  // A `waybill:` link to open (unchecked: the window parses it for its network).
  void linkReceived(const QString& link);
  // Another `waybill` started on this data directory: the window should come forward.
  void activationRequested();

private:
  void readFrom(QLocalSocket* socket);

  QString name_;
  QLocalServer* server_;
  QStringList queue_;
  bool ready_ = false;
};

}  // namespace wb::app
