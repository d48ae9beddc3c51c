// Test data: 32 bytes of one value, as whichever 32-byte kind a test needs.
#pragma once

#include "chain/core/bytes.h"
#include "chain/core/ids.h"

namespace wb::test {

// 32 bytes of `value`, as whichever 32-byte kind the test needs: plain bytes, an
// account key or an order id (the tests name samples, not kinds).
struct Filled32 {
  Byte value = 0;
  operator Hash32() const {
    Hash32 h;
    h.fill(value);
    return h;
  }
  template <class Kind>
  operator TypedHash32<Kind>() const {
    return TypedHash32<Kind>{Hash32(*this)};
  }
};
inline Filled32 filled(Byte value) { return {value}; }

}  // namespace wb::test
