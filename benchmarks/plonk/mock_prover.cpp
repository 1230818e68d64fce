// MockProver.verify on the wide test circuit (40 advice + 10 fixed columns,
// degree-4 gates, a byte lookup, 1000 copies) for 2^k rows, k as the argument;
// and the compiled evaluator alone over all gate constraints.
#include <benchmark/benchmark.h>

#include "cpp/plonk/evaluator.hpp"
#include "cpp/plonk/mock_prover.hpp"
#include "tests/cpp/plonk/wide_circuit.hpp"

namespace {

using namespace zkevm::plonk;

struct Wide {
  test::WideCircuit circuit;
  ConstraintSystem cs;
  std::unique_ptr<Assignment> assignment;
  explicit Wide(uint32_t k) {
    circuit.configure(cs);
    assignment = std::make_unique<Assignment>(cs, k);
    circuit.synthesize(*assignment);
  }
};

void BM_mock_prover_wide(benchmark::State& state) {
  Wide w(static_cast<uint32_t>(state.range(0)));
  for (auto _ : state) {
    auto failures = MockProver(w.cs, *w.assignment).verify();
    if (!failures.empty()) state.SkipWithError("wide circuit not satisfied");
    benchmark::DoNotOptimize(failures);
  }
  state.counters["cells"] = static_cast<double>(w.assignment->n() * 51);
}
BENCHMARK(BM_mock_prover_wide)->Arg(14)->Arg(16)->Arg(18)->Unit(benchmark::kMillisecond);

void BM_gate_program_wide(benchmark::State& state) {
  Wide w(static_cast<uint32_t>(state.range(0)));
  std::vector<Expression> polys;
  for (const auto& g : w.cs.gates()) {
    for (const auto& c : g.constraints) polys.push_back(c.polynomial);
  }
  const Program program = compile(polys);
  ColumnSource source;
  source.size = w.assignment->n();
  for (uint32_t i = 0; i < w.cs.num_advice_columns(); ++i) {
    source.advice.push_back(w.assignment->column_values({ColumnKind::Advice, i}).data());
  }
  for (uint32_t i = 0; i < w.cs.num_fixed_columns(); ++i) {
    source.fixed.push_back(w.assignment->column_values({ColumnKind::Fixed, i}).data());
  }
  for (auto _ : state) {
    size_t nonzero = 0;
    program.evaluate(source, {}, [&](size_t, size_t count, const Fr* const* values) {
      for (size_t i = 0; i < count; ++i) nonzero += !values[0][i].is_zero();
    });
    benchmark::DoNotOptimize(nonzero);
  }
  state.counters["instructions"] = static_cast<double>(program.num_instructions());
}
BENCHMARK(BM_gate_program_wide)->Arg(16)->Arg(18)->Unit(benchmark::kMillisecond);

}  // namespace
