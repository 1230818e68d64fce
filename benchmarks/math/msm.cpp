// Multi-scalar multiplication: G1 at 2^10 .. 2^20 points and G2 at 2^10 with
// the default choices (BM_msm_g1, BM_msm_g2), and G1 with a forced bucket kind
// and window size for tuning (BM_msm_g1_tune: log2 n, window bits, kind with
// 0 = Jacobian, 1 = affine). Wall-clock time, and CPU time summed over all
// threads (on a loaded machine the CPU time of one thread is the better guide
// to its unloaded wall time). ZKEVM_THREADS sets the threads.
#include <benchmark/benchmark.h>

#include <random>
#include <vector>

#include "cpp/ec/msm.hpp"
#include "cpp/util/parallel.hpp"

namespace {

using namespace zkevm::ec;
using zkevm::ff::Fr;

// 2^20 distinct points P0 + i Q, made affine in one batch: far cheaper to set
// up than 2^20 scalar multiplications, and as good as random for Pippenger.
template <class Params>
const std::vector<AffinePoint<Params>>& bench_points(std::size_t n) {
  static std::vector<AffinePoint<Params>> points;
  if (points.size() < n) {
    std::mt19937_64 rng(42);
    using Jacobian = JacobianPoint<Params>;
    Jacobian p = Jacobian::generator() * Fr::random(rng);
    AffinePoint<Params> q = (Jacobian::generator() * Fr::random(rng)).to_affine();
    std::vector<Jacobian> jac(n);
    for (std::size_t i = 0; i < n; ++i) {
      jac[i] = p;
      p = p.add_mixed(q);
    }
    points = batch_to_affine<Params>(std::span<const Jacobian>(jac));
  }
  return points;
}

const std::vector<Fr>& bench_scalars(std::size_t n) {
  static std::vector<Fr> scalars;
  if (scalars.size() < n) {
    std::mt19937_64 rng(43);
    scalars.clear();
    for (std::size_t i = 0; i < n; ++i) scalars.push_back(Fr::random(rng));
  }
  return scalars;
}

template <class Params>
void run_msm(benchmark::State& state, std::size_t n, const MsmOptions& options) {
  const auto& points = bench_points<Params>(n);
  const auto& scalars = bench_scalars(n);
  std::span<const AffinePoint<Params>> p(points.data(), n);
  std::span<const Fr> s(scalars.data(), n);
  for (auto _ : state) benchmark::DoNotOptimize(msm(p, s, options));
  state.counters["threads"] = zkevm::thread_count();
  state.counters["points/s"] = benchmark::Counter(static_cast<double>(n), benchmark::Counter::kIsIterationInvariantRate);
}

void BM_msm_g1(benchmark::State& state) {
  run_msm<G1Params>(state, std::size_t{1} << state.range(0), {});
}
BENCHMARK(BM_msm_g1)->DenseRange(10, 12, 2)->Arg(16)->Arg(18)->Arg(20)->Unit(benchmark::kMillisecond)->UseRealTime()->MeasureProcessCPUTime();

// The same with the scalar batch additions instead of the IFMA lanes.
void BM_msm_g1_scalar_batch(benchmark::State& state) {
  MsmOptions options;
  options.simd = false;
  run_msm<G1Params>(state, std::size_t{1} << state.range(0), options);
}
BENCHMARK(BM_msm_g1_scalar_batch)->Arg(16)->Arg(20)->Unit(benchmark::kMillisecond)->UseRealTime()->MeasureProcessCPUTime();

void BM_msm_g2(benchmark::State& state) {
  run_msm<G2Params>(state, std::size_t{1} << state.range(0), {});
}
BENCHMARK(BM_msm_g2)->Arg(10)->Unit(benchmark::kMillisecond)->UseRealTime()->MeasureProcessCPUTime();

// Window sizes around the chosen ones, both bucket kinds; run with e.g.
// --benchmark_filter='tune/16/'.
void BM_msm_g1_tune(benchmark::State& state) {
  MsmOptions options{static_cast<unsigned>(state.range(1)),
                     state.range(2) ? MsmBuckets::affine : MsmBuckets::jacobian};
  run_msm<G1Params>(state, std::size_t{1} << state.range(0), options);
}
BENCHMARK(BM_msm_g1_tune)
    ->ArgsProduct({{10}, {7, 8, 9}, {0, 1}})
    ->ArgsProduct({{12}, {9, 10, 11}, {0, 1}})
    ->ArgsProduct({{16}, {11, 12, 13, 14}, {0, 1}})
    ->ArgsProduct({{20}, {15, 16, 17}, {1}})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MeasureProcessCPUTime();

}  // namespace
