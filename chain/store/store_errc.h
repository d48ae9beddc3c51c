// Error codes of storage and the chain of blocks (chain/store).
// Numbers and names never change once released (tests/error_codes.txt lists every code).
#pragma once

#include "chain/core/error.h"

namespace wb {

enum class StoreErrc : std::uint16_t {
  // 450–499: storage (460 is CoreErrc::BadStoreKey, encoded in chain/core/keys.h)
  Lmdb = 450,            // an LMDB failure with no more specific code
  Io = 451,              // the operating system refused (permissions, disk full, I/O)
  NotFound = 452,        // a key or named database that must exist does not
  KeyExists = 453,       // insert-only write of a key (or duplicate) that exists
  MapFull = 454,         // the map is full and may not grow any further
  ReadersFull = 455,     // every reader slot is taken
  DbsFull = 456,         // more named databases than the environment allows
  Corrupt = 457,         // the files are damaged or not an LMDB/Waybill store
  TxnFull = 458,         // one transaction changed too many pages
  BadValueSize = 459,    // a key or duplicate value is empty or too long for LMDB
  SchemaVersion = 461,   // the store was written by an unknown schema version
  WrongNetwork = 462,    // the store belongs to another network (genesis hash)
  BadNetworkName = 463,  // a network name that cannot be a folder name
  ResizeBlocked = 464,   // growing the map waited too long for open transactions
  TxnFinished = 465,     // a transaction or cursor used after it ended
  // 470–489: the chain of blocks (chain/store/chain.h)
  ChainUnknownBlock = 470,     // no block with that hash or height
  ChainNotOnTip = 471,         // a block that does not extend the tip it was meant for
  ChainBadHeight = 472,        // a block whose height is not its parent's + 1
  ChainBadTxRoot = 473,        // a block whose transactions do not match its tx_root
  ChainKnownInvalid = 474,     // a block already found invalid, or a descendant of one
  ChainMissingBody = 475,      // a header whose block body is not stored
  ChainGenesisMismatch = 476,  // a chain that does not start at our genesis block
  ChainAtGenesis = 477,        // nothing to disconnect below the genesis block
  ChainBadStateRoot = 478,     // a header's state_root is not the root of the state after its block
};

// Names and classifies StoreErrc codes (defined in store_errc.cpp).
extern const ErrorDomain kStoreErrors;

// Makes StoreErrc an ErrorEnum: an ErrorCode built from one points here.
constexpr const ErrorDomain& errorDomain(StoreErrc) { return kStoreErrors; }

}  // namespace wb
