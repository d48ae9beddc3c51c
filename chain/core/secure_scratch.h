// Secure memory for secrets that live for microseconds: a keypair while one
// signature is made, an ECDH point while one note is sealed. Each SecureBytes
// costs an mmap and two mprotect calls, and freeing it an munmap whose TLB
// shootdown interrupts every core, which made a sealed order note cost more
// in the kernel than in the curve arithmetic. A ScratchSecret instead takes
// its bytes from one sodium_malloc region per thread, made on first use and
// kept for the thread's life, and wipes them when it goes out of scope. The
// secrets stay in guarded, unswappable memory, as everywhere else.
#pragma once

#include <array>
#include <cstddef>
#include <type_traits>

#include "chain/core/bytes.h"

namespace wb {

namespace secure_scratch {

// `size` bytes aligned for `align`, zeroed, from this thread's region (or a
// SecureBytes of their own when the region is full). Release in reverse order.
[[nodiscard]] void* claim(std::size_t size, std::size_t align);
// Wipes the last claimed block, `block` of `size` bytes, and returns it.
void release(void* block, std::size_t size);

}  // namespace secure_scratch

// One value of `T` (trivially copyable: a byte array or a libsecp256k1 struct)
// in this thread's secure scratch memory, zeroed at first and wiped at the end
// of its scope. Not movable: it lives in one scope on one thread.
template <class T>
class ScratchSecret {
  static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>);

public:
  ScratchSecret() : value_(static_cast<T*>(secure_scratch::claim(sizeof(T), alignof(T)))) {}
  ~ScratchSecret() { secure_scratch::release(value_, sizeof(T)); }
  ScratchSecret(const ScratchSecret&) = delete;
  ScratchSecret& operator=(const ScratchSecret&) = delete;

  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }
  T* operator->() { return value_; }
  const T* operator->() const { return value_; }
  T* get() { return value_; }
  const T* get() const { return value_; }

private:
  T* value_;
};

// A 32-byte secret (a scalar, a shared key) in scratch memory.
using ScratchKey32 = ScratchSecret<std::array<Byte, 32>>;

}  // namespace wb
