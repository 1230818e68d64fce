#!/usr/bin/env bash
# Runs every Google Benchmark binary in build/benchmarks with JSON output into
# benchmarks/results/<name>.json. Extra arguments go to each binary
# (e.g. --benchmark_filter=Msm). ZKEVM_THREADS sets the thread count.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p benchmarks/results
for bin in build/benchmarks/bench_*; do
  [ -x "$bin" ] || continue
  name=$(basename "$bin")
  echo "== $name (threads: ${ZKEVM_THREADS:-all})"
  "$bin" --benchmark_out="benchmarks/results/$name.json" --benchmark_out_format=json "$@"
done
