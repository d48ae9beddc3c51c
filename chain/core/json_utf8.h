// UTF-8 helpers shared by the JSON reader and writer (internal to chain/core).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace wb {

// Length (2–4) of the well-formed multi-byte UTF-8 sequence starting at
// text[pos], or 0 when the bytes there are not one (bad lead byte, truncated,
// overlong, surrogate, beyond U+10FFFF). Validity is judged by isValidUtf8.
std::size_t utf8SequenceLength(std::string_view text, std::size_t pos);

// Appends `codePoint` (≤ U+10FFFF, not a surrogate) as UTF-8.
void appendUtf8(std::uint32_t codePoint, std::string& out);

}  // namespace wb
