#pragma once
// MulAddWords: d = a · b + c mod 2^256 (MUL is c = 0), over 64-bit limbs
// a_i, b_i (little-endian, read from the operands' byte decompositions):
//   t0 = a0 b0,  t1 = a0 b1 + a1 b0,  t2 = a0 b2 + a1 b1 + a2 b0,
//   t3 = a0 b3 + a1 b2 + a2 b1 + a3 b0
//   t0 + t1 · 2^64 + c_lo            = d_lo + carry_lo · 2^128
//   t2 + t3 · 2^64 + c_hi + carry_lo = d_hi + carry_hi · 2^128
// The left sides stay below 2^195, so with carry_lo < 2^72 and carry_hi < 2^72
// (9 range-checked bytes each) and d spelled by bytes, neither side wraps the
// field and d is the unique result. The products a_i b_j with i + j ≥ 4 are
// multiples of 2^256 and drop out; `overflow`, the sum of those products and
// carry_hi (nonnegative terms below 2^131, so no wrap), is 0 exactly when
// a · b + c = d holds over the integers (division uses that).
#include <array>

#include "circuits/gadgets/word_bytes.hpp"

namespace zkevm::circuits::gadgets {

struct MulAddWords {
  WordBytes a, b, d;
  std::array<WCell, 9> carry_lo, carry_hi;  // little-endian bytes
  Word out;
  Expression overflow;

  // a_word and b_word are bound to their bytes here; c must be a valid word.
  static MulAddWords configure(ConstraintBuilder& cb, CellSource& cells, const Word& a_word, const Word& b_word,
                               const Word& c, const std::string& name = "mul_add") {
    MulAddWords chip = configure_unbound(cb, cells, c, name);
    chip.a.require_word(cb, a_word, name + ".a");
    chip.b.require_word(cb, b_word, name + ".b");
    return chip;
  }

  // The same with a and b left to the caller: chip.a.word and chip.b.word are
  // valid words spelled by their bytes (division witnesses its quotient so).
  static MulAddWords configure_unbound(ConstraintBuilder& cb, CellSource& cells, const Word& c,
                                       const std::string& name = "mul_add") {
    MulAddWords chip;
    chip.a = WordBytes::configure(cells, name + ".a");
    chip.b = WordBytes::configure(cells, name + ".b");
    chip.d = WordBytes::configure(cells, name + ".d");
    std::vector<Expression> clo, chi;
    for (int i = 0; i < 9; ++i) {
      chip.carry_lo[i] = cells.byte_cell(name + ".carry_lo" + std::to_string(i));
      chip.carry_hi[i] = cells.byte_cell(name + ".carry_hi" + std::to_string(i));
    }
    for (int i = 8; i >= 0; --i) {
      clo.push_back(chip.carry_lo[i].expr());
      chi.push_back(chip.carry_hi[i].expr());
    }
    const Expression carry_lo = from_be_bytes(clo), carry_hi = from_be_bytes(chi);
    Expression a_[4], b_[4];
    for (int i = 0; i < 4; ++i) {
      a_[i] = chip.a.limb64(i);
      b_[i] = chip.b.limb64(i);
    }
    const Expression t0 = a_[0] * b_[0];
    const Expression t1 = a_[0] * b_[1] + a_[1] * b_[0];
    const Expression t2 = a_[0] * b_[2] + a_[1] * b_[1] + a_[2] * b_[0];
    const Expression t3 = a_[0] * b_[3] + a_[1] * b_[2] + a_[2] * b_[1] + a_[3] * b_[0];
    const Fr two64 = pow256(8), two128 = pow256(16);
    cb.require_equal(name + ": lo limb", t0 + t1 * two64 + c.lo, chip.d.word.lo + carry_lo * two128);
    cb.require_equal(name + ": hi limb", t2 + t3 * two64 + c.hi + carry_lo, chip.d.word.hi + carry_hi * two128);
    chip.out = chip.d.word;
    chip.overflow = carry_hi + a_[1] * b_[3] + a_[2] * b_[2] + a_[3] * b_[1] + a_[2] * b_[3] + a_[3] * b_[2] +
                    a_[3] * b_[3];
    return chip;
  }

  void assign(plonk::Region& region, size_t offset, const evm::U256& av, const evm::U256& bv,
              const evm::U256& cv) const {
    a.assign(region, offset, av);
    b.assign(region, offset, bv);
    const evm::U256 dv = av * bv + cv;
    d.assign(region, offset, dv);
    auto prod = [&](int i, int j) {
      const unsigned __int128 p = static_cast<unsigned __int128>(av.w[i]) * bv.w[j];
      return evm::U256(static_cast<uint64_t>(p), static_cast<uint64_t>(p >> 64), 0, 0);
    };
    const evm::U256 t0 = prod(0, 0), t1 = prod(0, 1) + prod(1, 0);
    const evm::U256 t2 = prod(0, 2) + prod(1, 1) + prod(2, 0);
    const evm::U256 t3 = prod(0, 3) + prod(1, 2) + prod(2, 1) + prod(3, 0);
    const evm::U256 lo = t0 + evm::shl(t1, 64) + evm::U256(cv.w[0], cv.w[1], 0, 0);
    const evm::U256 clo = evm::shr(lo, 128);
    const evm::U256 hi = t2 + evm::shl(t3, 64) + evm::U256(cv.w[2], cv.w[3], 0, 0) + clo;
    const evm::U256 chi = evm::shr(hi, 128);
    const auto clo_be = clo.to_be_bytes(), chi_be = chi.to_be_bytes();
    for (int i = 0; i < 9; ++i) {
      carry_lo[i].assign(region, offset, Fr::from_u64(clo_be[31 - i]));
      carry_hi[i].assign(region, offset, Fr::from_u64(chi_be[31 - i]));
    }
  }
};

}  // namespace zkevm::circuits::gadgets
