#pragma once
// The fixed opcode-properties table: one row per byte value, from
// evm::opcode_table() for one fork, for the EVM circuit's opcode fetch
// (static gas, stack bounds, PUSH sizes, invalid-opcode detection).
//
// Columns (fixed, rows 0..255, row = opcode):
//   enabled            1 on the 256 rows, 0 after: lookups put 1 here, so the
//                      zero rows past the table match nothing
//   opcode             the byte
//   is_defined         1 when the opcode exists in the fork
//   static_gas         the constant part of the gas cost (0 when undefined)
//   stack_in, stack_out  items popped / pushed
//   min_stack_pointer  max(0, stack_out − stack_in): below it the stack overflows
//   max_stack_pointer  1024 − stack_in: above it the stack underflows
//                      (stack_pointer = 1024 − stack size, as ExecStep counts)
//   is_push            1 for PUSH0..PUSH32
//   push_bytes         bytes of PUSH data (0 for PUSH0 and non-PUSH opcodes)
// Lookups: (enabled, opcode, is_defined, static_gas, stack_in, stack_out,
// min_stack_pointer, max_stack_pointer, is_push, push_bytes).
#include <cstdint>
#include <vector>

#include "cpp/evm/opcodes.hpp"
#include "cpp/plonk/assignment.hpp"

namespace zkevm::circuits {

struct OpcodeRow {
  uint8_t opcode = 0;
  bool is_defined = false;
  uint64_t static_gas = 0, stack_in = 0, stack_out = 0, min_stack_pointer = 0, max_stack_pointer = 1024;
  bool is_push = false;
  uint64_t push_bytes = 0;
};

// The 256 rows for a fork.
std::vector<OpcodeRow> opcode_table_rows(evm::Fork fork);

struct OpcodeTable {
  plonk::Column<plonk::Fixed> enabled, opcode, is_defined, static_gas, stack_in, stack_out, min_stack_pointer,
      max_stack_pointer, is_push, push_bytes;

  static OpcodeTable configure(plonk::ConstraintSystem& cs);

  // The table side of a lookup (10 expressions, order in the file comment).
  std::vector<plonk::Expression> columns() const;

  // Fills the fixed columns for the fork (phase 0). InputError when 256 rows do not fit.
  void assign(plonk::Assignment& a, evm::Fork fork = evm::Fork::Cancun) const;
};

}  // namespace zkevm::circuits
