#include "chain/store/store_errc.h"

namespace wb {

namespace {

std::string_view storeCodeName(std::uint16_t value) {
  switch (static_cast<StoreErrc>(value)) {
    case StoreErrc::Lmdb:
      return "store.lmdb";
    case StoreErrc::Io:
      return "store.io";
    case StoreErrc::NotFound:
      return "store.not_found";
    case StoreErrc::KeyExists:
      return "store.key_exists";
    case StoreErrc::MapFull:
      return "store.map_full";
    case StoreErrc::ReadersFull:
      return "store.readers_full";
    case StoreErrc::DbsFull:
      return "store.dbs_full";
    case StoreErrc::Corrupt:
      return "store.corrupt";
    case StoreErrc::TxnFull:
      return "store.txn_full";
    case StoreErrc::BadValueSize:
      return "store.bad_value_size";
    case StoreErrc::SchemaVersion:
      return "store.schema_version";
    case StoreErrc::WrongNetwork:
      return "store.wrong_network";
    case StoreErrc::BadNetworkName:
      return "store.bad_network_name";
    case StoreErrc::ResizeBlocked:
      return "store.resize_blocked";
    case StoreErrc::TxnFinished:
      return "store.txn_finished";
    case StoreErrc::ChainUnknownBlock:
      return "chain.unknown_block";
    case StoreErrc::ChainNotOnTip:
      return "chain.not_on_tip";
    case StoreErrc::ChainBadHeight:
      return "chain.bad_height";
    case StoreErrc::ChainBadTxRoot:
      return "chain.bad_tx_root";
    case StoreErrc::ChainKnownInvalid:
      return "chain.known_invalid";
    case StoreErrc::ChainMissingBody:
      return "chain.missing_body";
    case StoreErrc::ChainGenesisMismatch:
      return "chain.genesis_mismatch";
    case StoreErrc::ChainAtGenesis:
      return "chain.at_genesis";
    case StoreErrc::ChainBadStateRoot:
      return "chain.bad_state_root";
  }
  return {};
}

ErrorKind storeCodeKind(std::uint16_t value) {
  switch (static_cast<StoreErrc>(value)) {
    case StoreErrc::Lmdb:
    case StoreErrc::Io:
    case StoreErrc::NotFound:
    case StoreErrc::KeyExists:
    case StoreErrc::MapFull:
    case StoreErrc::ReadersFull:
    case StoreErrc::DbsFull:
    case StoreErrc::Corrupt:
    case StoreErrc::TxnFull:
    case StoreErrc::BadValueSize:
    case StoreErrc::SchemaVersion:
    case StoreErrc::WrongNetwork:
    case StoreErrc::BadNetworkName:
    case StoreErrc::ResizeBlocked:
    case StoreErrc::TxnFinished:
      return ErrorKind::Internal;
    case StoreErrc::ChainUnknownBlock:
      return ErrorKind::NotFound;
    default:
      return ErrorKind::Rejected;
  }
}

}  // namespace

const ErrorDomain kStoreErrors{"store", &storeCodeName, &storeCodeKind};

}  // namespace wb
