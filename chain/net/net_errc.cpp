#include "chain/net/net_errc.h"

namespace wb {

namespace {

std::string_view netCodeName(std::uint16_t value) {
  switch (static_cast<NetErrc>(value)) {
    case NetErrc::BadMagic:
      return "net.bad_magic";
    case NetErrc::FrameTooLarge:
      return "net.frame_too_large";
    case NetErrc::BadChecksum:
      return "net.bad_checksum";
    case NetErrc::UnknownMessage:
      return "net.unknown_message";
    case NetErrc::WrongNetwork:
      return "net.wrong_network";
    case NetErrc::WrongVersion:
      return "net.wrong_version";
    case NetErrc::SelfConnection:
      return "net.self_connection";
    case NetErrc::HandshakeTimeout:
      return "net.handshake_timeout";
    case NetErrc::UnexpectedMessage:
      return "net.unexpected_message";
    case NetErrc::PingTimeout:
      return "net.ping_timeout";
    case NetErrc::SendQueueFull:
      return "net.send_queue_full";
    case NetErrc::Banned:
      return "net.banned";
    case NetErrc::TooManyPeers:
      return "net.too_many_peers";
    case NetErrc::AlreadyConnected:
      return "net.already_connected";
    case NetErrc::BanListCorrupt:
      return "net.ban_list_corrupt";
    case NetErrc::BanListIo:
      return "net.ban_list_io";
    case NetErrc::ListenFailed:
      return "net.listen_failed";
    case NetErrc::SocketError:
      return "net.socket_error";
    case NetErrc::BadHeaders:
      return "net.bad_headers";
    case NetErrc::InvalidBlock:
      return "net.invalid_block";
    case NetErrc::Discouraged:
      return "net.discouraged";
  }
  return {};
}

ErrorKind netCodeKind(std::uint16_t value) {
  static_cast<void>(value);
  return ErrorKind::Rejected;
}

}  // namespace

const ErrorDomain kNetErrors{"net", &netCodeName, &netCodeKind};

}  // namespace wb
