#include "chain/state/state_errc.h"

namespace wb {

namespace {

std::string_view stateCodeName(std::uint16_t value) {
  switch (static_cast<StateErrc>(value)) {
    case StateErrc::BadNonce:
      return "state.bad_nonce";
    case StateErrc::InsufficientFunds:
      return "state.insufficient_funds";
    case StateErrc::OrderNotFound:
      return "state.order_not_found";
    case StateErrc::OrderWrongState:
      return "state.order_wrong_state";
    case StateErrc::WrongParty:
      return "state.wrong_party";
    case StateErrc::PayAmountMismatch:
      return "state.pay_amount_mismatch";
    case StateErrc::NoArbiter:
      return "state.no_arbiter";
    case StateErrc::ResolveExceedsEscrow:
      return "state.resolve_exceeds_escrow";
    case StateErrc::DelegateNameTaken:
      return "state.delegate_name_taken";
    case StateErrc::AlreadyDelegate:
      return "state.already_delegate";
    case StateErrc::UnknownDelegate:
      return "state.unknown_delegate";
    case StateErrc::InsufficientStake:
      return "state.insufficient_stake";
    case StateErrc::Overflow:
      return "state.overflow";
    case StateErrc::Corrupt:
      return "state.corrupt";
    case StateErrc::OrderExists:
      return "state.order_exists";
    case StateErrc::BadGenesis:
      return "state.bad_genesis";
    case StateErrc::InvariantBroken:
      return "state.invariant_broken";
  }
  return {};
}

ErrorKind stateCodeKind(std::uint16_t value) {
  switch (static_cast<StateErrc>(value)) {
    case StateErrc::InsufficientFunds:
    case StateErrc::InsufficientStake:
      return ErrorKind::InsufficientFunds;
    case StateErrc::OrderNotFound:
    case StateErrc::UnknownDelegate:
      return ErrorKind::NotFound;
    case StateErrc::OrderWrongState:
      return ErrorKind::WrongState;
    case StateErrc::WrongParty:
      return ErrorKind::WrongParty;
    case StateErrc::Corrupt:
    case StateErrc::InvariantBroken:
      return ErrorKind::Internal;
    default:
      return ErrorKind::Rejected;
  }
}

}  // namespace

const ErrorDomain kStateErrors{"state", &stateCodeName, &stateCodeKind};

}  // namespace wb
