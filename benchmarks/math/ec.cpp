// Curves and pairing: G1 mixed add / add / double (dependent chains), G1 and
// G2 scalar multiplication by a random Fr scalar, the G2 subgroup check, one
// pairing, a pairing with a prepared G2 point, and a multi-pairing of 4.
#include <benchmark/benchmark.h>

#include <random>

#include "cpp/ec/fixed_base.hpp"
#include "cpp/ec/pairing.hpp"

namespace {

using namespace zkevm::ec;
using zkevm::ff::Fr;

void BM_g1_add_mixed(benchmark::State& state) {
  std::mt19937_64 rng(1);
  G1Jacobian acc = G1Jacobian::generator() * Fr::random(rng);
  G1Affine q = (G1Jacobian::generator() * Fr::random(rng)).to_affine();
  for (auto _ : state) {
    acc = acc.add_mixed(q);
    benchmark::DoNotOptimize(acc);
  }
}
BENCHMARK(BM_g1_add_mixed);

void BM_g1_add(benchmark::State& state) {
  std::mt19937_64 rng(2);
  G1Jacobian acc = G1Jacobian::generator() * Fr::random(rng);
  G1Jacobian q = G1Jacobian::generator() * Fr::random(rng);
  for (auto _ : state) {
    acc = acc + q;
    benchmark::DoNotOptimize(acc);
  }
}
BENCHMARK(BM_g1_add);

void BM_g1_double(benchmark::State& state) {
  std::mt19937_64 rng(3);
  G1Jacobian acc = G1Jacobian::generator() * Fr::random(rng);
  for (auto _ : state) {
    acc = acc.dbl();
    benchmark::DoNotOptimize(acc);
  }
}
BENCHMARK(BM_g1_double);

void BM_g1_scalar_mul(benchmark::State& state) {
  std::mt19937_64 rng(4);
  G1Jacobian p = G1Jacobian::generator() * Fr::random(rng);
  Fr s = Fr::random(rng);
  for (auto _ : state) {
    p = p * s;
    benchmark::DoNotOptimize(p);
  }
}
BENCHMARK(BM_g1_scalar_mul)->Unit(benchmark::kMicrosecond);

void BM_g2_scalar_mul(benchmark::State& state) {
  std::mt19937_64 rng(5);
  G2Jacobian p = G2Jacobian::generator() * Fr::random(rng);
  Fr s = Fr::random(rng);
  for (auto _ : state) {
    p = p * s;
    benchmark::DoNotOptimize(p);
  }
}
BENCHMARK(BM_g2_scalar_mul)->Unit(benchmark::kMicrosecond);

void BM_g2_subgroup_check(benchmark::State& state) {
  std::mt19937_64 rng(6);
  G2Jacobian p = G2Jacobian::generator() * Fr::random(rng);
  for (auto _ : state) benchmark::DoNotOptimize(p.is_in_subgroup());
}
BENCHMARK(BM_g2_subgroup_check)->Unit(benchmark::kMicrosecond);

void BM_pairing(benchmark::State& state) {
  std::mt19937_64 rng(7);
  G1Affine p = (G1Jacobian::generator() * Fr::random(rng)).to_affine();
  G2Affine q = (G2Jacobian::generator() * Fr::random(rng)).to_affine();
  for (auto _ : state) benchmark::DoNotOptimize(pairing(p, q));
}
BENCHMARK(BM_pairing)->Unit(benchmark::kMicrosecond);

void BM_miller_loop(benchmark::State& state) {
  std::mt19937_64 rng(8);
  G1Affine p = (G1Jacobian::generator() * Fr::random(rng)).to_affine();
  G2Prepared q((G2Jacobian::generator() * Fr::random(rng)).to_affine());
  for (auto _ : state) benchmark::DoNotOptimize(miller_loop(p, q));
}
BENCHMARK(BM_miller_loop)->Unit(benchmark::kMicrosecond);

void BM_g2_prepare(benchmark::State& state) {
  std::mt19937_64 rng(9);
  G2Affine q = (G2Jacobian::generator() * Fr::random(rng)).to_affine();
  for (auto _ : state) benchmark::DoNotOptimize(G2Prepared(q));
}
BENCHMARK(BM_g2_prepare)->Unit(benchmark::kMicrosecond);

void BM_final_exponentiation(benchmark::State& state) {
  std::mt19937_64 rng(10);
  Fq12 f = Fq12::random(rng);
  for (auto _ : state) benchmark::DoNotOptimize(final_exponentiation(f));
}
BENCHMARK(BM_final_exponentiation)->Unit(benchmark::kMicrosecond);

void BM_multi_pairing(benchmark::State& state) {
  std::mt19937_64 rng(11);
  std::vector<std::pair<G1Affine, G2Affine>> pairs;
  for (int64_t i = 0; i < state.range(0); ++i) {
    pairs.emplace_back((G1Jacobian::generator() * Fr::random(rng)).to_affine(),
                       (G2Jacobian::generator() * Fr::random(rng)).to_affine());
  }
  for (auto _ : state) benchmark::DoNotOptimize(multi_pairing(pairs));
}
BENCHMARK(BM_multi_pairing)->Arg(4)->Unit(benchmark::kMicrosecond);

}  // namespace

namespace {

// The Fq12 operations the pairing is made of (for reading the pairing's cost).
void BM_fq12_mul(benchmark::State& state) {
  std::mt19937_64 rng(12);
  Fq12 a = Fq12::random(rng), b = Fq12::random(rng);
  for (auto _ : state) {
    a = a * b;
    benchmark::DoNotOptimize(a);
  }
}
BENCHMARK(BM_fq12_mul);

void BM_fq12_square(benchmark::State& state) {
  std::mt19937_64 rng(13);
  Fq12 a = Fq12::random(rng);
  for (auto _ : state) {
    a = a.square();
    benchmark::DoNotOptimize(a);
  }
}
BENCHMARK(BM_fq12_square);

void BM_fq12_cyclotomic_square(benchmark::State& state) {
  std::mt19937_64 rng(14);
  Fq12 a = Fq12::random(rng);
  for (auto _ : state) {
    a = a.cyclotomic_square();
    benchmark::DoNotOptimize(a);
  }
}
BENCHMARK(BM_fq12_cyclotomic_square);

void BM_fq12_mul_by_line(benchmark::State& state) {
  std::mt19937_64 rng(15);
  Fq12 a = Fq12::random(rng);
  Fq2 c0 = Fq2::random(rng), c1 = Fq2::random(rng), c2 = Fq2::random(rng);
  for (auto _ : state) {
    a = a.mul_by_034(c0, c1, c2);
    benchmark::DoNotOptimize(a);
  }
}
BENCHMARK(BM_fq12_mul_by_line);

void BM_fq2_mul(benchmark::State& state) {
  std::mt19937_64 rng(16);
  Fq2 a = Fq2::random(rng), b = Fq2::random(rng);
  for (auto _ : state) {
    a = a * b;
    benchmark::DoNotOptimize(a);
  }
}
BENCHMARK(BM_fq2_mul);

}  // namespace

namespace {

// Fixed-base G1 multiplication with the default 8-bit windows (SRS generation).
void BM_g1_fixed_base_mul(benchmark::State& state) {
  std::mt19937_64 rng(17);
  zkevm::ec::FixedBaseTable<G1Params> table(G1Jacobian::generator());
  Fr s = Fr::random(rng);
  for (auto _ : state) {
    benchmark::DoNotOptimize(table.mul(s));
    s += Fr::one();
  }
}
BENCHMARK(BM_g1_fixed_base_mul)->Unit(benchmark::kMicrosecond);

}  // namespace
