#include "chain/mempool/mempool_errc.h"

namespace wb {

namespace {

std::string_view mempoolCodeName(std::uint16_t value) {
  switch (static_cast<MempoolErrc>(value)) {
    case MempoolErrc::Duplicate:
      return "mempool.duplicate";
    case MempoolErrc::Full:
      return "mempool.full";
    case MempoolErrc::SenderLimit:
      return "mempool.sender_limit";
    case MempoolErrc::NonceTooFarAhead:
      return "mempool.nonce_too_far_ahead";
  }
  return {};
}

ErrorKind mempoolCodeKind(std::uint16_t value) {
  static_cast<void>(value);
  return ErrorKind::Rejected;
}

}  // namespace

const ErrorDomain kMempoolErrors{"mempool", &mempoolCodeName, &mempoolCodeKind};

}  // namespace wb
