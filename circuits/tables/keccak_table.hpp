#pragma once
// The Keccak table: one row per absorbed block of every Keccak-256 input the
// zkEVM needs; the row that absorbs an input's last block has is_final = 1 and
// carries the whole input's RLC and length and the 256-bit output as two
// 128-bit words. Other sub-circuits (bytecode, SHA3, tx hashes) look up
// (1, input_rlc, input_len, output_hi, output_lo) in it.
//
// The Keccak circuit (circuits/keccak) fills and proves it. input_rlc is a
// phase-1 column: Σ byte_i · r^(len−1−i) with r the shared byte-RLC challenge
// (the first byte carries the highest power; the empty input has RLC 0).
#include <vector>

#include "cpp/plonk/constraint_system.hpp"

namespace zkevm::circuits {

struct KeccakTable {
  plonk::Column<plonk::Advice> is_final;   // 1 on the row that finishes an input
  plonk::Column<plonk::Advice> input_rlc;  // phase 1
  plonk::Column<plonk::Advice> input_len;  // bytes of the whole input
  plonk::Column<plonk::Advice> output_hi;  // big-endian hash bytes 0..15 as a number
  plonk::Column<plonk::Advice> output_lo;  // big-endian hash bytes 16..31 as a number

  static KeccakTable configure(plonk::ConstraintSystem& cs) {
    KeccakTable t;
    t.is_final = cs.advice_column("keccak.is_final");
    t.input_rlc = cs.advice_column("keccak.input_rlc", 1);
    t.input_len = cs.advice_column("keccak.input_len");
    t.output_hi = cs.advice_column("keccak.output_hi");
    t.output_lo = cs.advice_column("keccak.output_lo");
    return t;
  }

  // The table side of a lookup: (is_final, input_rlc, input_len, output_hi, output_lo).
  std::vector<plonk::Expression> columns() const {
    return {is_final.cur(), input_rlc.cur(), input_len.cur(), output_hi.cur(), output_lo.cur()};
  }
};

}  // namespace zkevm::circuits
