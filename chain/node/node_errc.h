// Error codes of the node and waybilld (chain/node).
// Numbers and names never change once released (tests/error_codes.txt lists every code).
#pragma once

#include "chain/core/error.h"

namespace wb {

enum class NodeErrc : std::uint16_t {
  // 720–769: the node and waybilld
  NotDevClock = 720,       // dev_produce on a node without --dev-clock manual
  NoProducerKeys = 721,    // production asked for and no key to produce with
  ProductionFailed = 722,  // a block could not be produced (template, seal or import)
  UnknownNetwork = 723,    // --network names no network folder in the data directory
  GenesisMismatch = 724,   // --genesis differs from the network's stored genesis.json
  CheckFailed = 725,       // --check found the ledger inconsistent
  DataDirIo = 726,         // the data directory or a file in it cannot be read or written
  BadRelayedTx = 727,      // a peer relayed a transaction no chain could hold (bad signature, broken rule)
};

// Names and classifies NodeErrc codes (defined in node_errc.cpp).
extern const ErrorDomain kNodeErrors;

// Makes NodeErrc an ErrorEnum: an ErrorCode built from one points here.
constexpr const ErrorDomain& errorDomain(NodeErrc) { return kNodeErrors; }

}  // namespace wb
