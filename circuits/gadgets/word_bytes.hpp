#pragma once
// Byte decomposition of a 256-bit word: 32 range-checked byte cells, big-
// endian (byte 0 is the most significant), and the word they spell as two
// 128-bit limbs hi = bytes 0..15, lo = bytes 16..31. Binding a word's limbs to
// its bytes is what proves the limbs are below 2^128.
#include <array>

#include "circuits/gadgets/cells.hpp"

namespace zkevm::circuits::gadgets {

struct WordBytes {
  std::array<WCell, 32> bytes;  // big-endian
  Word word;

  static WordBytes configure(CellSource& cells, const std::string& name = "word") {
    WordBytes chip;
    std::vector<Expression> hi, lo;
    for (int i = 0; i < 32; ++i) {
      chip.bytes[i] = cells.byte_cell(name + ".byte" + std::to_string(i));
      (i < 16 ? hi : lo).push_back(chip.bytes[i].expr());
    }
    chip.word = Word{from_be_bytes(hi), from_be_bytes(lo)};
    return chip;
  }

  // The bytes and limbs must spell w (two constraints).
  void require_word(ConstraintBuilder& cb, const Word& w, const std::string& name) const {
    cb.require_equal(name + ": hi limb = bytes 0..15", w.hi, word.hi);
    cb.require_equal(name + ": lo limb = bytes 16..31", w.lo, word.lo);
  }

  // Expression of the little-endian 64-bit limb i (0 = least significant).
  Expression limb64(int i) const {
    std::vector<Expression> be;
    for (int j = 0; j < 8; ++j) be.push_back(bytes[32 - 8 * (i + 1) + j].expr());
    return from_be_bytes(be);
  }

  void assign(plonk::Region& region, size_t offset, const evm::U256& v) const {
    const auto be = v.to_be_bytes();
    for (int i = 0; i < 32; ++i) bytes[i].assign(region, offset, Fr::from_u64(be[i]));
  }
};

}  // namespace zkevm::circuits::gadgets
