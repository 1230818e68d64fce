#pragma once
// Eight elements of one prime field at once on AVX-512 IFMA (vpmadd52luq /
// vpmadd52huq: 52 x 52-bit products into 64-bit lanes), for batch work where
// many independent multiplications exist (the MSM's batched affine additions).
// One scalar Montgomery product needs 36 dependent 64-bit multiplications on
// one multiplier port; eight lanes of 52-bit limbs do eight products in ~105
// IFMA instructions, about twice the scalar throughput on Zen 4.
//
// Representation: Lanes<Params> holds eight values in five 52-bit limbs,
// limb i of every lane in one vector (value = sum_i limb_i 2^(52 i)). Values
// are "lazy": any integer congruent to the element, bounded as each function
// states, so additions need no reduction; canonical() brings a value back to
// [0, p) before it leaves.
//
// Montgomery domain: the scalar Field stores x R with R = 2^256, while five
// 52-bit limbs make 2^260 the natural radix: mul(a, b) = a b / 2^260 mod p.
// So mul(16 a, b) = a b / 2^256 is the scalar Montgomery product; one operand
// of every product is scaled by times16() (a 4-bit shift, no multiplication),
// and values stay in the scalar Field's Montgomery form throughout.
//
// Requires p < 2^254 (so p / 2^260 < 1/64, which every bound below uses).
// Built only where the compiler targets AVX-512F and IFMA and
// ZKEVM_PORTABLE_ARITH is off; callers keep a scalar path for other builds.
#include <cstdint>

#include "cpp/ff/field.hpp"

#if defined(__AVX512F__) && defined(__AVX512IFMA__) && !defined(ZKEVM_PORTABLE_ARITH)
#define ZKEVM_FF_HAVE_IFMA 1
#include <immintrin.h>
#else
#define ZKEVM_FF_HAVE_IFMA 0
#endif

#if ZKEVM_FF_HAVE_IFMA
namespace zkevm::ff::simd {

inline constexpr unsigned kLanes = 8;

// Eight lazy field values as five 52-bit limbs per lane.
struct Lanes {
  __m512i limb[5];
};

// The 52-bit limbs of a 256-bit constant.
constexpr std::array<uint64_t, 5> split52(const Limbs& a) {
  constexpr uint64_t mask = (uint64_t{1} << 52) - 1;
  return {a[0] & mask, (a[0] >> 52 | a[1] << 12) & mask, (a[1] >> 40 | a[2] << 24) & mask,
          (a[2] >> 28 | a[3] << 36) & mask, a[3] >> 16};
}

template <class Params>
class LaneField {
 public:
  using F = Field<Params>;
  static_assert(detail::bit_length(F::modulus) <= 254, "the lane bounds assume p < 2^254");

  // Eight rows of eight words (x's four limbs, then y's; 64-byte aligned) as
  // the lanes of x and y: eight full-line loads and an 8 x 8 transpose, much
  // cheaper than gathers on Zen 4.
  [[gnu::always_inline]] static void load_rows(const uint64_t* const rows[kLanes], Lanes& x, Lanes& y) {
    __m512i w[8];
    for (unsigned l = 0; l < kLanes; ++l) w[l] = _mm512_load_si512(rows[l]);
    transpose(w);
    x = from_words(w);
    y = from_words(w + 4);
  }

  // Writes canonical x and y back as rows, for the lanes set in `active`.
  [[gnu::always_inline]] static void store_rows(uint64_t* const rows[kLanes], __mmask8 active, const Lanes& x,
                                                const Lanes& y) {
    __m512i w[8];
    to_words(x, w);
    to_words(y, w + 4);
    transpose(w);
    for (unsigned l = 0; l < kLanes; ++l) {
      if (active >> l & 1) _mm512_store_si512(rows[l], w[l]);
    }
  }

  // The eight elements (their Montgomery forms < p) in lanes 0..7.
  static Lanes load(const F* values) {
    alignas(64) uint64_t w[4][kLanes];
    for (unsigned l = 0; l < kLanes; ++l) {
      for (int k = 0; k < 4; ++k) w[k][l] = values[l].limbs[k];
    }
    __m512i v[4];
    for (int k = 0; k < 4; ++k) v[k] = _mm512_load_si512(w[k]);
    return from_words(v);
  }

  // The lanes of a canonical value as field elements.
  static void store(F* values, const Lanes& a) {
    __m512i v[4];
    to_words(a, v);
    alignas(64) uint64_t w[4][kLanes];
    for (int k = 0; k < 4; ++k) _mm512_store_si512(w[k], v[k]);
    for (unsigned l = 0; l < kLanes; ++l) values[l] = F::from_montgomery({w[0][l], w[1][l], w[2][l], w[3][l]});
  }

  // The same value in every lane.
  static Lanes broadcast(const Limbs& a) {
    const auto s = split52(a);
    Lanes r;
    for (int i = 0; i < 5; ++i) r.limb[i] = _mm512_set1_epi64(static_cast<long long>(s[i]));
    return r;
  }

  // a b / 2^260 mod p, as a value < a b / 2^260 + p; a and b < 2^260.
  // Operand scanning: row i adds a b_i, then m p with m = t_0 (-p^-1) mod 2^52
  // so that the low limb becomes divisible by 2^52, and shifts one limb down.
  // Accumulators stay below 2^58 (each collects at most ~20 terms < 2^52), so
  // the carries are propagated once at the end.
  [[gnu::always_inline]] static Lanes mul(const Lanes& a, const Lanes& b) {
    const __m512i zero = _mm512_setzero_si512();
    const __m512i p0 = c(kP[0]), p1 = c(kP[1]), p2 = c(kP[2]), p3 = c(kP[3]), p4 = c(kP[4]), inv = c(kInv);
    __m512i t0 = zero, t1 = zero, t2 = zero, t3 = zero, t4 = zero, t5 = zero;
    for (int i = 0; i < 5; ++i) {
      const __m512i bi = b.limb[i];
      t0 = _mm512_madd52lo_epu64(t0, a.limb[0], bi);
      t1 = _mm512_madd52hi_epu64(t1, a.limb[0], bi);
      t1 = _mm512_madd52lo_epu64(t1, a.limb[1], bi);
      t2 = _mm512_madd52hi_epu64(t2, a.limb[1], bi);
      t2 = _mm512_madd52lo_epu64(t2, a.limb[2], bi);
      t3 = _mm512_madd52hi_epu64(t3, a.limb[2], bi);
      t3 = _mm512_madd52lo_epu64(t3, a.limb[3], bi);
      t4 = _mm512_madd52hi_epu64(t4, a.limb[3], bi);
      t4 = _mm512_madd52lo_epu64(t4, a.limb[4], bi);
      t5 = _mm512_madd52hi_epu64(t5, a.limb[4], bi);
      const __m512i m = _mm512_madd52lo_epu64(zero, t0, inv);
      t0 = _mm512_madd52lo_epu64(t0, m, p0);
      t1 = _mm512_madd52hi_epu64(t1, m, p0);
      t1 = _mm512_madd52lo_epu64(t1, m, p1);
      t2 = _mm512_madd52hi_epu64(t2, m, p1);
      t2 = _mm512_madd52lo_epu64(t2, m, p2);
      t3 = _mm512_madd52hi_epu64(t3, m, p2);
      t3 = _mm512_madd52lo_epu64(t3, m, p3);
      t4 = _mm512_madd52hi_epu64(t4, m, p3);
      t4 = _mm512_madd52lo_epu64(t4, m, p4);
      t5 = _mm512_madd52hi_epu64(t5, m, p4);
      // t0 = 0 mod 2^52 now: carry its high part up and drop the limb.
      t0 = _mm512_add_epi64(t1, shr(t0, 52));
      t1 = t2;
      t2 = t3;
      t3 = t4;
      t4 = t5;
      t5 = zero;
    }
    Lanes r{{t0, t1, t2, t3, t4}};
    normalize(r);
    return r;
  }

  // 16 a (the same integer shifted by 4 bits) for a < 2^256.
  [[gnu::always_inline]] static Lanes times16(const Lanes& a) {
    const __m512i mask = c(kMask);
    Lanes r;
    r.limb[0] = _mm512_and_si512(shl(a.limb[0], 4), mask);
    for (int i = 1; i < 5; ++i) {
      r.limb[i] = _mm512_or_si512(shl(a.limb[i], 4), shr(a.limb[i - 1], 48));
      if (i < 4) r.limb[i] = _mm512_and_si512(r.limb[i], mask);
    }
    return r;
  }

  // a + b, for a + b < 2^260.
  [[gnu::always_inline]] static Lanes add(const Lanes& a, const Lanes& b) {
    Lanes r;
    for (int i = 0; i < 5; ++i) r.limb[i] = _mm512_add_epi64(a.limb[i], b.limb[i]);
    normalize(r);
    return r;
  }

  // a - b + k p for k = 1 or 2; requires b < a + k p < 2^260.
  template <int k>
  [[gnu::always_inline]] static Lanes sub(const Lanes& a, const Lanes& b) {
    static_assert(k == 1 || k == 2);
    const auto& kp = k == 1 ? kP : k2P;
    Lanes r;
    for (int i = 0; i < 5; ++i) r.limb[i] = _mm512_sub_epi64(_mm512_add_epi64(a.limb[i], c(kp[i])), b.limb[i]);
    normalize(r);
    return r;
  }

  // a mod p for a < 4p.
  [[gnu::always_inline]] static Lanes canonical(const Lanes& a) { return subtract_if_geq(subtract_if_geq(a, k2P), kP); }

  // The lanes where a and b have the same limbs (equal values when both are canonical).
  [[gnu::always_inline]] static __mmask8 equal(const Lanes& a, const Lanes& b) {
    __mmask8 same = 0xff;
    for (int i = 0; i < 5; ++i) same &= _mm512_cmpeq_epi64_mask(a.limb[i], b.limb[i]);
    return same;
  }

  // The lanes of `a` where `keep` is set, of `b` elsewhere.
  static Lanes select(__mmask8 keep, const Lanes& a, const Lanes& b) {
    Lanes r;
    for (int i = 0; i < 5; ++i) r.limb[i] = _mm512_mask_blend_epi64(keep, b.limb[i], a.limb[i]);
    return r;
  }

 private:
  using Limbs52 = std::array<uint64_t, 5>;
  static constexpr uint64_t kMask = (uint64_t{1} << 52) - 1;
  static constexpr Limbs52 kP = split52(F::modulus);
  static constexpr Limbs52 k2P = [] {
    uint64_t carry = 0;
    return split52(detail::add(F::modulus, F::modulus, carry));  // 2p < 2^255
  }();
  static constexpr uint64_t kInv = F::inv & kMask;  // -p^-1 mod 2^52

  [[gnu::always_inline]] static __m512i c(uint64_t x) { return _mm512_set1_epi64(static_cast<long long>(x)); }

  // Shifts by a constant, as zero-masked forms (so are the unpacks in
  // transpose()): GCC 12's unmasked ones pass _mm512_undefined_epi32()
  // through and trip -Wuninitialized.
  [[gnu::always_inline]] static __m512i shl(__m512i a, unsigned n) { return _mm512_maskz_slli_epi64(0xff, a, n); }
  [[gnu::always_inline]] static __m512i shr(__m512i a, unsigned n) { return _mm512_maskz_srli_epi64(0xff, a, n); }
  [[gnu::always_inline]] static __m512i sar(__m512i a, unsigned n) { return _mm512_maskz_srai_epi64(0xff, a, n); }

  // Propagates carries (signed) so that limbs 0..3 are in [0, 2^52).
  [[gnu::always_inline]] static void normalize(Lanes& r) {
    const __m512i mask = c(kMask);
    for (int i = 0; i < 4; ++i) {
      r.limb[i + 1] = _mm512_add_epi64(r.limb[i + 1], sar(r.limb[i], 52));
      r.limb[i] = _mm512_and_si512(r.limb[i], mask);
    }
  }

  // a - kp where that is >= 0, else a.
  [[gnu::always_inline]] static Lanes subtract_if_geq(const Lanes& a, const Limbs52& kp) {
    Lanes d;
    for (int i = 0; i < 5; ++i) d.limb[i] = _mm512_sub_epi64(a.limb[i], c(kp[i]));
    normalize(d);
    const __mmask8 negative = _mm512_cmplt_epi64_mask(d.limb[4], _mm512_setzero_si512());
    return select(negative, a, d);
  }

  // w[i] lane j becomes w[j] lane i (an 8 x 8 transpose of 64-bit words):
  // interleave pairs of rows, then pairs of pairs, then halves.
  [[gnu::always_inline]] static void transpose(__m512i w[8]) {
    __m512i t[8], u[8];
    for (int i = 0; i < 8; i += 2) {
      t[i] = _mm512_maskz_unpacklo_epi64(0xff, w[i], w[i + 1]);      // words 0 2 4 6 of rows i, i+1, interleaved
      t[i + 1] = _mm512_maskz_unpackhi_epi64(0xff, w[i], w[i + 1]);  // words 1 3 5 7
    }
    const __m512i lo_pairs = _mm512_setr_epi64(0, 1, 8, 9, 4, 5, 12, 13);
    const __m512i hi_pairs = _mm512_setr_epi64(2, 3, 10, 11, 6, 7, 14, 15);
    for (int i = 0; i < 8; i += 4) {
      u[i] = _mm512_permutex2var_epi64(t[i], lo_pairs, t[i + 2]);      // words 0, 4 of rows i..i+3
      u[i + 1] = _mm512_permutex2var_epi64(t[i], hi_pairs, t[i + 2]);  // words 2, 6
      u[i + 2] = _mm512_permutex2var_epi64(t[i + 1], lo_pairs, t[i + 3]);  // words 1, 5
      u[i + 3] = _mm512_permutex2var_epi64(t[i + 1], hi_pairs, t[i + 3]);  // words 3, 7
    }
    const __m512i lo_half = _mm512_setr_epi64(0, 1, 2, 3, 8, 9, 10, 11);
    const __m512i hi_half = _mm512_setr_epi64(4, 5, 6, 7, 12, 13, 14, 15);
    // u[k] (rows 0..3) and u[k + 4] (rows 4..7) hold words (a, a + 4) for a = 0, 2, 1, 3.
    const int word_of[4] = {0, 2, 1, 3};
    for (int k = 0; k < 4; ++k) {
      w[word_of[k]] = _mm512_permutex2var_epi64(u[k], lo_half, u[k + 4]);
      w[word_of[k] + 4] = _mm512_permutex2var_epi64(u[k], hi_half, u[k + 4]);
    }
  }

  // 52-bit limbs from four vectors of 64-bit limbs (a value < 2^256 per lane).
  [[gnu::always_inline]] static Lanes from_words(const __m512i w[4]) {
    const __m512i mask = c(kMask);
    Lanes r;
    r.limb[0] = _mm512_and_si512(w[0], mask);
    r.limb[1] = _mm512_and_si512(_mm512_or_si512(shr(w[0], 52), shl(w[1], 12)), mask);
    r.limb[2] = _mm512_and_si512(_mm512_or_si512(shr(w[1], 40), shl(w[2], 24)), mask);
    r.limb[3] = _mm512_and_si512(_mm512_or_si512(shr(w[2], 28), shl(w[3], 36)), mask);
    r.limb[4] = shr(w[3], 16);
    return r;
  }

  // Four vectors of 64-bit limbs from a normalised value < 2^256.
  [[gnu::always_inline]] static void to_words(const Lanes& a, __m512i w[4]) {
    w[0] = _mm512_or_si512(a.limb[0], shl(a.limb[1], 52));
    w[1] = _mm512_or_si512(shr(a.limb[1], 12), shl(a.limb[2], 40));
    w[2] = _mm512_or_si512(shr(a.limb[2], 24), shl(a.limb[3], 28));
    w[3] = _mm512_or_si512(shr(a.limb[3], 36), shl(a.limb[4], 16));
  }
};

}  // namespace zkevm::ff::simd
#endif
