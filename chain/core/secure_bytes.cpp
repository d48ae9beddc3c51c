#include "chain/core/secure_bytes.h"

#include <sodium.h>

#include <cstring>
#include <new>
#include <utility>

#include "chain/core/core_errc.h"

namespace wb {

SecureBytes::SecureBytes(std::size_t size) : size_(size) {
  if (size == 0) return;
  data_ = static_cast<Byte*>(sodium_malloc(size));
  if (data_ == nullptr) throw std::bad_alloc();
  sodium_memzero(data_, size);
}

SecureBytes SecureBytes::copyOf(ByteView data) {
  SecureBytes out(data.size());
  if (!data.empty()) std::memcpy(out.data_, data.data(), data.size());
  return out;
}

SecureBytes::~SecureBytes() { clear(); }

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)) {}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept {
  if (this != &other) {
    clear();
    data_ = std::exchange(other.data_, nullptr);
    size_ = std::exchange(other.size_, 0);
  }
  return *this;
}

void SecureBytes::clear() {
  if (data_ != nullptr) {
    // sodium_free zeroes the region before releasing it.
    sodium_free(data_);
  }
  data_ = nullptr;
  size_ = 0;
}

Status initCrypto() {
  if (sodium_init() < 0) return fail(CoreErrc::CryptoInit, "libsodium could not be initialised");
  return {};
}

}  // namespace wb
