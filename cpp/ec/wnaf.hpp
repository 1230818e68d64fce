#pragma once
// Width-w non-adjacent form of a non-negative integer: digits d_i in
// {0, +-1, +-3, ..., +-(2^(w-1) - 1)} with k = sum d_i 2^i and at most one
// nonzero digit in any w consecutive positions, so a scalar multiplication
// needs about bits / (w + 1) additions of precomputed odd multiples.
#include <cstdint>
#include <span>
#include <vector>

namespace zkevm::ec {

// The width-w NAF digits of the little-endian integer k, least significant
// first, without trailing zeros (empty for k = 0). Requires 2 <= w <= 7.
inline std::vector<int8_t> wnaf_digits(std::span<const uint64_t> k, unsigned w) {
  // One spare limb: subtracting a negative digit can carry past the top bit.
  std::vector<uint64_t> n(k.begin(), k.end());
  n.push_back(0);
  auto is_zero = [&] {
    for (uint64_t limb : n)
      if (limb) return false;
    return true;
  };
  const int64_t window = int64_t{1} << w, half = window >> 1;
  std::vector<int8_t> digits;
  digits.reserve(64 * n.size());
  while (!is_zero()) {
    int64_t d = 0;
    if (n[0] & 1) {
      d = static_cast<int64_t>(n[0] & static_cast<uint64_t>(window - 1));
      if (d >= half) d -= window;
      // n -= d, leaving n divisible by 2^w.
      if (d > 0) {
        n[0] -= static_cast<uint64_t>(d);  // the low w bits of n equal d: no borrow
      } else {
        uint64_t add = static_cast<uint64_t>(-d);
        for (auto& limb : n) {
          uint64_t s = limb + add;
          add = s < limb ? 1 : 0;
          limb = s;
          if (!add) break;
        }
      }
    }
    digits.push_back(static_cast<int8_t>(d));
    for (size_t i = 0; i + 1 < n.size(); ++i) n[i] = (n[i] >> 1) | (n[i + 1] << 63);
    n.back() >>= 1;
  }
  return digits;
}

}  // namespace zkevm::ec
