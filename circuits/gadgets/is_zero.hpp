#pragma once
// IsZero: out = 1 when value = 0, else 0, with one witness cell (the inverse
// of value, or anything when value = 0):
//   out = 1 − value · inverse,   value · out = 0.
// When value ≠ 0 the second forces out = 0; when value = 0 the first gives
// out = 1 whatever the inverse. IsEqual is IsZero of the difference.
#include "circuits/gadgets/cells.hpp"

namespace zkevm::circuits::gadgets {

struct IsZero {
  Expression value;
  WCell inverse;
  Expression out;  // degree deg(value) + 1

  static IsZero configure(ConstraintBuilder& cb, CellSource& cells, const Expression& value,
                          const std::string& name = "is_zero") {
    IsZero chip;
    chip.value = value;
    chip.inverse = cells.cell(name + ".inverse");
    chip.out = Expression(1) - value * chip.inverse.expr();
    cb.require_zero(name + ": value · out = 0", value * chip.out);
    return chip;
  }

  // Writes the inverse of value (0 when value = 0).
  void assign(plonk::Region& region, size_t offset, const Fr& v) const {
    inverse.assign(region, offset, inverse_or_zero(v));
  }
};

struct IsEqual {
  IsZero is_zero;
  Expression out;

  static IsEqual configure(ConstraintBuilder& cb, CellSource& cells, const Expression& a, const Expression& b,
                           const std::string& name = "is_equal") {
    IsEqual chip;
    chip.is_zero = IsZero::configure(cb, cells, a - b, name);
    chip.out = chip.is_zero.out;
    return chip;
  }

  void assign(plonk::Region& region, size_t offset, const Fr& a, const Fr& b) const {
    is_zero.assign(region, offset, a - b);
  }
};

// IsZero of a word: both limbs zero (one inverse of hi + lo would not do,
// since limbs of different words can cancel; the sum of two nonnegative
// limbs below 2^128 cannot wrap the field, so hi + lo = 0 iff both are 0).
struct IsZeroWord {
  IsZero sum;
  Expression out;

  static IsZeroWord configure(ConstraintBuilder& cb, CellSource& cells, const Word& w,
                              const std::string& name = "is_zero_word") {
    IsZeroWord chip;
    chip.sum = IsZero::configure(cb, cells, w.hi + w.lo, name);
    chip.out = chip.sum.out;
    return chip;
  }
  void assign(plonk::Region& region, size_t offset, const evm::U256& v) const {
    sum.assign(region, offset, word_hi(v) + word_lo(v));
  }
};

}  // namespace zkevm::circuits::gadgets
