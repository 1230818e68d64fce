// The KZG prover on the standard circuit (standard_circuit.hpp) for 2^k rows:
// BM_prove_standard/k/threads, one proof per run, with the phase breakdown,
// the proof size, the verifier's time, the process's CPU time and peak
// memory (getrusage maxrss, so run one configuration per process for a clean
// peak: benchmarks/plonk_table.py does) as counters. Seconds unless named.
// cells_per_core_s = advice cells / prover CPU seconds (all threads): the
// throughput per core, robust to other load on a shared machine.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <chrono>
#include <ctime>

#include "benchmarks/plonk/standard_circuit.hpp"
#include "cpp/plonk/keygen.hpp"
#include "cpp/plonk/prover.hpp"
#include "cpp/plonk/verifier.hpp"
#include "cpp/util/parallel.hpp"

namespace {

using namespace zkevm::plonk;

double process_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

double peak_rss_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

void BM_prove_standard(benchmark::State& state) {
  const auto k = static_cast<uint32_t>(state.range(0));
  zkevm::set_thread_count(static_cast<int>(state.range(1)));
  bench::StandardCircuit circuit;
  ConstraintSystem cs;
  circuit.configure(cs);
  const auto srs = zkevm::pcs::Srs::insecure_from_secret(Fr::from_u64(0xbe7c4), size_t{1} << k);
  double cpu = process_cpu_seconds();
  const ProvingKey pk = keygen(cs, circuit, srs, k);
  const double keygen_cpu = process_cpu_seconds() - cpu;
  ProveTimings t, total;
  ProveOptions options;
  options.timings = &t;
  std::vector<uint8_t> proof;
  double prove_cpu = 0;
  for (auto _ : state) {
    cpu = process_cpu_seconds();
    proof = prove(pk, circuit, {}, options);
    prove_cpu += process_cpu_seconds() - cpu;
    total.witness += t.witness;
    total.arguments += t.arguments;
    total.argument_commitments += t.argument_commitments;
    total.quotient += t.quotient;
    total.openings += t.openings;
  }
  const auto start = std::chrono::steady_clock::now();
  if (!verify_ok(pk.vk, {}, proof, srs.verifier_key())) state.SkipWithError("proof does not verify");
  const double verify_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double runs = static_cast<double>(state.iterations());
  const double cells = static_cast<double>((size_t{1} << k) * cs.num_advice_columns());  // as the halo2 anchor: rows × advice columns
  state.counters["witness_s"] = total.witness / runs;
  state.counters["arguments_s"] = total.arguments / runs;
  state.counters["arg_commit_s"] = total.argument_commitments / runs;
  state.counters["quotient_s"] = total.quotient / runs;
  state.counters["openings_s"] = total.openings / runs;
  state.counters["prove_cpu_s"] = prove_cpu / runs;
  state.counters["keygen_cpu_s"] = keygen_cpu;
  state.counters["verify_ms"] = verify_s * 1e3;
  state.counters["proof_bytes"] = static_cast<double>(proof.size());
  state.counters["threads"] = zkevm::thread_count();
  state.counters["advice_cells"] = cells;
  state.counters["cells_per_core_s"] = cells / (prove_cpu / runs);
  state.counters["peak_rss_mib"] = peak_rss_mib();
  zkevm::set_thread_count(0);
}
BENCHMARK(BM_prove_standard)
    ->ArgNames({"k", "threads"})
    ->ArgsProduct({{14, 16, 18}, {1, 2}})
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace
