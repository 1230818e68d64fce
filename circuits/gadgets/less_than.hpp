#pragma once
// LessThan over N bytes (N ≤ 16): for a, b in [0, 2^(8N)), lt = [a < b] from
//   a − b + lt · 2^(8N) = Σ diff_i · 256^i,   diff_i bytes, lt boolean.
// The right side lies in [0, 2^(8N)): if a ≥ b it is a − b (lt = 0 is the only
// choice in range), if a < b it is a − b + 2^(8N) (lt = 1). The inputs must be
// known to fit N bytes, or the result means nothing.
#include <vector>

#include "circuits/gadgets/cells.hpp"
#include "cpp/util/error.hpp"

namespace zkevm::circuits::gadgets {

struct LessThan {
  unsigned bytes = 0;
  WCell lt;
  std::vector<WCell> diff;  // little-endian bytes
  Expression out;

  static LessThan configure(ConstraintBuilder& cb, CellSource& cells, const Expression& a, const Expression& b,
                            unsigned n_bytes, const std::string& name = "lt") {
    if (n_bytes == 0 || n_bytes > 16) throw InputError(name + ": LessThan needs 1..16 bytes, got " + std::to_string(n_bytes));
    LessThan chip;
    chip.bytes = n_bytes;
    chip.lt = cells.cell(name + ".lt");
    Expression sum(0);
    for (unsigned i = 0; i < n_bytes; ++i) {
      chip.diff.push_back(cells.byte_cell(name + ".diff" + std::to_string(i)));
      sum = sum + chip.diff.back().expr() * pow256(i);
    }
    cb.require_boolean(name + ": lt is boolean", chip.lt);
    cb.require_equal(name + ": a − b + lt · 2^(8N) = diff", a - b + chip.lt.expr() * pow256(n_bytes), sum);
    chip.out = chip.lt.expr();
    return chip;
  }

  // a, b < 2^(8N) as canonical little-endian u64 pairs (lo, hi).
  void assign(plonk::Region& region, size_t offset, unsigned __int128 a, unsigned __int128 b) const {
    const bool less = a < b;
    // a − b + lt·2^(8N) computed mod 2^(8N) (for N = 16 the wrap is the u128 one).
    unsigned __int128 d = a - b;
    if (bytes < 16) d &= (static_cast<unsigned __int128>(1) << (8 * bytes)) - 1;
    lt.assign(region, offset, Fr::from_u64(less));
    for (unsigned i = 0; i < bytes; ++i) diff[i].assign(region, offset, Fr::from_u64(static_cast<uint8_t>(d >> (8 * i))));
  }
};

}  // namespace zkevm::circuits::gadgets
