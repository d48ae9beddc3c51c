// fuzz_keystore_file: the bytes of a wallet file (DESIGN §6, §10), damaged or
// hostile. decodeWalletFile and Keystore::load must refuse bad bytes with a
// wallet error and accept only files that re-encode to the same bytes; the
// secret-payload decoder (run on the plaintext after unlocking) gets the same
// input and must round-trip too. No passphrase is tried: Argon2id would only
// make every run slow without reaching more decoding code.
#include "chain/core/error.h"
#include "chain/core/secure_bytes.h"
#include "tests/fuzz/fuzz_target.h"
#include "wallet/keystore.h"
#include "wallet/keystore_format.h"
#include "wallet/wallet_errc.h"

using namespace wb;

namespace {

bool isWalletError(ErrorCode code) {
  const auto value = code.value();
  return value >= 500 && value < 600;
}

void checkFile(ByteView input) {
  const auto file = decodeWalletFile(input);
  if (!file) {
    WB_FUZZ_CHECK(isWalletError(file.code()) && !file.error().message.empty());
    return;
  }
  WB_FUZZ_CHECK(fuzz::sameBytes(encodeWalletFile(*file), input));
  (void)walletAssociatedData(*file);

  const auto keystore = Keystore::load(fuzz::secpContext(), input, file->network.genesisHash);
  if (!keystore) {
    WB_FUZZ_CHECK(isWalletError(keystore.code()) && !keystore.error().message.empty());
    return;
  }
  WB_FUZZ_CHECK(keystore->isLocked());
  WB_FUZZ_CHECK(fuzz::sameBytes(keystore->serialize(), input));
}

void checkSecrets(ByteView input) {
  (void)fuzz::secpContext();  // initialises libsodium for SecureBytes
  const SecureBytes payload = SecureBytes::copyOf(input);
  const auto secrets = decodeWalletSecrets(payload);
  if (!secrets) {
    WB_FUZZ_CHECK(secrets.code() == WalletErrc::FileCorrupt && !secrets.error().message.empty());
    return;
  }
  const SecureBytes again = encodeWalletSecrets(*secrets);
  WB_FUZZ_CHECK(fuzz::sameBytes(again.view(), input));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const ByteView input = fuzz::inputView(data, size);
  checkFile(input);
  checkSecrets(input);
  return 0;
}
