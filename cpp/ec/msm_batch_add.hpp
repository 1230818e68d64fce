#pragma once
// The MSM's batched affine additions bucket_j += point_j on eight lanes of
// AVX-512 IFMA (ff/ifma.hpp), for curves over Fq (G1). Same mathematics as the
// scalar AffineBuckets::flush: lambda = (y_q - y_b) / (x_q - x_b) with the m
// denominators inverted together (Montgomery's trick; here eight interleaved
// chains, one per lane, and one scalar inversion of the eight lane products),
// x3 = lambda^2 - x_b - x_q, y3 = lambda (x_b - x3) - y_b.
//
// Preconditions (AffineBuckets guarantees them): every bucket and point is a
// finite affine point with canonical coordinates, and no bucket appears twice
// in one batch (the stores would collide). A pair with x_q = x_b (a doubling
// or P + (-P)) is left untouched and its index j appended to `equal_x`, for
// the caller to finish through Jacobian coordinates.
//
// Rows are 8 words, 64-byte aligned: x's four Montgomery limbs, then y's (the
// buckets' XY); eight rows load as eight cache lines and one transpose.
#include <algorithm>
#include <cstdint>
#include <vector>

#include "cpp/ff/bn254.hpp"
#include "cpp/ff/ifma.hpp"

#if ZKEVM_FF_HAVE_IFMA
namespace zkevm::ec::msm_detail {

// Scratch kept between batches: per group of eight, 16 (x_q - x_b), the
// lanes' running product before it, and which lanes add.
struct BatchAddScratch {
  std::vector<ff::simd::Lanes> den16, prefix;
  std::vector<__mmask8> generic;  // the lanes of each group that add
};

// buckets[ids[j]] += points[j] for j < m (rows of 8 words, see above), except
// the pairs with equal x, whose j are appended to equal_x.
[[gnu::noinline]] inline void batch_add_ifma(uint64_t* buckets, const uint32_t* ids, const uint64_t* points,
                                             std::size_t m, BatchAddScratch& scratch,
                                             std::vector<uint32_t>& equal_x) {
  using LF = ff::simd::LaneField<ff::Bn254FqParams>;
  using ff::simd::Lanes;
  constexpr unsigned kLanes = ff::simd::kLanes;
  constexpr std::size_t kAhead = 2;  // groups whose bucket rows are prefetched ahead
  if (m == 0) return;
  const std::size_t groups = (m + kLanes - 1) / kLanes;
  scratch.den16.resize(groups);
  scratch.prefix.resize(groups);
  scratch.generic.resize(groups);
  const Lanes one = LF::broadcast(ff::Fq::r_mod_p);
  auto active = [&](std::size_t g) -> __mmask8 {
    const std::size_t left = m - g * kLanes;
    return left >= kLanes ? __mmask8{0xff} : static_cast<__mmask8>((1u << left) - 1);
  };
  // The bucket and point rows of group g; inactive lanes repeat the group's
  // first pair (read, masked off, never written).
  uint64_t* bucket_row[kLanes];
  const uint64_t* point_row[kLanes];
  auto rows_of = [&](std::size_t g) {
    for (unsigned l = 0; l < kLanes; ++l) {
      const std::size_t j = std::min(g * kLanes + l, m - 1);
      bucket_row[l] = buckets + 8 * std::size_t{ids[j]};
      point_row[l] = points + 8 * j;
    }
  };

  // Forward: the denominators and the lanes' running products. Bounds (p <
  // 2^254, mul(a, b) < a b / 2^260 + p): den < 2p, den16 < 32p, acc < 2p.
  Lanes acc = one;
  for (std::size_t g = 0; g < groups; ++g) {
    // The buckets are visited in random order and outgrow L2 at 2^20 points.
    for (std::size_t j = (g + kAhead) * kLanes; j < std::min(m, (g + kAhead + 1) * kLanes); ++j) {
      __builtin_prefetch(buckets + 8 * std::size_t{ids[j]});
    }
    rows_of(g);
    Lanes xb, yb, xq, yq;
    LF::load_rows(bucket_row, xb, yb);
    LF::load_rows(point_row, xq, yq);
    // Lanes that add: active, with x_q != x_b; the others multiply by one.
    const __mmask8 generic = active(g) & ~LF::equal(xq, xb);
    scratch.generic[g] = generic;
    for (__mmask8 e = active(g) & ~generic; e != 0; e &= static_cast<__mmask8>(e - 1)) {
      equal_x.push_back(static_cast<uint32_t>(g * kLanes + static_cast<unsigned>(__builtin_ctz(e))));
    }
    const Lanes den = LF::select(generic, LF::sub<1>(xq, xb), one);
    scratch.den16[g] = LF::times16(den);
    scratch.prefix[g] = acc;
    acc = LF::mul(acc, scratch.den16[g]);
  }

  // The eight lane products are nonzero (only x_q != x_b entered them): one scalar inversion.
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
    const Lanes inverse = LF::mul(inv16, scratch.prefix[g]);  // 1 / den
    inv16 = LF::mul(inv16, scratch.den16[g]);
    rows_of(g);
    Lanes xb, yb, xq, yq;
    LF::load_rows(bucket_row, xb, yb);
    LF::load_rows(point_row, xq, yq);
    const Lanes lambda = LF::mul(LF::times16(LF::sub<1>(yq, yb)), inverse);
    const Lanes lambda16 = LF::times16(lambda);
    const Lanes x3 = LF::canonical(LF::sub<2>(LF::mul(lambda, lambda16), LF::add(xb, xq)));
    const Lanes y3 = LF::canonical(LF::sub<1>(LF::mul(lambda16, LF::sub<1>(xb, x3)), yb));
    LF::store_rows(bucket_row, scratch.generic[g], x3, y3);
  }
}

}  // namespace zkevm::ec::msm_detail
#endif
