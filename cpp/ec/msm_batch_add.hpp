#pragma once
// The MSM's batched affine additions bucket_j += point_j on eight lanes of
// AVX-512 IFMA (ff/ifma.hpp), for curves over Fq (G1). Same mathematics as the
// scalar AffineBuckets::flush: lambda = (y_q - y_b) / (x_q - x_b) with the m
// denominators inverted together (Montgomery's trick; here eight interleaved
// chains, one per lane, and one scalar inversion of the eight lane products),
// x3 = lambda^2 - x_b - x_q, y3 = lambda (x_b - x3) - y_b.
//
// Preconditions (AffineBuckets::add guarantees them): every bucket and point is
// a finite affine point with canonical coordinates, x_q != x_b for each pair
// (equal x, i.e. doubling or P + (-P), is routed elsewhere), and no bucket
// appears twice in one batch (the scatters would collide).
//
// Rows are 8 words: x's four Montgomery limbs, then y's (the buckets' XY).
#include <cstdint>
#include <vector>

#include "cpp/ff/bn254.hpp"
#include "cpp/ff/ifma.hpp"

#if ZKEVM_FF_HAVE_IFMA
namespace zkevm::ec::msm_detail {

// Scratch kept between batches: per group of eight, 16 (x_q - x_b) and the
// lanes' running product before it.
struct BatchAddScratch {
  std::vector<ff::simd::Lanes> den16, prefix;
};

// buckets[ids[j]] += points[j] for j < m (rows of 8 words, see above).
[[gnu::noinline]] inline void batch_add_ifma(uint64_t* buckets, const uint32_t* ids, const uint64_t* points,
                                             std::size_t m, BatchAddScratch& scratch) {
  using LF = ff::simd::LaneField<ff::Bn254FqParams>;
  using ff::simd::Lanes;
  constexpr unsigned kLanes = ff::simd::kLanes;
  if (m == 0) return;
  const std::size_t groups = (m + kLanes - 1) / kLanes;
  scratch.den16.resize(groups);
  scratch.prefix.resize(groups);
  const Lanes one = LF::broadcast(ff::Fq::r_mod_p);
  const __m256i lane = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
  auto active = [&](std::size_t g) -> __mmask8 {
    const std::size_t left = m - g * kLanes;
    return left >= kLanes ? __mmask8{0xff} : static_cast<__mmask8>((1u << left) - 1);
  };
  // Word offsets of the rows of group g: bucket rows (inactive lanes read row
  // 0 but are masked off) and point rows.
  auto bucket_rows = [&](std::size_t g, __mmask8 k) {
    return _mm256_slli_epi32(_mm256_maskz_loadu_epi32(k, ids + g * kLanes), 3);
  };
  auto point_rows = [&](std::size_t g) {
    return _mm256_slli_epi32(_mm256_add_epi32(_mm256_set1_epi32(static_cast<int>(g * kLanes)), lane), 3);
  };
  const __m256i y_offset = _mm256_set1_epi32(4);

  // Forward: the denominators and the lanes' running products. Bounds (p <
  // 2^254, mul(a, b) < a b / 2^260 + p): den < 2p, den16 < 32p, acc < 2p.
  Lanes acc = one;
  for (std::size_t g = 0; g < groups; ++g) {
    const __mmask8 k = active(g);
    const Lanes xb = LF::gather(buckets, bucket_rows(g, k), k);
    const Lanes xq = LF::gather(points, point_rows(g), k);
    const Lanes den = LF::select(k, LF::sub<1>(xq, xb), one);  // inactive lanes multiply by one
    scratch.den16[g] = LF::times16(den);
    scratch.prefix[g] = acc;
    acc = LF::mul(acc, scratch.den16[g]);
  }

  // The eight lane products are nonzero (every x_q != x_b): invert them with one scalar inversion.
  ff::Fq products[kLanes], before[kLanes], inverses[kLanes];
  LF::store(products, LF::canonical(acc));
  ff::Fq running = ff::Fq::one();
  for (unsigned l = 0; l < kLanes; ++l) {
    before[l] = running;
    running *= products[l];
  }
  ff::Fq inv = running.inverse();
  for (unsigned l = kLanes; l-- > 0;) {
    inverses[l] = inv * before[l];
    inv *= products[l];
  }

  // Backward: inv16 = 16 / (product of the denominators up to group g), < 16p
  // throughout; inverse < 2p, lambda < 2p, lambda^2 < 2p, the sums before
  // canonical() < 4p.
  Lanes inv16 = LF::times16(LF::load(inverses));
  for (std::size_t g = groups; g-- > 0;) {
    const __mmask8 k = active(g);
    const Lanes inverse = LF::mul(inv16, scratch.prefix[g]);  // 1 / den
    inv16 = LF::mul(inv16, scratch.den16[g]);
    const __m256i b_rows = bucket_rows(g, k), q_rows = point_rows(g);
    const Lanes xb = LF::gather(buckets, b_rows, k), yb = LF::gather(buckets, _mm256_add_epi32(b_rows, y_offset), k);
    const Lanes xq = LF::gather(points, q_rows, k), yq = LF::gather(points, _mm256_add_epi32(q_rows, y_offset), k);
    const Lanes lambda = LF::mul(LF::times16(LF::sub<1>(yq, yb)), inverse);
    const Lanes lambda16 = LF::times16(lambda);
    const Lanes x3 = LF::canonical(LF::sub<2>(LF::mul(lambda, lambda16), LF::add(xb, xq)));
    const Lanes y3 = LF::canonical(LF::sub<1>(LF::mul(lambda16, LF::sub<1>(xb, x3)), yb));
    LF::scatter(buckets, b_rows, k, x3);
    LF::scatter(buckets, _mm256_add_epi32(b_rows, y_offset), k, y3);
  }
}

}  // namespace zkevm::ec::msm_detail
#endif
