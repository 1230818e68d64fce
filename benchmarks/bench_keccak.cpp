// The Keccak circuit: rows, columns and cells per Keccak-f permutation
// (reported as counters), MockProver time, and the prover's time for 100
// permutations (100 one-block inputs; BM_keccak_prove/100).
#include <benchmark/benchmark.h>

#include "circuits/keccak/circuit.hpp"
#include "cpp/pcs/srs.hpp"
#include "cpp/plonk/keygen.hpp"
#include "cpp/plonk/mock_prover.hpp"
#include "cpp/plonk/prover.hpp"
#include "cpp/plonk/verifier.hpp"

namespace {

using namespace zkevm;
using circuits::KeccakCircuit;

std::vector<std::vector<uint8_t>> inputs_for(size_t permutations) {
  std::vector<std::vector<uint8_t>> inputs;
  for (size_t i = 0; i < permutations; ++i) inputs.push_back(std::vector<uint8_t>(i % 136, static_cast<uint8_t>(i)));
  return inputs;
}

void report_shape(benchmark::State& state, const plonk::ConstraintSystem& cs) {
  const double rows = circuits::keccak::kBlockRows;
  const double columns = static_cast<double>(cs.num_advice_columns() + cs.num_fixed_columns());
  state.counters["rows_per_perm"] = rows;
  state.counters["advice_cols"] = static_cast<double>(cs.num_advice_columns());
  state.counters["fixed_cols"] = static_cast<double>(cs.num_fixed_columns());
  state.counters["cells_per_perm"] = rows * columns;
  state.counters["advice_cells_per_perm"] = rows * static_cast<double>(cs.num_advice_columns());
  state.counters["lookups"] = static_cast<double>(cs.lookups().size());
  state.counters["lookup_groups"] = static_cast<double>(cs.lookup_groups().size());
  state.counters["degree"] = cs.degree();
}

void BM_keccak_mock_prove(benchmark::State& state) {
  const auto inputs = inputs_for(static_cast<size_t>(state.range(0)));
  const uint32_t k = circuits::keccak_min_k(inputs);
  for (auto _ : state) {
    KeccakCircuit circuit(inputs);
    auto prover = plonk::MockProver::run(circuit, k);
    if (!prover.verify().empty()) state.SkipWithError("mock prover failed");
    report_shape(state, prover.constraint_system());
  }
  state.counters["k"] = k;
}
BENCHMARK(BM_keccak_mock_prove)->Arg(1)->Arg(10)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_keccak_prove(benchmark::State& state) {
  const size_t perms = static_cast<size_t>(state.range(0));
  const auto inputs = inputs_for(perms);
  const uint32_t k = circuits::keccak_min_k(inputs);
  const pcs::Srs srs = pcs::Srs::insecure_from_secret(plonk::Fr::from_u64(0x5eed), size_t{1} << k);
  KeccakCircuit circuit(inputs);
  plonk::ConstraintSystem cs;
  circuit.configure(cs);
  const plonk::ProvingKey pk = plonk::keygen(cs, circuit, srs, k);
  plonk::ProveTimings t;
  std::vector<uint8_t> proof;
  for (auto _ : state) {
    KeccakCircuit prover_circuit(inputs);
    plonk::ProveOptions options;
    options.timings = &t;
    proof = plonk::prove(pk, prover_circuit, {}, options);
  }
  if (!plonk::verify_ok(pk.vk, {}, proof, srs.verifier_key())) state.SkipWithError("proof did not verify");
  report_shape(state, cs);
  state.counters["k"] = k;
  state.counters["witness_s"] = t.witness;
  state.counters["arguments_s"] = t.arguments + t.argument_commitments;
  state.counters["quotient_s"] = t.quotient;
  state.counters["openings_s"] = t.openings;
  state.counters["proof_bytes"] = static_cast<double>(proof.size());
}
BENCHMARK(BM_keccak_prove)->Arg(10)->Arg(100)->Unit(benchmark::kSecond)->Iterations(1);

}  // namespace
