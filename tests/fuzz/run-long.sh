#!/usr/bin/env bash
# Long fuzzing runs (DESIGN §10; not in CI): builds every libFuzzer target with
# clang + ASan/UBSan (-DWAYBILL_FUZZ=ON) and runs each in turn for a given time,
# niced, one at a time, so the machine stays usable.
#
#   tests/fuzz/run-long.sh [SECONDS_PER_TARGET] [TARGET…]
#
# Defaults: 600 s, every target. Environment: BUILD_DIR (build-fuzz-clang),
# WORK_DIR (build-fuzz-clang/fuzz-runs), CC/CXX (clang-14/clang++-14 when
# present, else clang/clang++), JOBS (1). Each target's new inputs go to
# WORK_DIR/<target>/corpus (the seed corpus in tests/fuzz/corpus is read, never
# written); crashes, leaks and timeouts are saved as WORK_DIR/<target>/crash-*,
# leak-*, timeout-* and the run's log as WORK_DIR/<target>/log. Exit status 1
# when any target found something.
set -euo pipefail

seconds=${1:-600}
shift || true
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${BUILD_DIR:-$root/build-fuzz-clang}
work=${WORK_DIR:-$build/fuzz-runs}
jobs=${JOBS:-1}
all_targets=(tx block p2p_frame rpc_body genesis_json keystore_file host_port)
if (($# > 0)); then targets=("$@"); else targets=("${all_targets[@]}"); fi

pick() { command -v "$1" >/dev/null 2>&1 && echo "$1" || echo "$2"; }
export CC=${CC:-$(pick clang-14 clang)}
export CXX=${CXX:-$(pick clang++-14 clang++)}

launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
nice -n 19 cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWAYBILL_FUZZ=ON \
  -DWAYBILL_BUILD_GUI=OFF "${launcher[@]}" >/dev/null
nice -n 19 cmake --build "$build" -j "$jobs" --target "${targets[@]/#/fuzz_}"

found=0
for target in "${targets[@]}"; do
  dir=$work/$target
  mkdir -p "$dir/corpus"
  echo "fuzz_$target: ${seconds}s (log: $dir/log)"
  status=0
  # -artifact_prefix keeps findings out of the current folder; the seed corpus is read-only input.
  (cd "$dir" && nice -n 19 "$build/tests/fuzz/fuzz_$target" corpus "$root/tests/fuzz/corpus/$target" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$dir/" >"$dir/log" 2>&1) || status=$?
  findings=$(find "$dir" -maxdepth 1 \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$dir/log" | grep -o '[0-9]*$' || echo '?')
  echo "fuzz_$target: exit $status, $runs inputs, $findings finding(s)"
  if ((status != 0 || findings > 0)); then found=1; fi
done
exit $found
