#pragma once
// How trace values become cells, the same for every table: a 256-bit EVM word
// is two 128-bit limbs (hi, lo) (DESIGN.md: a word does not fit in Fr); an
// address (160 bits) and small integers are one cell; variable-length bytes
// are an RLC with the shared byte_rlc challenge, first byte highest power.
#include <cstdint>
#include <span>

#include "cpp/evm/types.hpp"
#include "cpp/evm/u256.hpp"
#include "cpp/plonk/expression.hpp"

namespace zkevm::circuits {

using plonk::Fr;

struct WordCells {
  Fr hi, lo;
};

// The word's high and low 128 bits as field elements.
inline WordCells word_cells(const evm::U256& w) {
  return {Fr::from_canonical({w.w[2], w.w[3], 0, 0}), Fr::from_canonical({w.w[0], w.w[1], 0, 0})};
}

// The address as one field element (its 160-bit big-endian value).
inline Fr address_cell(const evm::Address& a) {
  evm::U256 w = evm::address_to_word(a);
  return Fr::from_canonical({w.w[0], w.w[1], w.w[2], 0});
}

inline Fr fr(uint64_t x) { return Fr::from_u64(x); }

// Σ bytes_i · r^(len−1−i) (Horner, first byte highest power; 0 for no bytes),
// the convention of the Keccak table's input_rlc.
inline Fr bytes_rlc(std::span<const uint8_t> bytes, const Fr& r) {
  Fr acc = Fr::zero();
  for (uint8_t b : bytes) acc = acc * r + Fr::from_u64(b);
  return acc;
}

}  // namespace zkevm::circuits
