// The EVM circuit accepts the traces of real state tests that use only the
// execution states it has gadgets for, and refuses the others by name.
#include <gtest/gtest.h>

#include "tests/cpp/circuits/evm/evm_test_util.hpp"
#include "cpp/util/error.hpp"

namespace zkevm::circuits::evm_circuit::test {
namespace {

void expect_satisfied(const std::string& fixture, size_t index = 0) {
  EvmCircuit circuit(trace_of(fixture, index));
  const auto failures = mock(circuit);
  EXPECT_TRUE(failures.empty()) << fixture << "[" << index << "]\n" << plonk::summarize(failures);
}

TEST(EvmCircuit, accepts_add11) { expect_satisfied("stExample/add11_yml.json"); }
TEST(EvmCircuit, accepts_a_transaction_with_an_access_list) { expect_satisfied("stExample/accessListExample.json"); }
TEST(EvmCircuit, accepts_basefee_example) { expect_satisfied("stExample/basefeeExample.json"); }
TEST(EvmCircuit, accepts_indexes_omit_example) { expect_satisfied("stExample/indexesOmitExample.json"); }

// 133 steps: SSTORE in every gas and refund case, with PUSH, DUP, SWAP, POP, JUMPs.
TEST(EvmCircuit, accepts_sstore_gas) { expect_satisfied("stSStoreTest/sstoreGas.json"); }

TEST(EvmCircuit, witness_frames_the_steps) {
  EvmCircuit circuit(trace_of("stExample/add11_yml.json"));
  const EvmWitness& w = circuit.witness();
  ASSERT_GE(w.steps.size(), 4u);
  EXPECT_EQ(w.steps.front().state, ExecutionState::BeginTxOp);
  EXPECT_EQ(w.steps[w.steps.size() - 2].state, ExecutionState::EndTx);
  EXPECT_EQ(w.steps.back().state, ExecutionState::EndBlock);
  EXPECT_GE(find_step(w, ExecutionState::AddSub), 0);
  EXPECT_GE(find_step(w, ExecutionState::BeginCall), 0);
  // One RW row per operation, in order.
  uint64_t counter = 1;
  for (const auto& s : w.steps)
    for (const auto& r : s.rws) EXPECT_EQ(r.rw_counter, counter++);
  EXPECT_EQ(counter, w.rw_rows.size() + 1);
}

TEST(EvmCircuit, refuses_a_trace_with_a_state_it_has_no_gadget_for) {
  EvmTrace trace = trace_of("stExample/add11_yml.json");
  trace.steps[2].execution_state = "EXP";
  EXPECT_EQ(unsupported_states(trace), std::vector<std::string>{"EXP"});
  try {
    EvmCircuit circuit(trace);
    FAIL() << "an unsupported trace was accepted";
  } catch (const UnsupportedError& e) {
    EXPECT_NE(std::string(e.what()).find("EXP"), std::string::npos) << e.what();
  }
}

TEST(EvmCircuit, refuses_nested_calls) {
  EvmTrace trace = trace_of("stExample/add11_yml.json");
  trace.steps[1].depth = 2;
  const auto missing = unsupported_states(trace);
  ASSERT_EQ(missing.size(), 1u);
  EXPECT_NE(missing[0].find("nested calls"), std::string::npos);
}

TEST(ExecutionState, names_round_trip) {
  for (const char* name : {"ADD", "SUB", "PUSH1", "PUSH32", "DUP16", "SWAP1", "MSTORE8", "SLOAD"})
    EXPECT_TRUE(execution_state_of(name).has_value()) << name;
  EXPECT_EQ(std::string(execution_state_name(*execution_state_of("DUP3"))), "DUP3");
  EXPECT_EQ(std::string(execution_state_name(*execution_state_of("SWAP16"))), "SWAP16");
  for (const char* name : {"PUSH33", "DUP0", "EXP", "CALL", "error: out of gas", "PUSH"})
    EXPECT_FALSE(execution_state_of(name).has_value()) << name;
}

}  // namespace
}  // namespace zkevm::circuits::evm_circuit::test
