#include "chain/node/node_errc.h"

namespace wb {

namespace {

std::string_view nodeCodeName(std::uint16_t value) {
  switch (static_cast<NodeErrc>(value)) {
    case NodeErrc::NotDevClock:
      return "node.not_dev_clock";
    case NodeErrc::NoProducerKeys:
      return "node.no_producer_keys";
    case NodeErrc::ProductionFailed:
      return "node.production_failed";
    case NodeErrc::UnknownNetwork:
      return "node.unknown_network";
    case NodeErrc::GenesisMismatch:
      return "node.genesis_mismatch";
    case NodeErrc::CheckFailed:
      return "node.check_failed";
    case NodeErrc::DataDirIo:
      return "node.data_dir_io";
    case NodeErrc::BadRelayedTx:
      return "node.bad_relayed_tx";
  }
  return {};
}

ErrorKind nodeCodeKind(std::uint16_t value) {
  static_cast<void>(value);
  return ErrorKind::Rejected;
}

}  // namespace

const ErrorDomain kNodeErrors{"node", &nodeCodeName, &nodeCodeKind};

}  // namespace wb
