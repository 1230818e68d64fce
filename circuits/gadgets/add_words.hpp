#pragma once
// AddWords: c = a + b mod 2^256 with the carry out of each 128-bit limb:
//   a_lo + b_lo          = c_lo + carry_lo · 2^128
//   a_hi + b_hi + carry_lo = c_hi + carry_hi · 2^128
// with c spelled by 32 range-checked bytes and both carries boolean, so c is
// the unique sum (a and b must be valid words: limbs below 2^128). carry_hi
// is the overflow bit, which SUB (a = c + b) and comparisons use.
#include "circuits/gadgets/word_bytes.hpp"

namespace zkevm::circuits::gadgets {

struct AddWords {
  WordBytes sum;  // unused with configure_with_sum
  WCell carry_lo, carry_hi;
  Word out;
  Expression overflow;

  static AddWords configure(ConstraintBuilder& cb, CellSource& cells, const Word& a, const Word& b,
                            const std::string& name = "add") {
    WordBytes bytes = WordBytes::configure(cells, name + ".sum");
    AddWords chip = configure_with_sum(cb, cells, a, b, bytes.word, name);
    chip.sum = bytes;
    return chip;
  }

  // The same with a sum the caller has already proved to be a valid word
  // (e.g. SUB checks c + b = a, with a read from the stack and c from bytes).
  static AddWords configure_with_sum(ConstraintBuilder& cb, CellSource& cells, const Word& a, const Word& b,
                                     const Word& sum, const std::string& name = "add") {
    AddWords chip;
    chip.carry_lo = cells.cell(name + ".carry_lo");
    chip.carry_hi = cells.cell(name + ".carry_hi");
    const Fr two128 = pow256(16);
    cb.require_boolean(name + ": carry_lo is boolean", chip.carry_lo);
    cb.require_boolean(name + ": carry_hi is boolean", chip.carry_hi);
    cb.require_equal(name + ": lo limb sum", a.lo + b.lo, sum.lo + chip.carry_lo.expr() * two128);
    cb.require_equal(name + ": hi limb sum", a.hi + b.hi + chip.carry_lo.expr(), sum.hi + chip.carry_hi.expr() * two128);
    chip.out = sum;
    chip.overflow = chip.carry_hi.expr();
    return chip;
  }

  void assign(plonk::Region& region, size_t offset, const evm::U256& a, const evm::U256& b) const {
    sum.assign(region, offset, a + b);
    assign_carries(region, offset, a, b);
  }

  // The carries only (configure_with_sum).
  void assign_carries(plonk::Region& region, size_t offset, const evm::U256& a, const evm::U256& b) const {
    const evm::U256 c = a + b;
    const unsigned __int128 alo = (static_cast<unsigned __int128>(a.w[1]) << 64) | a.w[0];
    const unsigned __int128 blo = (static_cast<unsigned __int128>(b.w[1]) << 64) | b.w[0];
    const bool clo = alo + blo < alo;
    carry_lo.assign(region, offset, Fr::from_u64(clo));
    carry_hi.assign(region, offset, Fr::from_u64(c < a));
  }
};

}  // namespace zkevm::circuits::gadgets
