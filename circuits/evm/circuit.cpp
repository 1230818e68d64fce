#include "circuits/evm/circuit.hpp"

#include <algorithm>

namespace zkevm::circuits::evm_circuit {

EvmCircuit::EvmCircuit(EvmTrace trace)
    : trace_(std::make_shared<const EvmTrace>(std::move(trace))), witness_(build_witness(*trace_)) {}

void EvmCircuit::configure(plonk::ConstraintSystem& cs) {
  rw_ = RwTable::configure(cs);
  bytecode_ = BytecodeTable::configure(cs);
  u8_ = u8_table(cs);
  bitwise_ = nibble_bitwise_table(cs);
  config_ = EvmConfig::configure(cs, rw_, bytecode_, u8_, bitwise_);
}

void EvmCircuit::synthesize(plonk::Assignment& a) {
  u8_.assign(a);
  bitwise_.assign(a);
  rw_.assign(a, witness_.rw_rows);
  bytecode_.assign(a, bytecode_table_rows(trace_->input.bytecodes));
  config_.assign(a, witness_);
  if (tamper) tamper(a, config_);
}

size_t EvmCircuit::evm_rows() const {
  plonk::ConstraintSystem cs;
  RwTable rw = RwTable::configure(cs);
  BytecodeTable bytecode = BytecodeTable::configure(cs);
  RangeTable u8 = u8_table(cs);
  BitwiseTable bitwise = nibble_bitwise_table(cs);
  return EvmConfig::configure(cs, rw, bytecode, u8, bitwise).rows_needed(witness_);
}

uint32_t EvmCircuit::minimum_k() const {
  plonk::ConstraintSystem cs;
  RwTable rw = RwTable::configure(cs);
  BytecodeTable bytecode = BytecodeTable::configure(cs);
  RangeTable u8 = u8_table(cs);
  BitwiseTable bitwise = nibble_bitwise_table(cs);
  const EvmConfig config = EvmConfig::configure(cs, rw, bytecode, u8, bitwise);
  size_t code_rows = bytecode_table_rows(trace_->input.bytecodes).size();
  const size_t rows =
      std::max({config.rows_needed(witness_), witness_.rw_rows.size(), code_rows, u8.rows(), bitwise.rows()});
  // Rows beyond the blinding rows, which grow with the rotations the gadgets query.
  for (uint32_t k = 4;; ++k)
    if ((size_t{1} << k) > cs.blinding_factors() + 1 && cs.usable_rows(k) >= rows) return k;
}

}  // namespace zkevm::circuits::evm_circuit
