// Field arithmetic: latency of dependent chains (each result feeds the next
// operation, so out-of-order execution cannot overlap iterations).
#include <benchmark/benchmark.h>

#include <random>

#include "cpp/ff/bn254.hpp"
#include "cpp/ff/fq12.hpp"
#include "cpp/ff/ifma.hpp"

namespace {

using zkevm::ff::Fq;
using zkevm::ff::Fr;
using zkevm::ff::Limbs;

// Makes the compiler forget x's value without forcing it through memory
// (benchmark::DoNotOptimize stores the 32 bytes each iteration, and the
// store-to-load round trip would dominate the latency being measured).
template <class F>
inline void opaque(F& x) {
  asm volatile("" : "+r"(x.limbs[0]), "+r"(x.limbs[1]), "+r"(x.limbs[2]), "+r"(x.limbs[3]));
}

template <class F>
std::pair<F, F> two_random() {
  std::mt19937_64 rng(42);
  return {F::random(rng), F::random(rng)};
}

void BM_fr_mul(benchmark::State& state) {
  auto [x, y] = two_random<Fr>();
  for (auto _ : state) {
    x = x * y;
    opaque(x);
  }
  benchmark::DoNotOptimize(x);
}
BENCHMARK(BM_fr_mul);

void BM_fr_mul_portable_kernel(benchmark::State& state) {
  auto [x, y] = two_random<Fr>();
  for (auto _ : state) {
    zkevm::ff::detail::mont_mul_portable(x.limbs, x.limbs, y.limbs, Fr::modulus, Fr::inv);
    opaque(x);
  }
  benchmark::DoNotOptimize(x);
}
BENCHMARK(BM_fr_mul_portable_kernel);

#if ZKEVM_FF_HAVE_ADX
void BM_fr_mul_adx_kernel(benchmark::State& state) {
  auto [x, y] = two_random<Fr>();
  for (auto _ : state) {
    zkevm::ff::detail::mont_mul_adx_for<Fr>(x.limbs, x.limbs, y.limbs);
    opaque(x);
  }
  benchmark::DoNotOptimize(x);
}
BENCHMARK(BM_fr_mul_adx_kernel);

// The same kernel behind a call, as it was before it was inlined (for comparison).
[[gnu::noinline]] void mul_adx_out_of_line(Limbs& out, const Limbs& a, const Limbs& b) {
  zkevm::ff::detail::mont_mul_adx_for<Fr>(out, a, b);
}
void BM_fr_mul_adx_kernel_call(benchmark::State& state) {
  auto [x, y] = two_random<Fr>();
  for (auto _ : state) {
    mul_adx_out_of_line(x.limbs, x.limbs, y.limbs);
    opaque(x);
  }
  benchmark::DoNotOptimize(x);
}
BENCHMARK(BM_fr_mul_adx_kernel_call);
#endif

void BM_fr_square(benchmark::State& state) {
  auto [x, y] = two_random<Fr>();
  for (auto _ : state) {
    x = x.square();
    opaque(x);
  }
  benchmark::DoNotOptimize(x);
}
BENCHMARK(BM_fr_square);

void BM_fr_add(benchmark::State& state) {
  auto [x, y] = two_random<Fr>();
  for (auto _ : state) {
    x = x + y;
    opaque(x);
  }
  benchmark::DoNotOptimize(x);
}
BENCHMARK(BM_fr_add);

void BM_fr_sub(benchmark::State& state) {
  auto [x, y] = two_random<Fr>();
  for (auto _ : state) {
    x = x - y;
    opaque(x);
  }
  benchmark::DoNotOptimize(x);
}
BENCHMARK(BM_fr_sub);

void BM_fr_inverse(benchmark::State& state) {
  auto [x, y] = two_random<Fr>();
  for (auto _ : state) {
    x = x.inverse();
    opaque(x);
  }
  benchmark::DoNotOptimize(x);
}
BENCHMARK(BM_fr_inverse);

// The same inversion by Fermat's x^(p-2), the method before the divsteps.
void BM_fr_inverse_fermat(benchmark::State& state) {
  auto [x, y] = two_random<Fr>();
  for (auto _ : state) {
    x = x.inverse_fermat();
    opaque(x);
  }
  benchmark::DoNotOptimize(x);
}
BENCHMARK(BM_fr_inverse_fermat);

void BM_fq_inverse(benchmark::State& state) {
  auto [x, y] = two_random<Fq>();
  for (auto _ : state) {
    x = x.inverse();
    opaque(x);
  }
  benchmark::DoNotOptimize(x);
}
BENCHMARK(BM_fq_inverse);

void BM_fr_batch_inverse(benchmark::State& state) {
  std::mt19937_64 rng(7);
  std::vector<Fr> values(static_cast<size_t>(state.range(0)));
  for (auto& v : values) v = Fr::random(rng);
  for (auto _ : state) {
    zkevm::ff::batch_inverse(values);
    benchmark::DoNotOptimize(values.data());
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_fr_batch_inverse)->Arg(1 << 12);

void BM_fq_mul(benchmark::State& state) {
  auto [x, y] = two_random<Fq>();
  for (auto _ : state) {
    x = x * y;
    opaque(x);
  }
  benchmark::DoNotOptimize(x);
}
BENCHMARK(BM_fq_mul);

// Throughput, not latency: four independent chains of products per
// iteration, so the multiplier ports stay busy. Time per product.
void BM_fq_mul_throughput(benchmark::State& state) {
  std::mt19937_64 rng(8);
  Fq x[4], y[4];
  for (int i = 0; i < 4; ++i) x[i] = Fq::random(rng), y[i] = Fq::random(rng);
  for (auto _ : state) {
    for (int i = 0; i < 4; ++i) {
      x[i] = x[i] * y[i];
      opaque(x[i]);
    }
  }
  benchmark::DoNotOptimize(x);
  state.SetItemsProcessed(state.iterations() * 4);
}
BENCHMARK(BM_fq_mul_throughput);

#if ZKEVM_FF_HAVE_IFMA
// Eight-lane IFMA products (ifma.hpp), two independent chains of eight lanes
// per iteration: 16 products, the throughput the MSM's batches see.
void BM_fq_mul_ifma_8_lanes(benchmark::State& state) {
  using LF = zkevm::ff::simd::LaneField<zkevm::ff::Bn254FqParams>;
  std::mt19937_64 rng(9);
  Fq a[8], b[8];
  for (int l = 0; l < 8; ++l) a[l] = Fq::random(rng), b[l] = Fq::random(rng);
  zkevm::ff::simd::Lanes x = LF::load(a), y = LF::times16(LF::load(b)), z = x;
  for (auto _ : state) {
    x = LF::mul(x, y);
    z = LF::mul(z, y);
  }
  benchmark::DoNotOptimize(x);
  benchmark::DoNotOptimize(z);
  state.SetItemsProcessed(state.iterations() * 16);
}
BENCHMARK(BM_fq_mul_ifma_8_lanes);
#endif

void BM_fq12_mul(benchmark::State& state) {
  std::mt19937_64 rng(3);
  zkevm::ff::Fq12 x = zkevm::ff::Fq12::random(rng), y = zkevm::ff::Fq12::random(rng);
  for (auto _ : state) {
    x = x * y;
    benchmark::DoNotOptimize(x);
  }
}
BENCHMARK(BM_fq12_mul);

void BM_fq12_square(benchmark::State& state) {
  std::mt19937_64 rng(4);
  zkevm::ff::Fq12 x = zkevm::ff::Fq12::random(rng);
  for (auto _ : state) {
    x = x.square();
    benchmark::DoNotOptimize(x);
  }
}
BENCHMARK(BM_fq12_square);

void BM_fq12_cyclotomic_square(benchmark::State& state) {
  std::mt19937_64 rng(5);
  zkevm::ff::Fq12 f = zkevm::ff::Fq12::random(rng);
  zkevm::ff::Fq12 x = f.conjugate() * f.inverse();  // in the cyclotomic subgroup
  x = x.frobenius_map(2) * x;
  for (auto _ : state) {
    x = x.cyclotomic_square();
    benchmark::DoNotOptimize(x);
  }
}
BENCHMARK(BM_fq12_cyclotomic_square);

}  // namespace
