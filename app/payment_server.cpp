#include "app/payment_server.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <utility>

#include "chain/core/core_errc.h"

namespace wb::app {
namespace {

// A message is the byte size of its payload (quint32) then a QStringList of links; the
// receiver answers with kAck once it has them.
constexpr char kAck = 'k';
constexpr quint32 kMaxMessageBytes = 1 << 20;  // links are short; anything bigger is not ours

}  // namespace

QString instanceServerName(const QString& dataDir) {
  const QString path = QDir::cleanPath(QFileInfo(dataDir).absoluteFilePath());
  const QByteArray hash = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256);
  return QStringLiteral("waybill-") + QString::fromLatin1(hash.toHex().left(24));
}

Handover handToRunningInstance(const QString& dataDir, const QStringList& links, int timeoutMs) {
  QLocalSocket socket;
  socket.connectToServer(instanceServerName(dataDir));
  // Refused or not found: no socket, or one a crashed Waybill left behind.
  if (!socket.waitForConnected(timeoutMs)) return Handover::NoneRunning;
  QByteArray payload;
  {
    QDataStream out(&payload, QIODevice::WriteOnly);
    out << links;
  }
  QByteArray message;
  {
    QDataStream out(&message, QIODevice::WriteOnly);
    out << static_cast<quint32>(payload.size());
  }
  message += payload;
  socket.write(message);
  if (!socket.waitForBytesWritten(timeoutMs)) return Handover::NoAnswer;
  while (socket.bytesAvailable() < 1) {
    if (!socket.waitForReadyRead(timeoutMs)) return Handover::NoAnswer;
  }
  char ack = 0;
  return socket.getChar(&ack) && ack == kAck ? Handover::Delivered : Handover::NoAnswer;
}

PaymentServer::PaymentServer(const QString& dataDir, QObject* parent)
    : QObject(parent), name_(instanceServerName(dataDir)), server_(new QLocalServer(this)) {
  server_->setSocketOptions(QLocalServer::UserAccessOption);  // only this user may hand links over
  connect(server_, &QLocalServer::newConnection, this, [this] {
    while (QLocalSocket* socket = server_->nextPendingConnection()) {
      connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
      connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readFrom(socket); });
    }
  });
}

PaymentServer::~PaymentServer() = default;

Status PaymentServer::listen() {
  if (server_->listen(name_)) return {};
  // handToRunningInstance found nobody listening, so a socket file left by a crash is stale.
  QLocalServer::removeServer(name_);
  if (server_->listen(name_)) return {};
  return fail(CoreErrc::IoError, "cannot listen for payment links on " + name_.toStdString() + ": " +
                                     server_->errorString().toStdString());
}

void PaymentServer::close() { server_->close(); }

void PaymentServer::readFrom(QLocalSocket* socket) {
  // Wait for the whole message; a sender that lies about the size is dropped.
  if (socket->bytesAvailable() < static_cast<qint64>(sizeof(quint32))) return;
  quint32 size = 0;
  QDataStream header(socket->peek(sizeof(quint32)));
  header >> size;
  if (size > kMaxMessageBytes) {
    socket->abort();
    return;
  }
  if (socket->bytesAvailable() < static_cast<qint64>(sizeof(quint32) + size)) return;
  socket->skip(sizeof(quint32));
  QStringList links;
  QDataStream payload(socket->read(size));
  payload >> links;
  if (payload.status() != QDataStream::Ok) {
    socket->abort();
    return;
  }
  socket->putChar(kAck);
  socket->flush();
  socket->disconnectFromServer();
  emit activationRequested();
  submit(links);
}

void PaymentServer::submit(const QStringList& links) {
  if (!ready_) {
    queue_ += links;
    return;
  }
  for (const QString& link : links) emit linkReceived(link);
}

void PaymentServer::setReady() {
  if (ready_) return;
  ready_ = true;
  const QStringList queued = std::exchange(queue_, {});
  submit(queued);
}

}  // namespace wb::app
