#pragma once
// The EVM circuit alone: the EVM config plus the tables it looks up into
// (RW, Bytecode, u8, 4-bit bitwise), which it assigns without proving them ("dev" style:
// the State and Bytecode circuits prove them in the SuperCircuit).
#include <cstdint>
#include <functional>
#include <memory>

#include "circuits/evm/config.hpp"
#include "cpp/plonk/assignment.hpp"

namespace zkevm::circuits::evm_circuit {

class EvmCircuit : public plonk::Circuit {
 public:
  // The circuit of a trace; UnsupportedError (naming the execution states
  // without a gadget) when the trace cannot be proved yet. The trace is copied.
  explicit EvmCircuit(EvmTrace trace);

  void configure(plonk::ConstraintSystem& cs) override;
  void synthesize(plonk::Assignment& a) override;

  const EvmTrace& trace() const { return *trace_; }
  const EvmWitness& witness() const { return witness_; }
  EvmWitness& witness() { return witness_; }
  // The configuration (after configure).
  const EvmConfig& config() const { return config_; }
  // The smallest k whose usable rows hold the steps, the RW and Bytecode
  // tables and the u8 and bitwise tables (computed with a throwaway constraint system).
  uint32_t minimum_k() const;
  // Rows of the EVM steps.
  size_t evm_rows() const;

  // Runs after the assignment: tests and debugging sessions use it to change
  // one cell of a valid witness and watch which constraint catches it.
  std::function<void(plonk::Assignment&, const EvmConfig&)> tamper;

 private:
  std::shared_ptr<const EvmTrace> trace_;  // the witness points into it
  EvmWitness witness_;
  EvmConfig config_;
  RwTable rw_;
  BytecodeTable bytecode_;
  RangeTable u8_;
  BitwiseTable bitwise_;
};

}  // namespace zkevm::circuits::evm_circuit
