#pragma once
// Fixed-base scalar multiplication: [k]B for many k and one base B (the SRS
// powers [tau^i]G, commitments to constants). The table holds, for each w-bit
// window i of the scalar, the affine points [j 2^(w i)]B for j = 1 .. 2^(w-1);
// with signed window digits in [-2^(w-1), 2^(w-1)] a multiplication is one
// mixed addition per window and no doublings (about 33 additions for w = 8).
#include <span>
#include <vector>

#include "cpp/ec/curve.hpp"
#include "cpp/util/parallel.hpp"

namespace zkevm::ec {

template <class Params>
class FixedBaseTable {
 public:
  using Jacobian = JacobianPoint<Params>;
  using Affine = AffinePoint<Params>;

  // Precomputes the table for base (window bits 2..12; 8 uses 4224 points).
  explicit FixedBaseTable(const Jacobian& base, unsigned window_bits = 8) : window_(window_bits) {
    if (window_bits < 2 || window_bits > 12) {
      throw InputError("FixedBaseTable: window of " + std::to_string(window_bits) + " bits, expected 2..12");
    }
    // 254-bit scalars; the signed recoding can carry into one more window.
    windows_ = (Fr::bits + window_ - 1) / window_ + 1;
    const size_t per_window = size_t{1} << (window_ - 1);
    std::vector<Jacobian> points(windows_ * per_window);
    Jacobian window_base = base;  // [2^(w i)]B
    for (size_t i = 0; i < windows_; ++i) {
      Jacobian acc = window_base;
      for (size_t j = 0; j < per_window; ++j) {
        points[i * per_window + j] = acc;  // [(j + 1) 2^(w i)]B
        acc += window_base;
      }
      for (unsigned b = 0; b < window_; ++b) window_base = window_base.dbl();
    }
    table_.resize(points.size());
    batch_to_affine<Params>(points, table_);
  }

  // [k]B.
  Jacobian mul(const Fr& k) const {
    ff::Limbs limbs = k.to_canonical();
    const int64_t full = int64_t{1} << window_, half = full >> 1;
    const size_t per_window = size_t{1} << (window_ - 1);
    Jacobian acc = Jacobian::identity();
    int64_t carry = 0;
    for (size_t i = 0; i < windows_; ++i) {
      int64_t digit = static_cast<int64_t>(bits_at(limbs, i * window_)) + carry;
      carry = 0;
      if (digit > half) {  // digits in (-2^(w-1), 2^(w-1)]
        digit -= full;
        carry = 1;
      }
      if (digit > 0) acc = acc.add_mixed(table_[i * per_window + static_cast<size_t>(digit - 1)]);
      if (digit < 0) acc = acc.add_mixed(-table_[i * per_window + static_cast<size_t>(-digit - 1)]);
    }
    return acc;
  }

  // [k_i]B for every scalar, in affine form (parallel, one inversion per chunk).
  std::vector<Affine> mul_batch(std::span<const Fr> scalars) const {
    std::vector<Jacobian> results(scalars.size());
    parallel_for(scalars.size(), [&](size_t i) { results[i] = mul(scalars[i]); }, 256);
    std::vector<Affine> out(scalars.size());
    batch_to_affine<Params>(results, out);
    return out;
  }

 private:
  // The w bits of limbs starting at bit position `at` (zeros past the top).
  uint64_t bits_at(const ff::Limbs& limbs, size_t at) const {
    if (at >= 256) return 0;
    size_t word = at / 64, shift = at % 64;
    uint64_t v = limbs[word] >> shift;
    if (shift + window_ > 64 && word + 1 < 4) v |= limbs[word + 1] << (64 - shift);
    return v & ((uint64_t{1} << window_) - 1);
  }

  unsigned window_;
  size_t windows_;
  std::vector<Affine> table_;  // table_[i * 2^(w-1) + j] = [(j + 1) 2^(w i)]B
};

}  // namespace zkevm::ec
