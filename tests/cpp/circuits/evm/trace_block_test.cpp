// trace_block: the EvmTrace of a block. One case as a block traces exactly
// like the case; several cases give one rw_counter sequence and every
// transaction in the circuit input.
#include <gtest/gtest.h>

#include "cpp/evm/block.hpp"
#include "cpp/util/error.hpp"
#include "tests/cpp/circuits/evm/evm_test_util.hpp"

namespace zkevm::circuits::evm_circuit::test {
namespace {

std::string fixture(const std::string& relative) {
  return (test_data() / "ethtests" / "GeneralStateTests" / relative).string();
}

TEST(TraceBlock, a_block_of_one_case_traces_like_the_case) {
  const EvmTrace alone = trace_of("stExample/add11_yml.json");
  const EvmTrace block = trace_block(evm::block_from_state_test(fixture("stExample/add11_yml.json"), {0}));
  ASSERT_EQ(block.steps.size(), alone.steps.size());
  ASSERT_EQ(block.rw_ops.size(), alone.rw_ops.size());
  for (size_t i = 0; i < alone.rw_ops.size(); ++i) {
    EXPECT_EQ(block.rw_ops[i].tag, alone.rw_ops[i].tag) << i;
    EXPECT_EQ(block.rw_ops[i].id, alone.rw_ops[i].id) << i;
    EXPECT_EQ(block.rw_ops[i].value, alone.rw_ops[i].value) << i;
  }
  ASSERT_EQ(block.input.txs.size(), 1u);
  EXPECT_EQ(block.input.txs[0].hash, alone.input.txs[0].hash);
  EXPECT_EQ(unsupported_states(block), unsupported_states(alone));
}

TEST(TraceBlock, a_block_of_several_cases_holds_every_transaction) {
  const evm::Block block = evm::block_from_state_test(fixture("VMTests/vmLogTest/log1.json"), {0, 1, 2});
  const EvmTrace t = trace_block(block);
  ASSERT_EQ(t.input.txs.size(), 3u);
  for (size_t k = 0; k < 3; ++k) {
    EXPECT_EQ(t.input.txs[k].id, k + 1);
    EXPECT_EQ(t.input.txs[k].hash, keccak256(block.txs[k].signed_bytes));
  }
  for (size_t i = 0; i < t.rw_ops.size(); ++i) EXPECT_EQ(t.rw_ops[i].rw_counter, i + 1);
  EXPECT_EQ(t.steps.front().tx_id, 1u);
  EXPECT_EQ(t.steps.back().tx_id, 3u);
}

TEST(TraceBlock, a_block_that_fails_its_expectation_is_an_input_error) {
  evm::Block block = evm::block_from_state_test(fixture("stExample/add11_yml.json"), {0});
  block.expected_root = Hash256{};
  EXPECT_THROW(trace_block(block), InputError);
}

}  // namespace
}  // namespace zkevm::circuits::evm_circuit::test
