#pragma once
// Square-and-multiply for any type with one(), square() and operator*, over an
// exponent of any length (little-endian 64-bit limbs), so tower elements can be
// raised to multi-word exponents such as p^k or the pairing's final exponent.
#include <cstdint>
#include <span>

namespace zkevm::ff {

// x^e; x^0 = one.
template <class T>
T pow_limbs(const T& x, std::span<const uint64_t> exponent) {
  T result = T::one();
  bool started = false;
  for (size_t w = exponent.size(); w-- > 0;) {
    for (int b = 63; b >= 0; --b) {
      if (started) result = result.square();
      if ((exponent[w] >> b) & 1) {
        result = started ? result * x : x;
        started = true;
      }
    }
  }
  return result;
}

}  // namespace zkevm::ff
