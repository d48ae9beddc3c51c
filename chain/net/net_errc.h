// Error codes of the peer-to-peer network (chain/net).
// Numbers and names never change once released (tests/error_codes.txt lists every code).
#pragma once

#include "chain/core/error.h"

namespace wb {

enum class NetErrc : std::uint16_t {
  // 600–639 (614 is EndpointErrc::BadAddress, chain/address)
  BadMagic = 600,           // a frame of another network (or not a Waybill frame)
  FrameTooLarge = 601,      // a frame header announcing a payload over the limit
  BadChecksum = 602,        // a frame whose payload does not match its checksum
  UnknownMessage = 603,     // a frame of an unknown message type
  WrongNetwork = 604,       // a hello for another genesis
  WrongVersion = 605,       // a hello with an unsupported protocol version
  SelfConnection = 606,     // a hello carrying our own node nonce
  HandshakeTimeout = 607,   // no complete handshake in time
  UnexpectedMessage = 608,  // a message out of order (before the handshake, twice…)
  PingTimeout = 609,        // no pong in time
  SendQueueFull = 610,      // the peer does not read what we send (slow reader)
  Banned = 611,             // the address is banned
  TooManyPeers = 612,       // the inbound or outbound limit is reached
  AlreadyConnected = 613,   // a connection to that endpoint exists
  BanListCorrupt = 615,     // the ban list file is damaged
  BanListIo = 616,          // the ban list file cannot be read or written
  ListenFailed = 617,       // the listening socket could not be opened
  SocketError = 618,        // the connection failed or was closed by the other side
  BadHeaders = 619,         // headers that do not connect or are not consecutive
  InvalidBlock = 620,       // a block that failed validation
  Discouraged = 621,        // the address misbehaved lately: no outbound connection to it
};

// Names and classifies NetErrc codes (defined in net_errc.cpp).
extern const ErrorDomain kNetErrors;

// Makes NetErrc an ErrorEnum: an ErrorCode built from one points here.
constexpr const ErrorDomain& errorDomain(NetErrc) { return kNetErrors; }

}  // namespace wb
