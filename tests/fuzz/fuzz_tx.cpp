// fuzz_tx: one transaction off the wire (DESIGN §2, §3). decodeTx must reject
// bad bytes with a decoding error and accept only canonical encodings:
// encode(decode(bytes)) == bytes. Accepted transactions then go through the
// state-free rules, the digests and signature verification, which must not
// crash on any decoded value either.
#include "chain/core/core_errc.h"
#include "chain/core/params.h"
#include "chain/core/tx_check.h"
#include "chain/core/tx_codec.h"
#include "chain/core/tx_sign.h"
#include "tests/fuzz/fuzz_target.h"

using namespace wb;

namespace {

bool isDecodeError(ErrorCode code) {
  const auto value = code.value();
  return (value >= 100 && value < 200) || code == CoreErrc::TxBadVersion || code == CoreErrc::TxUnknownKind;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const ChainParams params = devParams(ConsensusKind::Pow);
  const ByteView input = fuzz::inputView(data, size);

  const auto tx = decodeTx(input);
  Reader reader(input);
  const auto read = readTx(reader);
  if (!tx) {
    WB_FUZZ_CHECK(isDecodeError(tx.code()) && !tx.error().message.empty());
    // readTx stops after one tx; decodeTx refuses only what follows it.
    if (read) WB_FUZZ_CHECK(reader.remaining() > 0 && tx.code() == CoreErrc::DecodeTrailingBytes);
    return 0;
  }
  WB_FUZZ_CHECK(read.ok() && reader.remaining() == 0 && *read == *tx);

  // Canonical: the one encoding of this value is the input.
  WB_FUZZ_CHECK(fuzz::sameBytes(encodeTx(*tx), input));
  WB_FUZZ_CHECK(encodedTxSize(*tx) == size);
  WB_FUZZ_CHECK(fuzz::sameBytes(encodeTxUnsigned(*tx), input.first(size - 64)));
  WB_FUZZ_CHECK(!txKindName(tx->kind()).empty());

  // Digests from the wire bytes equal those from the decoded value.
  const TxDigests digests = digestEncodedTx(params.genesisHash, input);
  WB_FUZZ_CHECK(digests == digestTx(params.genesisHash, *tx));
  WB_FUZZ_CHECK(digests.txid == computeTxid(*tx));

  const Status rules = checkTxStateless(*tx, params, size);
  WB_FUZZ_CHECK(rules.code() == checkTxStateless(*tx, params).code());
  WB_FUZZ_CHECK(rules.ok() || !rules.error().message.empty());

  const Status signature = verifyTxSignatureWithHash(fuzz::secpContext(), *tx, digests.sigHash);
  WB_FUZZ_CHECK(signature.ok() || signature.code() == CoreErrc::TxBadSignature);
  return 0;
}
