#pragma once
// IndexSelector: for a valid word w and a bound n (≤ 256), in_range = [w < n]
// and one boolean sel_k per k < n with sel_k = [w = k] (all 0 out of range):
//   Σ sel_k = in_range,   Σ k · sel_k = in_range · w_lo,
// with in_range = [w_hi = 0] · [w_lo < n] (IsZero, 16-byte LessThan). In range
// exactly one sel is 1 and its k is w; out of range none is. BYTE picks a
// byte of its word with it, SIGNEXTEND the sign byte.
#include <vector>

#include "circuits/gadgets/is_zero.hpp"
#include "circuits/gadgets/less_than.hpp"

namespace zkevm::circuits::gadgets {

struct IndexSelector {
  IsZero hi_zero;
  LessThan lo_below;
  WCell in_range;
  std::vector<WCell> sel;

  static IndexSelector configure(ConstraintBuilder& cb, CellSource& cells, const Word& w, unsigned n,
                                 const std::string& name = "index") {
    IndexSelector chip;
    chip.hi_zero = IsZero::configure(cb, cells, w.hi, name + ".hi_zero");
    chip.lo_below = LessThan::configure(cb, cells, w.lo, Expression(static_cast<int64_t>(n)), 16, name + ".lo_below");
    chip.in_range = cells.cell(name + ".in_range");
    cb.require_equal(name + ": in_range = [hi = 0] · [lo < n]", chip.in_range, chip.hi_zero.out * chip.lo_below.out);
    Expression count(0), index(0);
    for (unsigned k = 0; k < n; ++k) {
      chip.sel.push_back(cells.cell(name + ".sel" + std::to_string(k)));
      cb.require_boolean(name + ": sel" + std::to_string(k) + " is boolean", chip.sel.back());
      count = count + chip.sel.back().expr();
      index = index + chip.sel.back().expr() * static_cast<int64_t>(k);
    }
    cb.require_equal(name + ": one sel in range, none out of it", count, chip.in_range);
    cb.require_equal(name + ": the sel's index is w", index, chip.in_range.expr() * w.lo);
    return chip;
  }

  // Returns the selected index, or n when w is out of range.
  unsigned assign(plonk::Region& region, size_t offset, const evm::U256& w) const {
    const unsigned n = static_cast<unsigned>(sel.size());
    const unsigned __int128 lo = (static_cast<unsigned __int128>(w.w[1]) << 64) | w.w[0];
    const bool hi_is_zero = w.w[2] == 0 && w.w[3] == 0;
    hi_zero.assign(region, offset, word_hi(w));
    lo_below.assign(region, offset, lo, n);
    const unsigned k = hi_is_zero && lo < n ? static_cast<unsigned>(lo) : n;
    in_range.assign(region, offset, Fr::from_u64(k < n));
    for (unsigned j = 0; j < n; ++j) sel[j].assign(region, offset, Fr::from_u64(j == k));
    return k;
  }
};

}  // namespace zkevm::circuits::gadgets
