// KZG over BN254: commitment of a random polynomial of 2^k coefficients (one
// G1 MSM against the SRS) and one opening verification; the thread count is
// the second argument. The SRS (insecure, from a fixed secret) is built once.
#include <benchmark/benchmark.h>

#include <random>

#include "cpp/pcs/kzg.hpp"
#include "cpp/util/parallel.hpp"

namespace {

using zkevm::pcs::Fr;
using zkevm::pcs::Srs;

zkevm::poly::Polynomial<zkevm::poly::Coeff> random_polynomial(std::size_t n) {
  std::mt19937_64 rng(3);
  zkevm::poly::Polynomial<zkevm::poly::Coeff> p(n);
  for (std::size_t i = 0; i < n; ++i) p[i] = Fr::random(rng);
  return p;
}

const Srs& srs_2_pow_20() {
  static const Srs srs = Srs::insecure_from_secret(Fr::from_u64(0x5eed), std::size_t{1} << 20);
  return srs;
}

void BM_kzg_commit(benchmark::State& state) {
  const auto p = random_polynomial(std::size_t{1} << state.range(0));
  const Srs& srs = srs_2_pow_20();
  zkevm::set_thread_count(static_cast<int>(state.range(1)));
  for (auto _ : state) benchmark::DoNotOptimize(zkevm::pcs::commit(srs, p));
  zkevm::set_thread_count(0);
}
BENCHMARK(BM_kzg_commit)
    ->Args({16, 1})
    ->Args({16, 2})
    ->Args({20, 1})
    ->Args({20, 2})
    ->ArgNames({"log_n", "threads"})
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();

void BM_kzg_verify(benchmark::State& state) {
  const Srs srs = Srs::insecure_from_secret(Fr::from_u64(0x5eed), 64);
  const auto p = random_polynomial(64);
  const auto commitment = zkevm::pcs::commit(srs, p);
  const Fr z = Fr::from_u64(12345);
  const auto opening = zkevm::pcs::open(srs, p, z);
  for (auto _ : state) {
    benchmark::DoNotOptimize(zkevm::pcs::verify(srs.verifier_key(), commitment, z, opening.value, opening.proof));
  }
}
BENCHMARK(BM_kzg_verify)->Unit(benchmark::kMillisecond);

}  // namespace
