#pragma once
// The fixed bitwise table: (tag, a, b, a op b) for every pair of `bits`-bit
// operands and op ∈ {AND, OR, XOR}, for the EVM circuit's bitwise opcodes (a
// word is done chunk by chunk).
//
// Columns (fixed): tag (BitwiseOp: AND 1, OR 2, XOR 3; 0 on unused rows),
// a, b, result. Row order: tag-major, then a, then b: row
// (tag − 1)·4^bits + a·2^bits + b. 3·4^bits rows: the EVM circuit uses 4-bit
// operands (768 rows, k >= 10); bytes (3·2^16 rows) would force k >= 18 on
// every circuit that shares the table.
// Lookups: (tag, a, b, result).
#include <cstdint>
#include <vector>

#include "cpp/plonk/assignment.hpp"

namespace zkevm::circuits {

enum class BitwiseOp : uint8_t { And = 1, Or = 2, Xor = 3 };

struct BitwiseTable {
  uint32_t bits = 8;
  plonk::Column<plonk::Fixed> tag, a, b, result;

  // A table over operands of `bits` bits (1..8); InputError otherwise.
  static BitwiseTable configure(plonk::ConstraintSystem& cs, uint32_t bits = 8);

  // The table side of a lookup: (tag, a, b, result).
  std::vector<plonk::Expression> columns() const;
  // Rows it fills: 3 · 4^bits.
  size_t rows() const { return size_t{3} << (2 * bits); }

  // Fills the fixed columns (phase 0). InputError when the rows do not fit.
  void assign(plonk::Assignment& asg) const;
};

// The 4-bit table the EVM circuit looks up ("bitwise4").
inline BitwiseTable nibble_bitwise_table(plonk::ConstraintSystem& cs) { return BitwiseTable::configure(cs, 4); }

}  // namespace zkevm::circuits
