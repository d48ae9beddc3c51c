#include "chain/light/light_errc.h"

namespace wb {

namespace {

std::string_view lightCodeName(std::uint16_t value) {
  switch (static_cast<LightErrc>(value)) {
    case LightErrc::UnsupportedConsensus:
      return "light.unsupported_consensus";
    case LightErrc::UnknownParent:
      return "light.unknown_parent";
    case LightErrc::StateNeeded:
      return "light.state_needed";
    case LightErrc::ProofMalformed:
      return "light.proof_malformed";
    case LightErrc::ProofWrongBlock:
      return "light.proof_wrong_block";
    case LightErrc::ProofRootMismatch:
      return "light.proof_root_mismatch";
    case LightErrc::ProofWrongKey:
      return "light.proof_wrong_key";
    case LightErrc::ProofUnknownBlock:
      return "light.proof_unknown_block";
    case LightErrc::WitnessIncomplete:
      return "light.witness_incomplete";
  }
  return {};
}

ErrorKind lightCodeKind(std::uint16_t value) {
  static_cast<void>(value);
  return ErrorKind::Rejected;
}

}  // namespace

const ErrorDomain kLightErrors{"light", &lightCodeName, &lightCodeKind};

}  // namespace wb
