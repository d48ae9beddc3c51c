// fuzz_genesis_json: a genesis.json handed over by another node operator
// (DESIGN §4, §10). The JSON parser and the genesis reader must reject bad
// text with a clear error and never crash; what they accept must survive
// write → parse unchanged (same value, same genesis hash, same text).
#include <string>
#include <string_view>

#include "chain/core/core_errc.h"
#include "chain/core/genesis.h"
#include "chain/core/json.h"
#include "tests/fuzz/fuzz_target.h"

using namespace wb;

namespace {

bool isGenesisError(ErrorCode code) {
  const auto value = code.value();
  return (value >= 360 && value < 380) || code == CoreErrc::ParamsInvalid;
}

void checkJson(std::string_view text) {
  const auto json = parseJson(text);
  if (!json) {
    WB_FUZZ_CHECK(isGenesisError(json.code()) && !json.error().message.empty());
    return;
  }
  const std::string written = writeJson(*json);
  // Pretty printing may outgrow the input limit (indentation); compare only what can be re-read.
  if (written.size() > JsonLimits{}.maxBytes) return;
  const auto again = parseJson(written);
  WB_FUZZ_CHECK(again.ok() && *again == *json);
  WB_FUZZ_CHECK(writeJson(*again) == written);
}

void checkGenesis(std::string_view text) {
  const auto genesis = parseGenesisJson(text);
  if (!genesis) {
    WB_FUZZ_CHECK(!genesis.error().message.empty());
    return;
  }
  WB_FUZZ_CHECK(checkGenesis(*genesis).ok());
  WB_FUZZ_CHECK(genesis->params.genesisHash == genesisHash(*genesis));
  WB_FUZZ_CHECK(genesisSupply(*genesis).ok());
  const std::string written = writeGenesisJson(*genesis);
  const auto again = parseGenesisJson(written);
  WB_FUZZ_CHECK(again.ok() && *again == *genesis);
  WB_FUZZ_CHECK(again->params.genesisHash == genesis->params.genesisHash);
  WB_FUZZ_CHECK(writeGenesisJson(*again) == written);
  (void)genesisBlockHash(*genesis, Hash32{});
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  checkJson(text);
  checkGenesis(text);
  return 0;
}
