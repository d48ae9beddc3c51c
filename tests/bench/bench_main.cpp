// waybill-bench: prints one JSON line per benchmark (DESIGN §9).
//   waybill-bench verify-limit [--signatures N] [--threads N]
//   waybill-bench import [--blocks N] [--txs-per-block M] [--rounds R]
//   waybill-bench sync [--blocks N] [--txs-per-block M] [--rounds R]
//   waybill-bench rpc-orders [--orders N]
//   waybill-bench gui-start [--blocks N] [--txs-per-block M]
//   waybill-bench network [--nodes N] [--consensus pow|pos|dpos] [--blocks N] [--seed S]
//   waybill-bench light-sync [--blocks N] [--txs-per-block M] [--proofs P]
#include <QCoreApplication>
#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "chain/core/secure_bytes.h"
#include "tests/bench/gui_start_bench.h"
#include "tests/bench/import_bench.h"
#include "tests/bench/interleaved.h"
#include "tests/bench/light_sync_bench.h"
#include "tests/bench/network_bench.h"
#include "tests/bench/peak_memory.h"
#include "tests/bench/rpc_orders_bench.h"
#include "tests/bench/sync_bench.h"
#include "tests/bench/verify_limit.h"

namespace {

constexpr int kUsage = 2;

int usage() {
  std::fprintf(stderr,
               "usage: waybill-bench verify-limit [--signatures N] [--threads N]\n"
               "       waybill-bench import [--blocks N] [--txs-per-block M] [--rounds R]\n"
               "       waybill-bench sync [--blocks N] [--txs-per-block M] [--rounds R]\n"
               "       waybill-bench rpc-orders [--orders N]\n"
               "       waybill-bench gui-start [--blocks N] [--txs-per-block M]\n"
               "       waybill-bench network [--nodes N] [--consensus pow|pos|dpos] [--blocks N] [--seed S]\n"
               "       waybill-bench light-sync [--blocks N] [--txs-per-block M] [--proofs P]\n");
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
    if (arg == "--signatures" && parseCount(argv[i + 1], signatures) && signatures > 0)
      ++i;
    else if (arg == "--threads" && parseCount(argv[i + 1], threads))
      ++i;
    else
      return usage();
  }
  const auto r = wb::bench::measureVerifyLimit(signatures, threads);
  std::printf(
      "{\"bench\":\"verify-limit\",\"threads\":%zu,\"verifications\":%zu,\"seconds\":%.4f,\"per_second\":%.0f,"
      "\"peak_rss_kib\":%llu}\n",
      r.threads, r.verifications, r.seconds, r.perSecond, static_cast<unsigned long long>(wb::bench::peakMemoryKib()));
  return 0;
}

// Reads "--blocks N --txs-per-block M --rounds R" (all optional, all ≥ 1; `rounds`
// only where it is given).
bool parseChainSize(int argc, char** argv, std::size_t& blocks, std::size_t& perBlock, std::size_t* rounds = nullptr,
                    std::size_t* proofs = nullptr) {
  for (int i = 2; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (i + 1 >= argc) return false;
    if (arg == "--blocks" && parseCount(argv[i + 1], blocks) && blocks > 0)
      ++i;
    else if (arg == "--txs-per-block" && parseCount(argv[i + 1], perBlock) && perBlock > 0)
      ++i;
    else if (rounds != nullptr && arg == "--rounds" && parseCount(argv[i + 1], *rounds) && *rounds > 0)
      ++i;
    else if (proofs != nullptr && arg == "--proofs" && parseCount(argv[i + 1], *proofs) && *proofs > 0)
      ++i;
    else
      return false;
  }
  return true;
}

// "[a,b,c]" with `digits` decimals.
std::string jsonList(const std::vector<double>& values, int digits) {
  std::string out = "[";
  for (std::size_t i = 0; i < values.size(); ++i) {
    char item[32];
    std::snprintf(item, sizeof item, "%s%.*f", i == 0 ? "" : ",", digits, values[i]);
    out += item;
  }
  return out + "]";
}

// The import figure and its ratio to the verification limit, interleaved (DESIGN §9).
int runImport(int argc, char** argv) {
  std::size_t blocks = 100, perBlock = 1000, rounds = 3;
  if (!parseChainSize(argc, argv, blocks, perBlock, &rounds)) return usage();
  std::vector<wb::bench::ImportResult> runs;
  const auto r =
      wb::bench::measureInterleaved(rounds, std::min<std::size_t>(blocks * perBlock, 50000), [&](std::string& error) {
        runs.push_back(wb::bench::measureImport(blocks, perBlock));
        error = runs.back().error;
        return runs.back().txPerSecond;
      });
  if (!r.error.empty()) {
    std::fprintf(stderr, "waybill-bench: import failed: %s\n", r.error.c_str());
    return 1;
  }
  const auto& median = runs[r.medianRound];
  std::printf(
      "{\"bench\":\"import\",\"blocks\":%zu,\"txs\":%zu,\"rounds\":%zu,\"seconds\":%.4f,\"tx_per_second\":%.0f,"
      "\"verify_limit_per_second\":%.0f,\"ratio\":%.3f,\"ratios\":%s,\"verify_limits\":%s,\"peak_rss_kib\":%llu}\n",
      median.blocks, median.txs, rounds, median.seconds, median.txPerSecond,
      (r.limits[r.medianRound] + r.limits[r.medianRound + 1]) / 2, r.ratio, jsonList(r.ratios, 3).c_str(),
      jsonList(r.limits, 0).c_str(), static_cast<unsigned long long>(wb::bench::peakMemoryKib()));
  return 0;
}

// Blocks and transactions per second of a P2P sync, with the ratio to verify-limit, interleaved.
int runSync(int argc, char** argv) {
  std::size_t blocks = 200, perBlock = 200, rounds = 3;
  if (!parseChainSize(argc, argv, blocks, perBlock, &rounds)) return usage();
  std::vector<wb::bench::SyncResult> runs;
  const auto r =
      wb::bench::measureInterleaved(rounds, std::min<std::size_t>(blocks * perBlock, 50000), [&](std::string& error) {
        runs.push_back(wb::bench::measureSync(blocks, perBlock));
        error = runs.back().error;
        const auto& run = runs.back();
        return run.seconds > 0 ? double(run.txs) / run.seconds : 0.0;
      });
  if (!r.error.empty()) {
    std::fprintf(stderr, "waybill-bench: sync failed: %s\n", r.error.c_str());
    return 1;
  }
  const auto& median = runs[r.medianRound];
  const double txPerSecond = median.seconds > 0 ? double(median.txs) / median.seconds : 0;
  std::printf(
      "{\"bench\":\"sync\",\"blocks\":%zu,\"txs\":%zu,\"rounds\":%zu,\"seconds\":%.4f,\"blocks_per_second\":%.1f,"
      "\"tx_per_second\":%.0f,\"verify_limit_per_second\":%.0f,\"ratio\":%.3f,\"ratios\":%s,\"verify_limits\":%s,"
      "\"peak_rss_kib\":%llu}\n",
      median.blocks, median.txs, rounds, median.seconds,
      median.seconds > 0 ? double(median.blocks) / median.seconds : 0.0, txPerSecond,
      (r.limits[r.medianRound] + r.limits[r.medianRound + 1]) / 2, r.ratio, jsonList(r.ratios, 3).c_str(),
      jsonList(r.limits, 0).c_str(), static_cast<unsigned long long>(wb::bench::peakMemoryKib()));
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
  std::printf(
      "{\"bench\":\"gui-start\",\"blocks\":%zu,\"txs\":%zu,\"first_paint_ms\":%.0f,\"wall_ms\":%.0f,"
      "\"goal_ms\":1000,\"gui_peak_rss_kib\":%llu,\"peak_rss_kib\":%llu}\n",
      r.blocks, r.txs, r.firstPaintMs, r.wallMs, static_cast<unsigned long long>(r.guiPeakKib),
      static_cast<unsigned long long>(wb::bench::peakMemoryKib()));
  return 0;
}

// Block propagation and convergence after a partition across N waybilld processes.
int runNetwork(int argc, char** argv) {
  wb::bench::NetworkOptions options;
  std::size_t seed = 1;
  for (int i = 2; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (i + 1 >= argc) return usage();
    const std::string_view value = argv[i + 1];
    if (arg == "--nodes" && parseCount(argv[i + 1], options.nodes) && options.nodes >= 2 && options.nodes <= 200)
      ++i;
    else if (arg == "--blocks" && parseCount(argv[i + 1], options.blocks) && options.blocks > 0)
      ++i;
    else if (arg == "--seed" && parseCount(argv[i + 1], seed))
      ++i;
    else if (arg == "--consensus" && (value == "pow" || value == "pos" || value == "dpos")) {
      options.consensus = std::string(value);
      ++i;
    } else
      return usage();
  }
  options.seed = seed;
  options.partitionBlocks = std::max<std::size_t>(options.blocks / 2, 1);
  if (qEnvironmentVariableIsEmpty("WAYBILL_BUILD_DIR")) qputenv("WAYBILL_BUILD_DIR", WAYBILL_BUILD_DIR_DEFAULT);
  const auto r = wb::bench::measureNetwork(options);
  if (!r.error.empty()) {
    std::fprintf(stderr, "waybill-bench: network failed: %s\n", r.error.c_str());
    return 1;
  }
  std::printf(
      "{\"bench\":\"network\",\"consensus\":\"%s\",\"nodes\":%zu,\"links\":%zu,\"blocks\":%zu,"
      "\"propagation_p50_ms\":%.1f,\"propagation_p95_ms\":%.1f,\"propagation_max_ms\":%.1f,"
      "\"goal_p95_ms\":1000,\"partition_blocks\":%zu,\"restart_ms\":%.0f,\"converge_ms\":%.0f,"
      "\"peak_rss_kib\":%llu}\n",
      options.consensus.c_str(), r.nodes, r.links, r.blocks, r.p50Ms, r.p95Ms, r.maxMs, options.partitionBlocks,
      r.restartMs, r.convergeMs, static_cast<unsigned long long>(wb::bench::peakMemoryKib()));
  return 0;
}

// A light node following a full one: headers/s, proofs/s and disk used by each.
int runLightSync(int argc, char** argv) {
  // A 100,000-transaction chain; one burst of proofs (a large wallet's refresh).
  std::size_t blocks = 1000, perBlock = 100, proofs = 200;
  if (!parseChainSize(argc, argv, blocks, perBlock, nullptr, &proofs)) return usage();
  const auto r = wb::bench::measureLightSync(blocks, perBlock, proofs);
  if (!r.error.empty()) {
    std::fprintf(stderr, "waybill-bench: light-sync failed: %s\n", r.error.c_str());
    return 1;
  }
  std::printf(
      "{\"bench\":\"light-sync\",\"blocks\":%zu,\"txs\":%zu,\"header_seconds\":%.3f,\"headers_per_second\":%.0f,"
      "\"proofs\":%zu,\"proof_seconds\":%.3f,\"proofs_per_second\":%.0f,\"light_disk_kib\":%llu,"
      "\"full_disk_kib\":%llu,\"peak_rss_kib\":%llu}\n",
      r.blocks, r.txs, r.headerSeconds, r.headerSeconds > 0 ? double(r.blocks) / r.headerSeconds : 0.0, r.proofs,
      r.proofSeconds, r.proofSeconds > 0 ? double(r.proofs) / r.proofSeconds : 0.0,
      static_cast<unsigned long long>(r.lightDiskBytes / 1024), static_cast<unsigned long long>(r.fullDiskBytes / 1024),
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
  if (std::strcmp(argv[1], "network") == 0) return runNetwork(argc, argv);
  if (std::strcmp(argv[1], "light-sync") == 0) return runLightSync(argc, argv);
  std::fprintf(stderr, "waybill-bench: unknown benchmark '%s'\n", argv[1]);
  return usage();
}
