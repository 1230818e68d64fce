// Programs that exercise the states no small state test reaches alone (MUL,
// comparisons, ISZERO, PUSH0, PC, GAS, MSIZE, memory, jumps, SLOAD, every
// SSTORE shape), run through the interpreter: each trace passes, and a lie
// in each family fails at its constraint.
#include <set>

#include <gtest/gtest.h>

#include "tests/cpp/circuits/evm/evm_test_util.hpp"

namespace zkevm::circuits::evm_circuit::test {
namespace {

// MUL, SWAP1, SUB, DUP1/2, LT, ISZERO, GT, EQ, PUSH32, wrapping MUL and SUB, PUSH0, PC, GAS, MSIZE.
const char* kArithmetic =
    "6005600702600390038060201015508060211150808114507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
    "60020250600160029003505f155058505a50595000";
// MSTORE at 0x40, MLOAD it, MSTORE8 at 0x5f, MLOAD across, MSIZE, MLOAD at 0.
const char* kMemory = "602a60405260405150611234605f536041515059506000515000";
// JUMP to 4, JUMPI taken to 12, JUMPI not taken.
const char* kJumps = "600456005b6001600c5700005b600060035700";
// ADDRESS, CALLER, ORIGIN, CALLVALUE, CALLDATASIZE (each popped).
const char* kEnvironment = "30503350325034503650" "00";
// SLOAD cold and warm, SSTORE 0 -> 7, SLOAD, SSTORE 7 -> 0 (refund).
const char* kStorage = "6000545060005450600760015560015450600060015500";

void expect_satisfied(const char* code) {
  EvmCircuit circuit(run_code(code));
  const auto failures = mock(circuit);
  EXPECT_TRUE(failures.empty()) << code << "\n" << plonk::summarize(failures);
}

TEST(EvmPrograms, arithmetic_and_comparisons_pass) { expect_satisfied(kArithmetic); }
TEST(EvmPrograms, memory_passes) { expect_satisfied(kMemory); }
TEST(EvmPrograms, jumps_pass) { expect_satisfied(kJumps); }
TEST(EvmPrograms, storage_passes) { expect_satisfied(kStorage); }
TEST(EvmPrograms, environment_reads_pass) { expect_satisfied(kEnvironment); }

TEST(EvmPrograms, rejects_a_wrong_caller) {
  EvmCircuit circuit(run_code(kEnvironment));
  EvmWitness& w = circuit.witness();
  const int i = find_step(w, ExecutionState::Caller);
  ASSERT_GE(i, 0);
  RwRow& push = w.steps[i].rws[0];
  push.value = push.value + evm::U256(1);
  w.rw_rows[push.rw_counter - 1].value = push.value;
  const auto f = mock(circuit);
  EXPECT_TRUE(fails_at(f, "CALLER: stack write 0 value lo")) << plonk::summarize(f);
}

TEST(EvmPrograms, the_programs_use_the_states_they_test) {
  auto states = [](const char* code) {
    std::set<ExecutionState> s;
    const EvmCircuit circuit(run_code(code));
    for (const auto& step : circuit.witness().steps) s.insert(step.state);
    return s;
  };
  const auto a = states(kArithmetic), m = states(kMemory), j = states(kJumps), s = states(kStorage);
  for (ExecutionState x : {ExecutionState::Mul, ExecutionState::AddSub, ExecutionState::Comparison, ExecutionState::IsZero,
                           ExecutionState::Push0, ExecutionState::Pc, ExecutionState::Gas, ExecutionState::Msize,
                           ExecutionState::Swap1, static_cast<ExecutionState>(static_cast<int>(ExecutionState::Dup1) + 1),
                           ExecutionState::EndTxNewCoinbase})
    EXPECT_TRUE(a.count(x)) << execution_state_name(x);
  for (ExecutionState x : {ExecutionState::Mstore, ExecutionState::Mload, ExecutionState::Mstore8})
    EXPECT_TRUE(m.count(x)) << execution_state_name(x);
  for (ExecutionState x : {ExecutionState::Jump, ExecutionState::Jumpi, ExecutionState::JumpDest})
    EXPECT_TRUE(j.count(x)) << execution_state_name(x);
  for (ExecutionState x : {ExecutionState::Sload, ExecutionState::SstoreWrite, ExecutionState::SstoreWriteRefund})
    EXPECT_TRUE(s.count(x)) << execution_state_name(x);
}

// Edits the witness of a program's trace before assignment (a lie told consistently to both sides).
std::vector<plonk::Failure> with_lie(const char* code, ExecutionState state, size_t rw, const evm::U256& value) {
  EvmCircuit circuit(run_code(code));
  EvmWitness& w = circuit.witness();
  const int i = find_step(w, state);
  if (i < 0) throw InternalError(std::string("no ") + execution_state_name(state) + " step");
  RwRow& op = w.steps[i].rws.at(rw);
  op.value = value;
  w.rw_rows[op.rw_counter - 1].value = value;
  return mock(circuit);
}

TEST(EvmPrograms, rejects_a_wrong_product) {
  auto f = with_lie(kArithmetic, ExecutionState::Mul, 2, evm::U256(36));
  EXPECT_TRUE(fails_at(f, "MUL: stack write 2 value lo")) << plonk::summarize(f);
}

TEST(EvmPrograms, rejects_a_wrong_comparison) {
  auto f = with_lie(kArithmetic, ExecutionState::Comparison, 2, evm::U256(1));  // 32 < 32 claimed true
  EXPECT_TRUE(fails_at(f, "CMP: stack write 2 value lo")) << plonk::summarize(f);
}

TEST(EvmPrograms, rejects_a_wrong_loaded_word) {
  auto f = with_lie(kMemory, ExecutionState::Mload, 33, evm::U256(43));
  EXPECT_TRUE(fails_at(f, "MLOAD: stack write 33 value lo")) << plonk::summarize(f);
}

TEST(EvmPrograms, rejects_a_wrong_memory_expansion_cost) {
  EvmCircuit circuit(run_code(kMemory));
  const EvmWitness* w = &circuit.witness();
  circuit.tamper = [&](plonk::Assignment& a, const EvmConfig& c) {
    const int i = find_step(*w, ExecutionState::Mstore);
    const size_t row = c.step_rows(*w)[static_cast<size_t>(i) + 1];
    a.assign(c.columns().step.gas_left, row, Fr::from_u64(w->steps[i].values.gas_left - 3));  // no expansion charged
  };
  const auto f = mock(circuit);
  EXPECT_TRUE(fails_at(f, "MSTORE: next gas_left")) << plonk::summarize(f);
}

TEST(EvmPrograms, rejects_a_jump_to_a_non_jumpdest) {
  EvmCircuit circuit(run_code(kJumps));
  const EvmWitness* w = &circuit.witness();
  circuit.tamper = [&](plonk::Assignment& a, const EvmConfig& c) {
    // The JUMP claims destination 3 (a STOP byte); the next pc stays 4, so the index is the lie.
    const size_t row = c.step_rows(*w)[static_cast<size_t>(find_step(*w, ExecutionState::Jump))];
    a.assign(c.columns().code.index, row, Fr::from_u64(3));
  };
  const auto f = mock(circuit);
  EXPECT_TRUE(fails_at(f, "JUMP: destination index")) << plonk::summarize(f);
  EXPECT_TRUE(fails_at(f, "evm code slot")) << plonk::summarize(f);
}

TEST(EvmPrograms, rejects_a_jumpi_that_falls_through_on_a_true_condition) {
  EvmCircuit circuit(run_code(kJumps));
  const EvmWitness* w = &circuit.witness();
  circuit.tamper = [&](plonk::Assignment& a, const EvmConfig& c) {
    const int i = find_step(*w, ExecutionState::Jumpi);
    const size_t next = c.step_rows(*w)[static_cast<size_t>(i) + 1];
    a.assign(c.columns().step.pc, next, Fr::from_u64(w->steps[i].values.pc + 1));
  };
  const auto f = mock(circuit);
  EXPECT_TRUE(fails_at(f, "JUMPI: next pc")) << plonk::summarize(f);
}

TEST(EvmPrograms, rejects_a_warm_price_for_a_cold_slot) {
  // The access-list write claims the slot was warm: value_prev is the lie.
  EvmCircuit circuit(run_code(kStorage));
  EvmWitness& w = circuit.witness();
  const int i = find_step(w, ExecutionState::Sload);
  RwRow& warm = w.steps[i].rws[1];
  warm.value_prev = evm::U256(1);
  w.rw_rows[warm.rw_counter - 1].value_prev = warm.value_prev;
  const auto g = mock(circuit);
  EXPECT_TRUE(fails_at(g, "SLOAD: gas: gas_left − cost fits 8 bytes")) << plonk::summarize(g);
}

TEST(EvmPrograms, rejects_a_wrong_refund) {
  auto f = with_lie(kStorage, ExecutionState::SstoreWriteRefund, 5, evm::U256(4800));
  EXPECT_TRUE(fails_at(f, "SSTORE_WRITE_REFUND: refund change")) << plonk::summarize(f);
}

}  // namespace
}  // namespace zkevm::circuits::evm_circuit::test
