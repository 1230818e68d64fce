#pragma once
// Gas chips.
//
// ConstantGas: gas_left' = gas_left − cost with gas_left' spelled by 8 range-
// checked bytes, so it is in [0, 2^64): a step cannot take the normal path
// without the gas for it (an underflow would wrap to ≈ p, which no 8 bytes
// spell). The out-of-gas error state proves the opposite comparison.
//
// MemoryExpansion (yellow paper C_mem): memory grows to
//   next = max(cur, ceil(end / 32)) words and costs
//   3 (next − cur) + floor(next² / 512) − floor(cur² / 512).
// ceil is witnessed as end + 31 = 32 w + r with r and 31 − r bytes; max by a
// 5-byte LessThan (words and end below 2^40: larger accesses run out of gas
// long before); each floor as w² = 512 q + 256 r_hi + r_lo with r_hi boolean
// and r_lo a byte, which fixes q.
#include <array>

#include "circuits/gadgets/less_than.hpp"

namespace zkevm::circuits::gadgets {

struct ConstantGas {
  std::array<WCell, 8> bytes;  // little-endian
  Expression next;

  static ConstantGas configure(ConstraintBuilder& cb, CellSource& cells, const Expression& gas_left,
                               const Expression& cost, const std::string& name = "gas") {
    ConstantGas chip;
    std::vector<Expression> be;
    for (int i = 0; i < 8; ++i) chip.bytes[i] = cells.byte_cell(name + ".left" + std::to_string(i));
    for (int i = 7; i >= 0; --i) be.push_back(chip.bytes[i].expr());
    chip.next = from_be_bytes(be);
    cb.require_equal(name + ": gas_left − cost fits 8 bytes", gas_left - cost, chip.next);
    return chip;
  }

  void assign(plonk::Region& region, size_t offset, uint64_t gas_left_after) const {
    for (int i = 0; i < 8; ++i) bytes[i].assign(region, offset, Fr::from_u64(static_cast<uint8_t>(gas_left_after >> (8 * i))));
  }
};

// floor(w² / 512) witnessed for one word count.
struct QuadraticMemoryCost {
  WCell quotient, rem_hi, rem_lo;

  static QuadraticMemoryCost configure(ConstraintBuilder& cb, CellSource& cells, const Expression& words,
                                       const std::string& name) {
    QuadraticMemoryCost chip;
    chip.quotient = cells.cell(name + ".q");
    chip.rem_hi = cells.cell(name + ".r_hi");
    chip.rem_lo = cells.byte_cell(name + ".r_lo");
    cb.require_boolean(name + ": r_hi is boolean", chip.rem_hi);
    cb.require_equal(name + ": w² = 512 q + r", words * words,
                     chip.quotient.expr() * 512 + chip.rem_hi.expr() * 256 + chip.rem_lo.expr());
    return chip;
  }
  void assign(plonk::Region& region, size_t offset, uint64_t words) const {
    const unsigned __int128 sq = static_cast<unsigned __int128>(words) * words;
    quotient.assign(region, offset, Fr::from_u64(static_cast<uint64_t>(sq / 512)));
    rem_hi.assign(region, offset, Fr::from_u64(static_cast<uint64_t>((sq % 512) / 256)));
    rem_lo.assign(region, offset, Fr::from_u64(static_cast<uint64_t>(sq % 256)));
  }
};

struct MemoryExpansion {
  WCell end_words, rem, rem_complement, next_words;
  LessThan grows;
  QuadraticMemoryCost quad_cur, quad_next;
  Expression next;  // memory size in words after the access
  Expression cost;  // expansion gas

  // cur: memory size in words before; end: one past the last byte accessed
  // (the caller passes 0 for an access of size 0).
  static MemoryExpansion configure(ConstraintBuilder& cb, CellSource& cells, const Expression& cur,
                                   const Expression& end, const std::string& name = "memory") {
    MemoryExpansion chip;
    chip.end_words = cells.cell(name + ".end_words");
    chip.rem = cells.byte_cell(name + ".rem");
    chip.rem_complement = cells.byte_cell(name + ".rem_complement");
    chip.next_words = cells.cell(name + ".next_words");
    cb.require_equal(name + ": end + 31 = 32 end_words + rem", end + 31, chip.end_words.expr() * 32 + chip.rem.expr());
    cb.require_equal(name + ": rem ≤ 31", chip.rem.expr() + chip.rem_complement.expr(), Expression(31));
    chip.grows = LessThan::configure(cb, cells, cur, chip.end_words, 5, name + ".grows");
    cb.require_equal(name + ": next = max(cur, end_words)", chip.next_words,
                     cur + chip.grows.out * (chip.end_words.expr() - cur));
    chip.quad_cur = QuadraticMemoryCost::configure(cb, cells, cur, name + ".quad_cur");
    chip.quad_next = QuadraticMemoryCost::configure(cb, cells, chip.next_words, name + ".quad_next");
    chip.next = chip.next_words.expr();
    chip.cost = (chip.next - cur) * 3 + chip.quad_next.quotient.expr() - chip.quad_cur.quotient.expr();
    return chip;
  }

  // Returns (next words, cost).
  std::pair<uint64_t, uint64_t> assign(plonk::Region& region, size_t offset, uint64_t cur_words, uint64_t end) const {
    const uint64_t ew = (end + 31) / 32;
    end_words.assign(region, offset, Fr::from_u64(ew));
    rem.assign(region, offset, Fr::from_u64((end + 31) % 32));
    rem_complement.assign(region, offset, Fr::from_u64(31 - (end + 31) % 32));
    grows.assign(region, offset, cur_words, ew);
    const uint64_t nw = std::max(cur_words, ew);
    next_words.assign(region, offset, Fr::from_u64(nw));
    quad_cur.assign(region, offset, cur_words);
    quad_next.assign(region, offset, nw);
    return {nw, 3 * (nw - cur_words) + nw * nw / 512 - cur_words * cur_words / 512};
  }
};

}  // namespace zkevm::circuits::gadgets
