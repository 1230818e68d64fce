#pragma once
// The fixed bitwise table: (tag, a, b, a op b) for every pair of bytes and
// op ∈ {AND, OR, XOR}, for the EVM circuit's bitwise opcodes (a word is done
// byte by byte).
//
// Columns (fixed): tag (BitwiseOp: AND 1, OR 2, XOR 3; 0 on unused rows),
// a, b, result. Row order: tag-major, then a, then b: row
// (tag − 1)·65536 + a·256 + b. 3·2^16 rows, so circuits using it run at k >= 18.
// Lookups: (tag, a, b, result).
#include <cstdint>
#include <vector>

#include "cpp/plonk/assignment.hpp"

namespace zkevm::circuits {

enum class BitwiseOp : uint8_t { And = 1, Or = 2, Xor = 3 };

struct BitwiseTable {
  plonk::Column<plonk::Fixed> tag, a, b, result;

  static BitwiseTable configure(plonk::ConstraintSystem& cs);

  // The table side of a lookup: (tag, a, b, result).
  std::vector<plonk::Expression> columns() const;
  // Rows it fills: 3 · 65536.
  static constexpr size_t rows() { return 3 * 65536; }

  // Fills the fixed columns (phase 0). InputError when the rows do not fit.
  void assign(plonk::Assignment& asg) const;
};

}  // namespace zkevm::circuits
