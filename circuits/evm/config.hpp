#pragma once
// The EVM circuit's configuration: its columns, the structural gates (step
// and RW-row flags, one execution state per step, the rw_counter chain, the
// first and last steps), one gate per execution state (the state's gadget
// times its selector, plus the state's row shape), and the lookups: each RW
// row into the RW table, each opcode step's opcode and each enabled code slot
// into the Bytecode table, each byte cell into the u8 table, each enabled
// bitwise slot's nibble triples into the 4-bit bitwise table, and CODESIZE's
// pushed value into its code's Bytecode header.
// See docs/DESIGN-NOTES.md "## EVM circuit" for the layout and its cost.
#include <memory>
#include <vector>

#include "circuits/evm/step.hpp"
#include "circuits/evm/witness.hpp"
#include "circuits/tables/bitwise_table.hpp"
#include "circuits/tables/bytecode_table.hpp"
#include "circuits/tables/range_table.hpp"
#include "circuits/tables/rw_table.hpp"

namespace zkevm::circuits::evm_circuit {

class EvmConfig {
 public:
  // Declares the EVM circuit in cs, looking up into the given tables.
  static EvmConfig configure(plonk::ConstraintSystem& cs, const RwTable& rw, const BytecodeTable& bytecode,
                             const RangeTable& u8, const BitwiseTable& bitwise);

  // Rows the witness occupies (the sum of its steps' heights).
  size_t rows_needed(const EvmWitness& w) const;
  // Assigns the steps from row 0, one region per step ("step 12: ADD_SUB").
  // InputError when they do not fit the usable rows.
  void assign(plonk::Assignment& a, const EvmWitness& w) const;

  const EvmColumns& columns() const { return columns_; }
  // The gadget of a state.
  const StateGadget& gadget(ExecutionState s) const { return *gadgets_[static_cast<size_t>(s)]; }
  // The first row of each step of w.
  std::vector<size_t> step_rows(const EvmWitness& w) const;

 private:
  EvmColumns columns_;
  std::vector<std::shared_ptr<StateGadget>> gadgets_;  // by state
};

}  // namespace zkevm::circuits::evm_circuit
