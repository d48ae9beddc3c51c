// Error codes of the ledger state rules (chain/state).
// Numbers and names never change once released (tests/error_codes.txt lists every code).
#pragma once

#include "chain/core/error.h"

namespace wb {

enum class StateErrc : std::uint16_t {
  // 340–359: ledger state rules
  BadNonce = 340,              // a nonce other than the sender's next one
  InsufficientFunds = 341,     // the balance cannot pay the amount and fee
  OrderNotFound = 342,         // no order with that id
  OrderWrongState = 343,       // the order's status does not allow the action
  WrongParty = 344,            // the sender is not the party the action needs
  PayAmountMismatch = 345,     // a payment that is not the order's total
  NoArbiter = 346,             // a dispute on an order without an arbiter
  ResolveExceedsEscrow = 347,  // a resolution paying out more than the escrow
  DelegateNameTaken = 348,     // another delegate has that name
  AlreadyDelegate = 349,       // the account is already a delegate
  UnknownDelegate = 350,       // a vote for an account that is not a delegate
  InsufficientStake = 351,     // unstaking more than the stake (pending and mature)
  Overflow = 352,              // a sum that would overflow 64 bits
  Corrupt = 353,               // stored state that does not decode (ours, never the sender's)
  OrderExists = 354,           // an order with that id exists
  BadGenesis = 355,            // genesis state the ledger cannot start from
  InvariantBroken = 356,       // the supply invariant does not hold (a bug or damaged state)
};

// Names and classifies StateErrc codes (defined in state_errc.cpp).
extern const ErrorDomain kStateErrors;

// Makes StateErrc an ErrorEnum: an ErrorCode built from one points here.
constexpr const ErrorDomain& errorDomain(StateErrc) { return kStateErrors; }

}  // namespace wb
