#pragma once
// LessThanWord: lt = [a < b] for two valid words (limbs below 2^128), from
// the high limbs and, when they are equal, the low limbs:
//   lt = lt_hi + eq_hi · lt_lo,
// each limb compared by a 16-byte LessThan, eq_hi an IsEqual kept in a cell
// (and lt in another) so users multiply them without raising the degree.
#include "circuits/gadgets/is_zero.hpp"
#include "circuits/gadgets/less_than.hpp"

namespace zkevm::circuits::gadgets {

// The 128-bit limb of a U256 as an integer.
inline unsigned __int128 u256_limb(const evm::U256& v, bool hi) {
  return (static_cast<unsigned __int128>(v.w[hi ? 3 : 1]) << 64) | v.w[hi ? 2 : 0];
}

struct LessThanWord {
  LessThan lt_hi, lt_lo;
  IsEqual eq_hi;
  WCell eq_hi_value, lt;
  Expression out;  // the lt cell

  static LessThanWord configure(ConstraintBuilder& cb, CellSource& cells, const Word& a, const Word& b,
                                const std::string& name = "lt_word") {
    LessThanWord chip;
    chip.lt_hi = LessThan::configure(cb, cells, a.hi, b.hi, 16, name + ".lt_hi");
    chip.lt_lo = LessThan::configure(cb, cells, a.lo, b.lo, 16, name + ".lt_lo");
    chip.eq_hi = IsEqual::configure(cb, cells, a.hi, b.hi, name + ".eq_hi");
    chip.eq_hi_value = cells.cell(name + ".eq_hi.value");
    chip.lt = cells.cell(name + ".lt");
    cb.require_equal(name + ": eq_hi value", chip.eq_hi_value, chip.eq_hi.out);
    cb.require_equal(name + ": lt = lt_hi + eq_hi · lt_lo", chip.lt,
                     chip.lt_hi.out + chip.eq_hi_value.expr() * chip.lt_lo.out);
    chip.out = chip.lt.expr();
    return chip;
  }

  void assign(plonk::Region& region, size_t offset, const evm::U256& a, const evm::U256& b) const {
    lt_hi.assign(region, offset, u256_limb(a, true), u256_limb(b, true));
    lt_lo.assign(region, offset, u256_limb(a, false), u256_limb(b, false));
    eq_hi.assign(region, offset, word_hi(a), word_hi(b));
    eq_hi_value.assign(region, offset, Fr::from_u64(u256_limb(a, true) == u256_limb(b, true)));
    lt.assign(region, offset, Fr::from_u64(a < b));
  }
};

// WordSign: neg = 1 when the valid word w is negative in two's complement
// (bit 255 set), from a 16-byte LessThan of its high limb against 2^127.
struct WordSign {
  LessThan nonneg;
  Expression neg;  // 1 − nonneg.lt, degree 1

  static WordSign configure(ConstraintBuilder& cb, CellSource& cells, const Word& w, const std::string& name = "sign") {
    WordSign chip;
    chip.nonneg = LessThan::configure(cb, cells, w.hi, Fr::from_u64(2).pow(127), 16,
                                      name + ".nonneg");
    chip.neg = Expression(1) - chip.nonneg.out;
    return chip;
  }

  void assign(plonk::Region& region, size_t offset, const evm::U256& w) const {
    nonneg.assign(region, offset, u256_limb(w, true), static_cast<unsigned __int128>(1) << 127);
  }
  static bool is_negative(const evm::U256& w) { return (w.w[3] >> 63) != 0; }
};

}  // namespace zkevm::circuits::gadgets
