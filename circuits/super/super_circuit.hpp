#pragma once
// The SuperCircuit: every sub-circuit in one constraint system, sharing the
// tables — the EVM circuit proves the steps and looks their RW operations and
// opcodes up, the State circuit proves the RW table the EVM circuit reads, the
// Bytecode circuit proves the Bytecode table, the Keccak circuit proves the
// Keccak table the Bytecode circuit looks code hashes up in, and the fixed
// tables (u8, u11, 4-bit bitwise, opcode properties) are assigned once.
//
// Public inputs (one instance column): the block table's values, then each
// transaction's hash, every 256-bit value as (hi, lo). They are bound by copy
// constraints to the Block and Tx tables' cells; until the Tx and PI circuits
// exist, those tables are the prover's claim beyond that binding (the Tx
// hash's preimage is in the Keccak table, but nothing yet ties it to the Tx
// table's fields), and the storage/account pre-state the State circuit
// exposes (StateConfig::initial_value_lookup) is not yet bound to an MPT.
//
// k is the smallest that holds every sub-circuit's rows and the fixed tables.
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "circuits/bytecode/config.hpp"
#include "circuits/evm/config.hpp"
#include "circuits/evm/witness.hpp"
#include "circuits/keccak/config.hpp"
#include "circuits/keccak/witness.hpp"
#include "circuits/state/config.hpp"
#include "circuits/tables/block_table.hpp"
#include "circuits/tables/tx_table.hpp"
#include "cpp/evm/bus_mapping.hpp"
#include "cpp/evm/circuit_input.hpp"

namespace zkevm::circuits {

// What the SuperCircuit proves: one case's execution trace and block tables
// (evm_circuit::trace_state_test_case makes it from a state test).
using SuperTrace = evm_circuit::EvmTrace;

// Rows each part of the SuperCircuit needs, and the k that holds them all.
struct SuperSizes {
  size_t evm_rows = 0, rw_rows = 0, bytecode_rows = 0, keccak_rows = 0, fixed_table_rows = 0;
  uint32_t k = 0;
};

struct SuperConfig {
  plonk::Challenge byte_rlc;
  RwTable rw;
  BytecodeTable bytecode_table;
  KeccakTable keccak_table;
  TxTable tx_table;
  BlockTable block_table;
  RangeTable u8, limb_range;  // limb_range: the State circuit's u11
  BitwiseTable bitwise;       // 4-bit AND/OR/XOR, the EVM circuit's bitwise opcodes
  OpcodeTable opcodes;
  plonk::Column<plonk::Instance> public_inputs;
  state::StateConfig state;
  bytecode::BytecodeConfig bytecode;
  KeccakConfig keccak;
  evm_circuit::EvmConfig evm;

  static SuperConfig configure(plonk::ConstraintSystem& cs);
};

class SuperCircuit : public plonk::Circuit {
 public:
  // UnsupportedError naming the execution states without a gadget when the
  // EVM circuit cannot prove the trace yet.
  explicit SuperCircuit(SuperTrace trace);

  // The rows each part needs and the smallest k holding them.
  const SuperSizes& sizes() const { return sizes_; }
  uint32_t minimum_k() const { return sizes_.k; }
  // The public inputs (block fields, then tx hashes; each word as hi, lo).
  std::vector<Fr> public_inputs() const;

  void configure(plonk::ConstraintSystem& cs) override;
  void synthesize(plonk::Assignment& a) override;
  void synthesize_phase1(plonk::Assignment& a, const plonk::Challenges& challenges) override;

  const SuperTrace& trace() const { return *trace_; }
  const SuperConfig& config() const { return config_; }

  // Runs after each phase's honest assignment, to change cells in tests.
  std::function<void(plonk::Assignment&, const SuperConfig&)> tamper, tamper_phase1;

 private:
  std::shared_ptr<const SuperTrace> trace_;
  evm_circuit::EvmWitness evm_;  // points into *trace_
  std::vector<RwRow> rw_rows_;
  std::vector<bytecode::BytecodeWitnessRow> bytecode_rows_;
  keccak::KeccakWitness keccak_;
  std::vector<BlockRow> block_rows_;
  std::vector<TxRow> tx_rows_;
  SuperSizes sizes_;
  SuperConfig config_;
};

}  // namespace zkevm::circuits
