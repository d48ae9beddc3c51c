// Memory for secrets (seeds, private keys, passphrases): allocated with
// sodium_malloc (guard pages, locked against swapping) and wiped on release.
#pragma once

#include <cstddef>
#include <string_view>

#include "chain/core/bytes.h"

namespace wb {

// A fixed-size buffer of secret bytes. Move-only; zeroed and freed on destruction.
// libsodium must be initialised (initCrypto()) before the first one is created.
class SecureBytes {
public:
  SecureBytes() = default;
  // Allocates `size` zeroed bytes. Throws std::bad_alloc when sodium_malloc fails,
  // like any allocation.
  explicit SecureBytes(std::size_t size);
  // Copies `data` into secure memory.
  static SecureBytes copyOf(ByteView data);
  static SecureBytes copyOf(std::string_view text) { return copyOf(asBytes(text)); }
  ~SecureBytes();

  SecureBytes(SecureBytes&& other) noexcept;
  SecureBytes& operator=(SecureBytes&& other) noexcept;
  SecureBytes(const SecureBytes&) = delete;
  SecureBytes& operator=(const SecureBytes&) = delete;

  Byte* data() { return data_; }
  const Byte* data() const { return data_; }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  ByteView view() const { return {data_, size_}; }
  std::string_view asString() const { return {reinterpret_cast<const char*>(data_), size_}; }

  // Wipes and frees now; the object becomes empty.
  void clear();

private:
  Byte* data_ = nullptr;
  std::size_t size_ = 0;
};

// Initialises libsodium; call once at program and test start. Fails with CryptoInit.
[[nodiscard]] Status initCrypto();

}  // namespace wb
