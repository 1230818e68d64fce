#pragma once
// The Bytecode table: every byte of every code the execution ran, proved by
// the Bytecode circuit (circuits/bytecode) and looked up by the EVM circuit
// (opcode fetch, PUSH data, code size, JUMPDEST checks) and the Copy circuit.
//
// Columns:
//   code_hash_hi, code_hash_lo  Keccak-256 of the code as a word (hi, lo)
//   tag        kBytecodeHeader (1) on the code's first row, kBytecodeByte (2) on
//              each byte's row, 0 on unused rows
//   index      0 on the header, the byte's position 0..len−1 on byte rows
//   is_code    1 for an opcode byte, 0 for PUSH data (and on the header)
//   value      the code's length on the header, the byte on byte rows
//
// Row order: per code (in the trace's order), its header then its bytes in
// order; then zero rows. Lookups: (code_hash_hi, code_hash_lo, tag, index,
// is_code, value).
#include <vector>

#include "circuits/tables/table_values.hpp"
#include "cpp/evm/circuit_input.hpp"
#include "cpp/plonk/assignment.hpp"

namespace zkevm::circuits {

inline constexpr uint64_t kBytecodeHeader = 1;
inline constexpr uint64_t kBytecodeByte = 2;

struct BytecodeRow {
  evm::U256 code_hash;
  uint64_t tag = 0;
  uint64_t index = 0;
  bool is_code = false;
  uint64_t value = 0;
};

// The rows of the given codes, in the layout's order.
std::vector<BytecodeRow> bytecode_table_rows(const std::vector<evm::Bytecode>& codes);

struct BytecodeTable {
  plonk::Column<plonk::Advice> code_hash_hi, code_hash_lo, tag, index, is_code, value;

  static BytecodeTable configure(plonk::ConstraintSystem& cs);

  // The table side of a lookup: (code_hash_hi, code_hash_lo, tag, index, is_code, value).
  std::vector<plonk::Expression> columns() const;

  // Writes rows to rows start.. (phase 0). InputError when they do not fit.
  void assign(plonk::Assignment& a, const std::vector<BytecodeRow>& rows, size_t start = 0) const;
};

}  // namespace zkevm::circuits
