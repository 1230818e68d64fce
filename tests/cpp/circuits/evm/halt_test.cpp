// The root call's halting states (RETURN, REVERT, INVALID) and the undo of a
// failing call's reversible writes: programs that halt each way pass, and a
// lie about the outcome, an undo, or the gas fails at its named constraint.
#include <gtest/gtest.h>

#include "tests/cpp/circuits/evm/evm_test_util.hpp"

namespace zkevm::circuits::evm_circuit::test {
namespace {

// SSTORE 0 -> 7 (cold slot), SSTORE 7 -> 0 (refund change), SLOAD (warm: no reversible write), then:
const char* kWrites = "60076000556000600055600054" "50";
// REVERT(0, 0).
const std::string kRevertWrites = std::string(kWrites) + "60006000fd";
// MSTORE 42 at 0, RETURN(0, 32); REVERT(0, 64) (expands the memory by a word).
const char* kReturnMemory = "602a60005260206000f3";
const char* kRevertMemory = "602a60005260406000fd";
// RETURN of an empty range at offset 2^256 − 1: no memory expansion.
const char* kReturnEmpty = "60007fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff" "f3";
// SSTORE 0 -> 7, then INVALID.
const char* kInvalidAfterWrite = "6007600055" "fe";

void expect_satisfied(const std::string& code) {
  EvmCircuit circuit(run_code(code));
  const auto failures = mock(circuit);
  EXPECT_TRUE(failures.empty()) << code << "\n" << plonk::summarize(failures);
}

size_t count(const EvmWitness& w, ExecutionState s) {
  size_t n = 0;
  for (const auto& step : w.steps) n += step.state == s;
  return n;
}

TEST(EvmHalt, revert_after_writes_passes) { expect_satisfied(kRevertWrites); }
TEST(EvmHalt, return_with_memory_passes) { expect_satisfied(kReturnMemory); }
TEST(EvmHalt, revert_with_memory_passes) { expect_satisfied(kRevertMemory); }
TEST(EvmHalt, return_of_an_empty_range_passes) { expect_satisfied(kReturnEmpty); }
TEST(EvmHalt, invalid_after_a_write_passes) { expect_satisfied(kInvalidAfterWrite); }

TEST(EvmHalt, a_failing_call_undoes_each_reversible_write_then_the_value_transfer) {
  const EvmCircuit circuit(run_code(kRevertWrites));
  const EvmWitness& w = circuit.witness();
  // Warm slot, storage write, storage write, refund change: 4 writes, then the transfer's 2.
  EXPECT_EQ(count(w, ExecutionState::RevertWrite), 6u);
  const int revert = find_step(w, ExecutionState::Revert);
  ASSERT_GE(revert, 0);
  EXPECT_EQ(w.steps[revert].values.reversible_write_counter, 4u);
  EXPECT_FALSE(w.steps[revert].values.is_persistent);
  const StepWitness& end = w.steps[w.steps.size() - 2];
  ASSERT_TRUE(end.state == ExecutionState::EndTx || end.state == ExecutionState::EndTxNewCoinbase);
  EXPECT_TRUE(end.rws[0].value.is_zero());  // IsSuccess
  // The storage slot is written back to 0 by the undo of its first write, the last undo of the call's own.
  const StepWitness& undo_first = w.steps[static_cast<size_t>(revert) + 3];
  EXPECT_EQ(undo_first.rws[0].tag, evm::RwTag::Storage);
  EXPECT_EQ(undo_first.rws[0].value, evm::U256(0));
  EXPECT_EQ(undo_first.rws[0].value_prev, evm::U256(7));
}

TEST(EvmHalt, a_returning_call_persists) {
  const EvmCircuit circuit(run_code(kReturnMemory));
  const EvmWitness& w = circuit.witness();
  EXPECT_EQ(count(w, ExecutionState::RevertWrite), 0u);
  const int i = find_step(w, ExecutionState::Return);
  ASSERT_GE(i, 0);
  EXPECT_TRUE(w.steps[i].values.is_persistent);
  EXPECT_EQ(w.steps[i].rws.size(), 2u);  // offset and size: the root call's output reads no memory
}

// Every step claims the failing call persists (a consistent lie): the REVERT refuses it.
TEST(EvmHalt, rejects_a_failing_call_claimed_successful) {
  EvmCircuit circuit(run_code(kRevertWrites));
  for (StepWitness& s : circuit.witness().steps) {
    if (s.state != ExecutionState::BeginTxOp && s.state != ExecutionState::BeginCall) s.values.is_persistent = true;
    s.next.is_persistent = true;
  }
  const auto f = mock(circuit);
  EXPECT_TRUE(fails_at(f, "REVERT: call is not persistent")) << plonk::summarize(f);
}

TEST(EvmHalt, rejects_a_success_status_after_a_revert) {
  EvmCircuit circuit(run_code(kRevertWrites));
  EvmWitness& w = circuit.witness();
  StepWitness& end = w.steps[w.steps.size() - 2];
  end.rws[0].value = evm::U256(1);
  w.rw_rows[end.rws[0].rw_counter - 1].value = evm::U256(1);
  const auto f = mock(circuit);
  EXPECT_TRUE(fails_at(f, "IsSuccess is the outcome")) << plonk::summarize(f);
}

// The undo of the storage write restores a wrong value (in its step and in the RW table alike).
TEST(EvmHalt, rejects_a_wrong_reverted_value) {
  EvmCircuit circuit(run_code(kRevertWrites));
  EvmWitness& w = circuit.witness();
  const size_t revert = static_cast<size_t>(find_step(w, ExecutionState::Revert));
  RwRow& undo = w.steps[revert + 3].rws[0];
  ASSERT_EQ(undo.tag, evm::RwTag::Storage);
  undo.value = evm::U256(5);
  w.rw_rows[undo.rw_counter - 1].value = undo.value;
  const auto f = mock(circuit);
  EXPECT_TRUE(fails_at(f, "evm RW reversion")) << plonk::summarize(f);
}

// The SSTORE does not look up its undo.
TEST(EvmHalt, rejects_a_write_left_without_its_undo) {
  EvmCircuit circuit(run_code(kRevertWrites));
  const EvmWitness* w = &circuit.witness();
  circuit.tamper = [&](plonk::Assignment& a, const EvmConfig& c) {
    const size_t row = c.step_rows(*w)[static_cast<size_t>(find_step(*w, ExecutionState::SstoreWrite))];
    a.assign(c.columns().reversion.enable, row + 1 + 4, Fr::zero());  // the storage write's row
  };
  const auto f = mock(circuit);
  EXPECT_TRUE(fails_at(f, "SSTORE_WRITE: reversible write 4 undo looked up unless persistent")) << plonk::summarize(f);
}

// The undo writes start one row late: the REVERT's count of them no longer matches.
TEST(EvmHalt, rejects_a_wrong_end_of_reversion) {
  EvmCircuit circuit(run_code(kRevertWrites));
  for (StepWitness& s : circuit.witness().steps) {
    s.values.rw_counter_end_of_reversion += 1;
    s.next.rw_counter_end_of_reversion += 1;
  }
  const auto f = mock(circuit);
  EXPECT_TRUE(fails_at(f, "REVERT: undo writes follow the step")) << plonk::summarize(f);
}

TEST(EvmHalt, rejects_a_revert_that_charges_no_memory_expansion) {
  EvmCircuit circuit(run_code(kRevertMemory));
  const EvmWitness* w = &circuit.witness();
  circuit.tamper = [&](plonk::Assignment& a, const EvmConfig& c) {
    const int i = find_step(*w, ExecutionState::Revert);
    const size_t next = c.step_rows(*w)[static_cast<size_t>(i) + 1];
    a.assign(c.columns().step.gas_left, next, Fr::from_u64(w->steps[i].values.gas_left));
  };
  const auto f = mock(circuit);
  EXPECT_TRUE(fails_at(f, "REVERT: next gas_left")) << plonk::summarize(f);
}

TEST(EvmHalt, rejects_gas_kept_after_invalid) {
  EvmCircuit circuit(run_code(kInvalidAfterWrite));
  const EvmWitness* w = &circuit.witness();
  circuit.tamper = [&](plonk::Assignment& a, const EvmConfig& c) {
    const int i = find_step(*w, ExecutionState::Invalid);
    const size_t next = c.step_rows(*w)[static_cast<size_t>(i) + 1];
    a.assign(c.columns().step.gas_left, next, Fr::from_u64(w->steps[i].values.gas_left));
  };
  const auto f = mock(circuit);
  EXPECT_TRUE(fails_at(f, "INVALID: next gas_left")) << plonk::summarize(f);
}

}  // namespace
}  // namespace zkevm::circuits::evm_circuit::test
