// NTT over BN254 Fr: forward, inverse and coset transforms of 2^k values, with
// the thread count as the second argument (ZKEVM_THREADS is overridden).
#include <benchmark/benchmark.h>

#include <random>

#include "cpp/poly/domain.hpp"
#include "cpp/poly/ntt.hpp"
#include "cpp/util/parallel.hpp"

namespace {

using zkevm::poly::Fr;
using zkevm::poly::NttPlan;

std::vector<Fr> random_values(std::size_t n) {
  std::mt19937_64 rng(7);
  std::vector<Fr> out(n);
  for (auto& v : out) v = Fr::random(rng);
  return out;
}

template <class Transform>
void run_transform(benchmark::State& state, Transform transform) {
  const unsigned k = static_cast<unsigned>(state.range(0));
  zkevm::set_thread_count(static_cast<int>(state.range(1)));
  auto plan = NttPlan::get(k);  // twiddles built outside the timed loop
  auto values = random_values(plan->size());
  for (auto _ : state) {
    transform(*plan, values);
    benchmark::DoNotOptimize(values.data());
    benchmark::ClobberMemory();
  }
  state.counters["elements"] = static_cast<double>(plan->size());
  zkevm::set_thread_count(0);
}

void BM_ntt_forward(benchmark::State& state) {
  run_transform(state, [](const NttPlan& p, std::vector<Fr>& v) { p.forward(v); });
}
void BM_ntt_inverse(benchmark::State& state) {
  run_transform(state, [](const NttPlan& p, std::vector<Fr>& v) { p.inverse(v); });
}
void BM_ntt_coset_forward(benchmark::State& state) {
  const Fr g = Fr::multiplicative_generator();
  run_transform(state, [&g](const NttPlan& p, std::vector<Fr>& v) { p.coset_forward(v, g); });
}
void BM_ntt_forward_bit_reversed(benchmark::State& state) {
  run_transform(state, [](const NttPlan& p, std::vector<Fr>& v) { p.forward_bit_reversed(v); });
}

void sizes(benchmark::internal::Benchmark* b) {
  for (int threads : {1, 2}) {
    for (int k = 10; k <= 20; k += 2) b->Args({k, threads});
  }
  b->ArgNames({"log_n", "threads"})->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();
}
void large_sizes(benchmark::internal::Benchmark* b) {
  for (int threads : {1, 2}) b->Args({16, threads})->Args({20, threads});
  b->ArgNames({"log_n", "threads"})->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();
}

BENCHMARK(BM_ntt_forward)->Apply(sizes);
BENCHMARK(BM_ntt_inverse)->Apply(large_sizes);
BENCHMARK(BM_ntt_coset_forward)->Apply(large_sizes);
BENCHMARK(BM_ntt_forward_bit_reversed)->Apply(large_sizes);

}  // namespace
