// waybill-bench: prints one JSON line per benchmark (DESIGN §9).
//   waybill-bench verify-limit [--signatures N] [--threads N]
//   waybill-bench import [--blocks N] [--txs-per-block M]
//   waybill-bench sync [--blocks N] [--txs-per-block M]
//   waybill-bench rpc-orders [--orders N]
//   waybill-bench gui-start [--blocks N] [--txs-per-block M]
#include <charconv>
#include <cstdio>
#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>

#include "chain/core/secure_bytes.h"
#include "tests/bench/gui_start_bench.h"
#include "tests/bench/import_bench.h"
#include "tests/bench/peak_memory.h"
#include "tests/bench/rpc_orders_bench.h"
#include "tests/bench/sync_bench.h"
#include "tests/bench/verify_limit.h"

namespace {

constexpr int kUsage = 2;

int usage() {
  std::fprintf(stderr,
               "usage: waybill-bench verify-limit [--signatures N] [--threads N]\n"
               "       waybill-bench import [--blocks N] [--txs-per-block M]\n"
               "       waybill-bench sync [--blocks N] [--txs-per-block M]\n"
               "       waybill-bench rpc-orders [--orders N]\n"
               "       waybill-bench gui-start [--blocks N] [--txs-per-block M]\n");
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

// Reads "--blocks N --txs-per-block M" (both optional, both ≥ 1).
bool parseChainSize(int argc, char** argv, std::size_t& blocks, std::size_t& perBlock) {
  for (int i = 2; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (i + 1 >= argc) return false;
    if (arg == "--blocks" && parseCount(argv[i + 1], blocks) && blocks > 0) ++i;
    else if (arg == "--txs-per-block" && parseCount(argv[i + 1], perBlock) && perBlock > 0) ++i;
    else return false;
  }
  return true;
}

// The import figure and its ratio to the verification limit measured in the same run.
int runImport(int argc, char** argv) {
  std::size_t blocks = 100, perBlock = 1000;
  if (!parseChainSize(argc, argv, blocks, perBlock)) return usage();
  const auto limit = wb::bench::measureVerifyLimit(std::min<std::size_t>(blocks * perBlock, 50000), 0);
  const auto r = wb::bench::measureImport(blocks, perBlock);
  if (!r.error.empty()) {
    std::fprintf(stderr, "waybill-bench: import failed: %s\n", r.error.c_str());
    return 1;
  }
  std::printf(
      "{\"bench\":\"import\",\"blocks\":%zu,\"txs\":%zu,\"seconds\":%.4f,\"tx_per_second\":%.0f,"
      "\"verify_limit_per_second\":%.0f,\"ratio\":%.3f,\"peak_rss_kib\":%llu}\n",
      r.blocks, r.txs, r.seconds, r.txPerSecond, limit.perSecond,
      limit.perSecond > 0 ? r.txPerSecond / limit.perSecond : 0.0,
      static_cast<unsigned long long>(wb::bench::peakMemoryKib()));
  return 0;
}

// Blocks and transactions per second of a P2P sync, with the ratio to verify-limit.
int runSync(int argc, char** argv) {
  std::size_t blocks = 200, perBlock = 200;
  if (!parseChainSize(argc, argv, blocks, perBlock)) return usage();
  const auto limit = wb::bench::measureVerifyLimit(std::min<std::size_t>(blocks * perBlock, 50000), 0);
  const auto r = wb::bench::measureSync(blocks, perBlock);
  if (!r.error.empty()) {
    std::fprintf(stderr, "waybill-bench: sync failed: %s\n", r.error.c_str());
    return 1;
  }
  const double txPerSecond = r.seconds > 0 ? double(r.txs) / r.seconds : 0;
  std::printf(
      "{\"bench\":\"sync\",\"blocks\":%zu,\"txs\":%zu,\"seconds\":%.4f,\"blocks_per_second\":%.1f,"
      "\"tx_per_second\":%.0f,\"verify_limit_per_second\":%.0f,\"ratio\":%.3f,\"peak_rss_kib\":%llu}\n",
      r.blocks, r.txs, r.seconds, r.seconds > 0 ? double(r.blocks) / r.seconds : 0.0, txPerSecond, limit.perSecond,
      limit.perSecond > 0 ? txPerSecond / limit.perSecond : 0.0,
      static_cast<unsigned long long>(wb::bench::peakMemoryKib()));
  return 0;
}

// Complete order lifecycles per second through JSON-RPC on a dev waybilld, per mode.
int runRpcOrders(int argc, char** argv) {
  std::size_t orders = 500;  // as many as the Ganache figure it is compared with
  const bool counted = argc == 4 && std::string_view(argv[2]) == "--orders" && parseCount(argv[3], orders);
  if ((argc != 2 && !counted) || orders == 0) return usage();
  // The daemon next to this program, unless the environment names a build.
  if (qEnvironmentVariableIsEmpty("WAYBILL_BUILD_DIR")) qputenv("WAYBILL_BUILD_DIR", WAYBILL_BUILD_DIR_DEFAULT);
  const auto r = wb::bench::measureRpcOrders(orders);
  if (!r.error.empty()) {
    std::fprintf(stderr, "waybill-bench: rpc-orders failed: %s\n", r.error.c_str());
    return 1;
  }
  std::string modes;
  for (const auto& mode : r.modes) {
    char item[96];
    std::snprintf(item, sizeof item, "%s\"%s\":%.1f", modes.empty() ? "" : ",", mode.name.c_str(),
                  mode.ordersPerSecond);
    modes += item;
  }
  std::printf(
      "{\"bench\":\"rpc-orders\",\"orders\":%zu,\"rpc_calls\":%zu,\"modes_orders_per_s\":{%s},"
      "\"orders_per_s\":%.1f,\"create_p50_ms\":%.3f,\"create_p99_ms\":%.3f,\"peak_rss_kib\":%llu}\n",
      r.orders, r.calls, modes.c_str(), r.bestOrdersPerSecond, r.createP50Ms, r.createP99Ms,
      static_cast<unsigned long long>(wb::bench::peakMemoryKib()));
  return 0;
}

// Start of the desktop application to its first painted window on a large ledger.
int runGuiStart(int argc, char** argv) {
  std::size_t blocks = 1000, perBlock = 1000;
  if (!parseChainSize(argc, argv, blocks, perBlock)) return usage();
  const QString build = qEnvironmentVariableIsEmpty("WAYBILL_BUILD_DIR") ? QStringLiteral(WAYBILL_BUILD_DIR_DEFAULT)
                                                                          : qEnvironmentVariable("WAYBILL_BUILD_DIR");
  const auto r = wb::bench::measureGuiStart(blocks, perBlock, build + QStringLiteral("/app/waybill"));
  if (!r.error.empty()) {
    std::fprintf(stderr, "waybill-bench: gui-start failed: %s\n", r.error.c_str());
    return 1;
  }
  std::printf("{\"bench\":\"gui-start\",\"blocks\":%zu,\"txs\":%zu,\"first_paint_ms\":%.0f,\"wall_ms\":%.0f,"
              "\"goal_ms\":1000,\"gui_peak_rss_kib\":%llu,\"peak_rss_kib\":%llu}\n",
              r.blocks, r.txs, r.firstPaintMs, r.wallMs, static_cast<unsigned long long>(r.guiPeakKib),
              static_cast<unsigned long long>(wb::bench::peakMemoryKib()));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);  // the sync benchmark runs Qt's event loop
  if (!wb::initCrypto().ok()) {
    std::fprintf(stderr, "waybill-bench: libsodium could not be initialised\n");
    return 1;
  }
  if (argc < 2) return usage();
  if (std::strcmp(argv[1], "verify-limit") == 0) return runVerifyLimit(argc, argv);
  if (std::strcmp(argv[1], "import") == 0) return runImport(argc, argv);
  if (std::strcmp(argv[1], "sync") == 0) return runSync(argc, argv);
  if (std::strcmp(argv[1], "rpc-orders") == 0) return runRpcOrders(argc, argv);
  if (std::strcmp(argv[1], "gui-start") == 0) return runGuiStart(argc, argv);
  std::fprintf(stderr, "waybill-bench: unknown benchmark '%s'\n", argv[1]);
  return usage();
}
