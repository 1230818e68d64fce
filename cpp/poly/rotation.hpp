#pragma once
// Rotation: a row offset relative to the current row (halo2's Rotation). A
// query at rotation r of a column evaluated at x reads the column polynomial at
// x * omega^r; it is a distinct type so it is never confused with a row index.
#include <cstdint>

namespace zkevm::poly {

struct Rotation {
  int32_t value = 0;

  // The current row.
  static constexpr Rotation cur() { return Rotation{0}; }
  // The next row (omega^1).
  static constexpr Rotation next() { return Rotation{1}; }
  // The previous row (omega^-1).
  static constexpr Rotation prev() { return Rotation{-1}; }

  friend constexpr bool operator==(Rotation a, Rotation b) { return a.value == b.value; }
  friend constexpr auto operator<=>(Rotation a, Rotation b) { return a.value <=> b.value; }
};

}  // namespace zkevm::poly
