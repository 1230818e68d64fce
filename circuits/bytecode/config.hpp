#pragma once
// The Bytecode circuit: proves every row of the Bytecode table
// (circuits/tables/bytecode_table.hpp) — each code is a header (tag Header,
// index 0, value = length) followed by exactly `length` byte rows (index
// 0..length−1, the byte in value), is_code marks opcode bytes (the bytes after
// a PUSHn opcode, n of them, are data), and the code hash is the Keccak-256 of
// the bytes, through a lookup of (1, RLC of the bytes, length, hash) into the
// Keccak table.
//
// Layout: rows 0.. hold the codes one after another, then padding rows (tag 0)
// up to the last usable row, which must be padding.
// Helper columns:
//   is_header, is_byte    booleans, tag = is_header + 2·is_byte; padding when both 0
//   length                the code's length on each of its rows
//   push_data_size        on a code byte: the opcode's PUSH data bytes (opcode-table
//                         lookup); 0 on data bytes and headers
//   push_data_left        PUSH data bytes still to come after this row
//   push_data_left_inv    its inverse (0 when it is 0): is_code = (previous row's
//                         push_data_left = 0)
//   is_last               1 on a code's last row (its last byte, or an empty code's header)
//   value_rlc (phase 1)   RLC of the code's bytes up to this row (byte_rlc, first
//                         byte highest power; 0 on the header)
#include <vector>

#include "circuits/tables/bytecode_table.hpp"
#include "circuits/tables/keccak_table.hpp"
#include "circuits/tables/opcode_table.hpp"
#include "circuits/tables/range_table.hpp"
#include "cpp/plonk/assignment.hpp"

namespace zkevm::circuits::bytecode {

// One row of the circuit: the table row and the helper values derived from it.
struct BytecodeWitnessRow {
  BytecodeRow table;
  uint64_t length = 0, push_data_size = 0, push_data_left = 0;
};

// The witness rows of the codes: table rows with their helper values (no padding).
std::vector<BytecodeWitnessRow> bytecode_witness_rows(const std::vector<evm::Bytecode>& codes);

struct BytecodeConfig {
  BytecodeTable table;
  KeccakTable keccak;
  OpcodeTable opcodes;
  RangeTable u8;
  plonk::Challenge byte_rlc;
  plonk::Selector q_enable, q_first, q_last;  // q_enable: every usable row but the last
  plonk::Column<plonk::Advice> is_header, is_byte, length, push_data_size, push_data_left, push_data_left_inv, is_last;
  plonk::Column<plonk::Advice> value_rlc;  // phase 1

  // Declares the helper columns, gates and lookups over the shared tables.
  static BytecodeConfig configure(plonk::ConstraintSystem& cs, const BytecodeTable& table, const KeccakTable& keccak,
                                  const OpcodeTable& opcodes, const RangeTable& u8, plonk::Challenge byte_rlc);

  // Phase 0: the table, the helpers and the selectors for rows (then padding
  // to the last usable row). InputError when the rows and one padding row do not fit.
  void assign(plonk::Assignment& a, const std::vector<BytecodeWitnessRow>& rows) const;
  // Phase 1: value_rlc with r the byte_rlc challenge's value.
  void assign_phase1(plonk::Assignment& a, const std::vector<BytecodeWitnessRow>& rows, const Fr& r) const;
};

}  // namespace zkevm::circuits::bytecode
