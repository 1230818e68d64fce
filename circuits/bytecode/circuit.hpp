#pragma once
// The Bytecode circuit alone: the Bytecode table and its config, with the
// tables it reads — Keccak (assigned unconstrained from the codes' hashes,
// "dev" style: the Keccak circuit proves it in the SuperCircuit), opcode
// properties and u8 — in one constraint system, for tests and Python.
#include <functional>
#include <vector>

#include "circuits/bytecode/config.hpp"

namespace zkevm::circuits::bytecode {

class BytecodeCircuit : public plonk::Circuit {
 public:
  explicit BytecodeCircuit(std::vector<evm::Bytecode> codes);

  // The smallest k that holds the rows, one padding row and the 256-row tables.
  uint32_t minimum_k() const;

  void configure(plonk::ConstraintSystem& cs) override;
  void synthesize(plonk::Assignment& a) override;
  void synthesize_phase1(plonk::Assignment& a, const plonk::Challenges& challenges) override;

  const BytecodeConfig& config() const { return config_; }
  const std::vector<evm::Bytecode>& codes() const { return codes_; }
  // The witness rows (edited, when edit_rows is set) of the last synthesis.
  const std::vector<BytecodeWitnessRow>& rows() const { return rows_; }

  // Test hooks for soundness tests: edit the witness rows before they are
  // assigned (value_rlc, is_last and the inverse are derived from the edited
  // rows); overwrite phase-0 cells after their assignment (tamper) or
  // phase-1 cells after theirs (tamper_phase1).
  std::function<void(std::vector<BytecodeWitnessRow>&)> edit_rows;
  std::function<void(plonk::Assignment&, const BytecodeConfig&)> tamper, tamper_phase1;

 private:
  std::vector<evm::Bytecode> codes_;
  std::vector<BytecodeWitnessRow> rows_;
  BytecodeConfig config_;
};

}  // namespace zkevm::circuits::bytecode
