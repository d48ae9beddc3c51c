// A small stand-in for libFuzzer's main, so every fuzz target also runs under
// CTest in the normal (GCC) build:
//
//   fuzz_X [--runs N] [--seed S] PATH…
//
// Each PATH is a file (one input, e.g. a crash to replay) or a folder (every
// file in it, in name order: the seed corpus). After the inputs themselves it
// runs N deterministic mutants of them (bit flips, interesting values,
// truncations, insertions, deletions, duplicated and spliced ranges) from a
// fixed PRNG seed, so a failure always reproduces. A crash or a broken
// property (WB_FUZZ_CHECK traps) kills the process, which fails the test; the
// input being run is first written to ./fuzz-crash-input for replay.
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "tests/fuzz/fuzz_target.h"

namespace {

using Input = std::vector<std::uint8_t>;

// splitmix64: tiny, well distributed and the same on every platform.
class Rng {
public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  // Uniform enough in [0, n) for n ≥ 1.
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }

private:
  std::uint64_t state_;
};

// The input being run, for the crash handler (async-signal-safe: no allocation).
const Input* g_current = nullptr;

void onCrash(int signal) {
  if (g_current != nullptr) {
    const int fd = ::open("fuzz-crash-input", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
      [[maybe_unused]] const auto written = ::write(fd, g_current->data(), g_current->size());
      ::close(fd);
    }
    static const char note[] = "fuzz driver: crashed; input saved to ./fuzz-crash-input\n";
    [[maybe_unused]] const auto shown = ::write(STDERR_FILENO, note, sizeof note - 1);
  }
  std::signal(signal, SIG_DFL);
  std::raise(signal);
}

void run(const Input& input) {
  g_current = &input;
  LLVMFuzzerTestOneInput(input.data(), input.size());
  g_current = nullptr;
}

bool readFile(const std::filesystem::path& path, Input& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return true;
}

// Values that sit on the edges decoders check: lengths, counts, versions, kinds.
constexpr std::uint32_t kInteresting[] = {0,          1,          2,          0x7f,      0x80,   0xff,
                                          0x100,      0x3ff,      0x400,      0x401,     0xffff, 0x10000,
                                          0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff};

void mutateOnce(Input& data, const std::vector<Input>& corpus, Rng& rng) {
  const std::size_t size = data.size();
  switch (rng.below(8)) {
    case 0:  // flip one bit
      if (size > 0) data[rng.below(size)] ^= std::uint8_t(1u << rng.below(8));
      break;
    case 1: {  // an interesting little-endian u8/u32 at a random place
      if (size == 0) break;
      const std::uint32_t value = kInteresting[rng.below(std::size(kInteresting))];
      const std::size_t at = rng.below(size);
      const std::size_t width = rng.below(2) == 0 ? 1 : 4;
      for (std::size_t i = 0; i < width && at + i < size; ++i) data[at + i] = std::uint8_t(value >> (8 * i));
      break;
    }
    case 2:  // truncate
      data.resize(size == 0 ? 0 : rng.below(size));
      break;
    case 3: {  // insert 1–16 random bytes
      const std::size_t at = rng.below(size + 1);
      Input extra(1 + rng.below(16));
      for (auto& b : extra) b = std::uint8_t(rng.next());
      data.insert(data.begin() + std::ptrdiff_t(at), extra.begin(), extra.end());
      break;
    }
    case 4: {  // delete a range
      if (size == 0) break;
      const std::size_t at = rng.below(size);
      const std::size_t n = 1 + rng.below(std::min<std::size_t>(size - at, 32));
      data.erase(data.begin() + std::ptrdiff_t(at), data.begin() + std::ptrdiff_t(at + n));
      break;
    }
    case 5: {  // duplicate a range in place
      if (size == 0) break;
      const std::size_t at = rng.below(size);
      const std::size_t n = 1 + rng.below(std::min<std::size_t>(size - at, 64));
      const Input copy(data.begin() + std::ptrdiff_t(at), data.begin() + std::ptrdiff_t(at + n));
      data.insert(data.begin() + std::ptrdiff_t(at), copy.begin(), copy.end());
      break;
    }
    case 6: {  // splice: the tail from another corpus input
      const Input& other = corpus[rng.below(corpus.size())];
      const std::size_t keep = rng.below(size + 1);
      const std::size_t from = rng.below(other.size() + 1);
      data.resize(keep);
      data.insert(data.end(), other.begin() + std::ptrdiff_t(from), other.end());
      break;
    }
    default:  // overwrite one byte with a random value
      if (size > 0) data[rng.below(size)] = std::uint8_t(rng.next());
      break;
  }
}

int usage() {
  std::fprintf(stderr, "usage: fuzz_target [--runs N] [--seed S] FILE_OR_FOLDER...\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t runs = 2000;
  std::uint64_t seed = 0x57415942494c4cULL;  // "WAYBILL"
  std::vector<std::filesystem::path> paths;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if ((arg == "--runs" || arg == "--seed") && i + 1 < argc) {
      const unsigned long long value = std::strtoull(argv[++i], nullptr, 0);
      if (arg == "--runs")
        runs = static_cast<std::size_t>(value);
      else
        seed = value;
    } else if (arg.rfind("--", 0) == 0) {
      return usage();
    } else {
      paths.emplace_back(arg);
    }
  }
  if (paths.empty()) return usage();

  std::vector<Input> corpus;
  for (const auto& path : paths) {
    std::vector<std::filesystem::path> files;
    std::error_code error;
    if (std::filesystem::is_directory(path, error)) {
      for (const auto& entry : std::filesystem::directory_iterator(path, error))
        if (entry.is_regular_file()) files.push_back(entry.path());
      std::sort(files.begin(), files.end());
    } else {
      files.push_back(path);
    }
    for (const auto& file : files) {
      Input input;
      if (!readFile(file, input)) {
        std::fprintf(stderr, "fuzz driver: cannot read %s\n", file.c_str());
        return 1;
      }
      corpus.push_back(std::move(input));
    }
  }
  if (corpus.empty()) {
    std::fprintf(stderr, "fuzz driver: no inputs found\n");
    return 1;
  }

  for (int signal : {SIGSEGV, SIGILL, SIGABRT, SIGFPE, SIGBUS}) std::signal(signal, onCrash);
  const auto start = std::chrono::steady_clock::now();
  run(Input());
  for (const Input& input : corpus) run(input);
  Rng rng(seed);
  for (std::size_t i = 0; i < runs; ++i) {
    Input mutant = corpus[i % corpus.size()];
    const std::size_t steps = 1 + rng.below(4);
    for (std::size_t s = 0; s < steps; ++s) mutateOnce(mutant, corpus, rng);
    run(mutant);
  }
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
  std::printf("fuzz driver: %zu corpus inputs and %zu mutants ran clean in %lld ms\n", corpus.size(), runs,
              static_cast<long long>(ms.count()));
  return 0;
}
