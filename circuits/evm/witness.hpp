#pragma once
// The EVM circuit's witness: the trace's steps framed by the pseudo-steps
// (BeginTxOp per prologue operation, BeginCall, EndTx, EndBlock), each with
// its execution state, its step state values and its RW rows. Building it is
// where an unsupported trace is refused: a step whose execution state has no
// gadget, a nested call, a prologue or epilogue of an unexpected shape.
#include <cstdint>
#include <string>
#include <vector>

#include "circuits/evm/execution_state.hpp"
#include "circuits/tables/rw_table.hpp"
#include "cpp/evm/circuit_input.hpp"

namespace zkevm::circuits::evm_circuit {

// What the EVM circuit reads of a trace (one transaction, or a block's).
struct EvmTrace {
  std::vector<evm::ExecStep> steps;
  std::vector<evm::RwOp> rw_ops;
  evm::CircuitInput input;  // block, txs, bytecodes
};

// The trace of one state-test case (runs it with the bus-mapping tracer).
// InputError when the case's transaction is invalid or the run fails.
EvmTrace trace_state_test_case(const evm::StateTestCase& c);

// The trace of a block: its transactions' steps and RW ops in one rw_counter
// sequence, and every transaction in input.txs (ids 1..n). InputError when a
// transaction is invalid or the block does not pass the EVM.
EvmTrace trace_block(const evm::Block& block);

struct StepValues {
  uint64_t rw_counter = 0, call_id = 0, pc = 0, stack_pointer = 1024, memory_words = 0, reversible_write_counter = 0,
           log_id = 0;
  uint64_t gas_left = 0;
  evm::U256 code_hash;
  uint8_t opcode = 0;
  evm::Address callee_address{}, caller_address{};
  evm::U256 call_value;
  uint64_t call_data_length = 0;
  // The root call's outcome, known ahead (checked where it halts), and the
  // rw_counter of the undo of its first reversible write when it fails.
  bool is_persistent = false;
  uint64_t rw_counter_end_of_reversion = 0;
};

struct StepWitness {
  ExecutionState state = ExecutionState::EndBlock;
  StepValues values;             // this step
  StepValues next;               // the next step (for gadgets that need its values)
  std::vector<RwRow> rws;        // this step's RW rows
  std::vector<uint64_t> undo_rw_counters;  // per RW row: the rw_counter of its undo write, 0 when none
  const evm::Bytecode* code = nullptr;  // the code an opcode step runs
  const evm::ExecStep* trace_step = nullptr;  // null for pseudo-steps
};

struct EvmWitness {
  std::vector<StepWitness> steps;
  std::vector<RwRow> rw_rows;  // every RW row, in rw_counter order (the RW table's content)
};

// The execution states a trace needs that have no gadget (sorted, distinct),
// with the reason when the trace's shape itself is unsupported (empty when
// the trace is supported).
std::vector<std::string> unsupported_states(const EvmTrace& trace);

// The witness of a trace. UnsupportedError naming the missing execution
// states (or the unsupported shape) when unsupported_states is not empty.
EvmWitness build_witness(const EvmTrace& trace);

}  // namespace zkevm::circuits::evm_circuit
