// waybill-bench: prints one JSON line per benchmark (DESIGN §9).
//   waybill-bench verify-limit [--signatures N] [--threads N]
#include <charconv>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

#include "chain/core/secure_bytes.h"
#include "tests/bench/peak_memory.h"
#include "tests/bench/verify_limit.h"

namespace {

constexpr int kUsage = 2;

int usage() {
  std::fprintf(stderr,
               "usage: waybill-bench verify-limit [--signatures N] [--threads N]\n");
  return kUsage;
}

bool parseCount(const char* text, std::size_t& out) {
  std::string_view s(text);
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && end == s.data() + s.size();
}

int runVerifyLimit(int argc, char** argv) {
  std::size_t signatures = 20000;
  std::size_t threads = 0;
  for (int i = 2; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (i + 1 >= argc) return usage();
    if (arg == "--signatures" && parseCount(argv[i + 1], signatures) && signatures > 0) ++i;
    else if (arg == "--threads" && parseCount(argv[i + 1], threads)) ++i;
    else return usage();
  }
  const auto r = wb::bench::measureVerifyLimit(signatures, threads);
  std::printf(
      "{\"bench\":\"verify-limit\",\"threads\":%zu,\"verifications\":%zu,\"seconds\":%.4f,\"per_second\":%.0f,"
      "\"peak_rss_kib\":%llu}\n",
      r.threads, r.verifications, r.seconds, r.perSecond,
      static_cast<unsigned long long>(wb::bench::peakMemoryKib()));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (!wb::initCrypto().ok()) {
    std::fprintf(stderr, "waybill-bench: libsodium could not be initialised\n");
    return 1;
  }
  if (argc < 2) return usage();
  if (std::strcmp(argv[1], "verify-limit") == 0) return runVerifyLimit(argc, argv);
  std::fprintf(stderr, "waybill-bench: unknown benchmark '%s'\n", argv[1]);
  return usage();
}
