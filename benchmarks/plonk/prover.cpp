// The KZG prover on the standard circuit (standard_circuit.hpp) for 2^k rows,
// k as the argument: one proof per run, with the phase breakdown, the proof
// size and the verifier's time as counters (seconds unless named otherwise).
#include <benchmark/benchmark.h>

#include <chrono>

#include "benchmarks/plonk/standard_circuit.hpp"
#include "cpp/plonk/keygen.hpp"
#include "cpp/plonk/prover.hpp"
#include "cpp/plonk/verifier.hpp"
#include "cpp/util/parallel.hpp"

namespace {

using namespace zkevm::plonk;

void BM_prove_standard(benchmark::State& state) {
  const auto k = static_cast<uint32_t>(state.range(0));
  bench::StandardCircuit circuit;
  ConstraintSystem cs;
  circuit.configure(cs);
  const auto srs = zkevm::pcs::Srs::insecure_from_secret(Fr::from_u64(0xbe7c4), size_t{1} << k);
  const ProvingKey pk = keygen(cs, circuit, srs, k);
  ProveTimings t, total;
  ProveOptions options;
  options.timings = &t;
  std::vector<uint8_t> proof;
  for (auto _ : state) {
    proof = prove(pk, circuit, {}, options);
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
  state.counters["witness_s"] = total.witness / runs;
  state.counters["arguments_s"] = total.arguments / runs;
  state.counters["arg_commit_s"] = total.argument_commitments / runs;
  state.counters["quotient_s"] = total.quotient / runs;
  state.counters["openings_s"] = total.openings / runs;
  state.counters["verify_ms"] = verify_s * 1e3;
  state.counters["proof_bytes"] = static_cast<double>(proof.size());
  state.counters["threads"] = zkevm::thread_count();
  state.counters["advice_cells"] = static_cast<double>((size_t{1} << k) * cs.num_advice_columns());
}
BENCHMARK(BM_prove_standard)->Arg(14)->Arg(16)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
