#include "chain/core/verified_signatures.h"

#include <cstring>

#include "chain/core/hash.h"

namespace wb {
namespace {

// The entry for `check`: a digest of all three parts, so no two checks share one.
Hash32 digestOf(const SignatureCheck& check) {
  return TaggedHasher("wb.sigok").update(check.key).update(check.message).update(check.sig).final();
}

}  // namespace

VerifiedSignatures::VerifiedSignatures(std::size_t capacity) : capacity_(capacity == 0 ? 1 : capacity) {}

std::size_t VerifiedSignatures::DigestHash::operator()(const Hash32& digest) const {
  // The digest is already uniform: any 8 of its bytes make a good bucket hash.
  std::size_t out = 0;
  std::memcpy(&out, digest.data(), sizeof out);
  return out;
}

void VerifiedSignatures::remember(const SignatureCheck& check) {
  const Hash32 digest = digestOf(check);
  std::lock_guard lock(mutex_);
  if (!known_.insert(digest).second) return;
  order_.push_back(digest);
  while (order_.size() > capacity_) {
    known_.erase(order_.front());
    order_.pop_front();
  }
}

bool VerifiedSignatures::contains(const SignatureCheck& check) const {
  const Hash32 digest = digestOf(check);
  std::lock_guard lock(mutex_);
  return known_.count(digest) != 0;
}

std::size_t VerifiedSignatures::size() const {
  std::lock_guard lock(mutex_);
  return known_.size();
}

}  // namespace wb
