#include "chain/core/secure_scratch.h"

#include <sodium.h>

#include <cassert>
#include <cstdint>
#include <memory>
#include <vector>

#include "chain/core/secure_bytes.h"

namespace wb::secure_scratch {
namespace {

// Enough for every scratch secret one signing or sealing holds at once
// (a keypair is 96 bytes, a key 32), with room to spare.
constexpr std::size_t kRegionBytes = 4096;

// This thread's region, used as a stack: claims bump `used`, releases undo them.
struct Region {
  SecureBytes memory{kRegionBytes};
  std::size_t used = 0;
  // Blocks that did not fit, each in its own secure allocation (rare: deep nesting).
  std::vector<std::unique_ptr<SecureBytes>> overflow;
};

Region& region() {
  thread_local Region here;
  return here;
}

}  // namespace

void* claim(std::size_t size, std::size_t align) {
  Region& r = region();
  const auto base = reinterpret_cast<std::uintptr_t>(r.memory.data());
  const std::uintptr_t at = (base + r.used + align - 1) / align * align;
  if (at + size <= base + kRegionBytes) {
    r.used = at + size - base;
    return reinterpret_cast<void*>(at);  // zero: the region is wiped after every use
  }
  r.overflow.push_back(std::make_unique<SecureBytes>(size));  // sodium_malloc aligns for any type
  return r.overflow.back()->data();
}

void release(void* block, std::size_t size) {
  Region& r = region();
  if (!r.overflow.empty() && r.overflow.back()->data() == block) {
    r.overflow.pop_back();  // freeing wipes it
    return;
  }
  sodium_memzero(block, size);
  const auto base = reinterpret_cast<std::uintptr_t>(r.memory.data());
  const auto at = reinterpret_cast<std::uintptr_t>(block);
  assert(at >= base && at + size <= base + r.used);
  // Claims are scoped, so this block is the last one: its start is the new top
  // (the padding before it was never written).
  r.used = at - base;
}

}  // namespace wb::secure_scratch
