#pragma once
// Signed-digit windows for Pippenger: a scalar 0 <= s < r < 2^254 is written
// as s = sum_w d_w 2^(c w) with d_w in [-2^(c-1), 2^(c-1)], so a window needs
// only 2^(c-1) buckets (bucket |d| - 1, the point negated when d < 0).
#include <cstdint>

#include "cpp/ff/bn254.hpp"

namespace zkevm::ec::msm_detail {

// Largest supported window (2^19 buckets, ~40 MB per thread for affine ones).
inline constexpr unsigned kMaxWindowBits = 20;

// The number of c-bit windows for scalars below 2^bits: the smallest k with
// k c >= bits + 1, so the carry out of the top window is zero and its digit is
// at most 2^(c-1) (see below). Full scalars of Fr have 254 bits; the halves of
// a GLV decomposition (glv.hpp) have 127.
constexpr unsigned window_count(unsigned c, unsigned bits = ff::Fr::bits) { return (bits + c) / c; }

// Bits [pos, pos + c) of the little-endian 256-bit integer k (c <= 32; bits
// past 255 read as zero).
inline uint64_t bits_at(const ff::Limbs& k, unsigned pos, unsigned c) {
  const unsigned limb = pos / 64, shift = pos % 64;
  if (limb >= 4) return 0;
  uint64_t v = k[limb] >> shift;
  if (shift + c > 64 && limb + 1 < 4) v |= k[limb + 1] << (64 - shift);  // shift > 0 here since c <= 32
  return v & ((uint64_t{1} << c) - 1);
}

// Writes the k = window_count(c, bits) signed digits of the scalar s < 2^bits
// to out[0], out[stride], ..., out[(k-1) stride], each negated when negate is
// set. A window value v (with the carry from below) at or above 2^(c-1)
// becomes v - 2^c and carries 1 up. The top window is never folded: it holds
// at most bits - (k-1)c <= c - 1 bits plus the carry, so its digit is in
// [0, 2^(c-1)].
inline void signed_digits(const ff::Limbs& s, unsigned c, int32_t* out, std::size_t stride,
                          unsigned bits = ff::Fr::bits, bool negate = false) {
  const unsigned k = window_count(c, bits);
  const int64_t half = int64_t{1} << (c - 1), full = int64_t{1} << c;
  int64_t carry = 0;
  for (unsigned w = 0; w < k; ++w) {
    int64_t v = static_cast<int64_t>(bits_at(s, w * c, c)) + carry;
    carry = 0;
    if (w + 1 < k && v >= half) {
      v -= full;
      carry = 1;
    }
    out[w * stride] = static_cast<int32_t>(negate ? -v : v);
  }
}

}  // namespace zkevm::ec::msm_detail
