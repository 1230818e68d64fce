// The bus-mapping tracer's RW operations replay consistently against the
// pre-state and end in the post-state; a tampered operation is caught.
#include <gtest/gtest.h>

#include <filesystem>

#include "cpp/evm/bus_mapping.hpp"
#include "cpp/evm/executor.hpp"
#include "cpp/util/hex.hpp"
#include "cpp/evm/state_test.hpp"
#include "cpp/util/error.hpp"
#include "evm/fixtures.hpp"

namespace zkevm::evm {
namespace {

namespace fs = std::filesystem;

int check_all(const fs::path& root) {
  int checked = 0;
  for (const auto& e : fs::recursive_directory_iterator(root)) {
    if (e.path().extension() != ".json") continue;
    for (const auto& c : load_state_test(e.path().string())) {
      BusMappingTracer tracer;
      WorldState post;
      if (run_state_test_case(c, &tracer, &post).verdict != Verdict::Pass) continue;
      EXPECT_NO_THROW(check_rw_consistency(tracer.rw_ops(), c.test->pre, post)) << c.id();
      ++checked;
    }
  }
  return checked;
}

TEST(BusMapping, rw_ops_of_every_bundled_passing_case_are_consistent) {
  EXPECT_GT(check_all(test_data() / "ethtests"), 100);
}

TEST(BusMapping, steps_and_ops_describe_add11) {
  auto cases = load_state_test((test_data() / "ethtests/GeneralStateTests/stExample/add11_yml.json").string());
  BusMappingTracer tracer;
  WorldState post;
  ASSERT_EQ(run_state_test_case(cases[0], &tracer, &post).verdict, Verdict::Pass);
  const auto& steps = tracer.steps();
  ASSERT_EQ(steps.size(), 6u);  // PUSH1 PUSH1 ADD PUSH1 SSTORE STOP
  EXPECT_EQ(steps[2].execution_state, "ADD");
  EXPECT_EQ(steps[4].gas_cost, 22100);
  EXPECT_EQ(steps[4].stack_pointer, 1022u);
  const auto& ops = tracer.rw_ops();
  EXPECT_EQ(ops.front().tag, RwTag::Start);
  int storage_writes = 0;
  for (const auto& op : ops) storage_writes += op.tag == RwTag::Storage && op.is_write;
  EXPECT_EQ(storage_writes, 1);
  // rw_counter of each step points at its first operation.
  for (const auto& s : steps) EXPECT_LE(s.rw_counter, ops.size() + 1);
}

TEST(BusMapping, a_revert_writes_the_old_values_back) {
  auto cases = load_state_test(
      (test_data() / "ethtests/GeneralStateTests/Cancun/stEIP1153-transientStorage/10_revertUndoesStoreAfterReturn.json")
          .string());
  int reverted = 0;
  for (const auto& c : cases) {
    BusMappingTracer tracer;
    WorldState post;
    if (run_state_test_case(c, &tracer, &post).verdict != Verdict::Pass) continue;
    for (const auto& op : tracer.rw_ops()) reverted += op.reverted;
    check_rw_consistency(tracer.rw_ops(), c.test->pre, post);
  }
  EXPECT_GT(reverted, 0);
}

// One transaction calling `code` (hex) from a funded sender.
BusMappingTracer trace_code(const std::string& code_hex) {
  WorldState state;
  Address sender{}, to{};
  sender[19] = 0x11;
  to[19] = 0x22;
  state.set_balance(sender, U256(1000000000000ULL));
  state.set_code(to, from_hex(code_hex));
  BlockEnv block;
  block.gas_limit = 10000000;
  Transaction tx;
  tx.gas_price = U256(10);
  tx.gas_limit = U256(100000);
  tx.to = to;
  tx.sender = sender;
  BusMappingTracer tracer;
  if (!apply_transaction(state, block, tx, Fork::Cancun, &tracer).valid) throw InputError("invalid transaction");
  return tracer;
}

// The EVM circuit finds the undo of the root call's reversible write i at a
// fixed distance from its halting step: the undo writes come right after the
// step, one per counted write (last first), then the value transfer's two,
// then the IsSuccess write.
TEST(BusMapping, a_failing_root_call_undoes_its_counted_writes_before_its_exit) {
  // SSTORE 0 -> 7 (cold), SSTORE 7 -> 0 (warm, refund), SLOAD (warm), REVERT(0, 0).
  const BusMappingTracer t = trace_code("6007600055600060005560005450" "60006000fd");
  const ExecStep& revert = t.steps().back();
  ASSERT_EQ(revert.execution_state, "REVERT");
  EXPECT_EQ(revert.reversible_write_counter, 4u);  // warm slot, two storage writes, refund
  const auto& ops = t.rw_ops();
  size_t i = revert.rw_counter - 1 + 2;  // after the two stack reads
  for (size_t k = 0; k < 4 + 2; ++k, ++i) EXPECT_TRUE(ops.at(i).reverted) << k;
  EXPECT_EQ(ops.at(i).tag, RwTag::CallContext);
  EXPECT_EQ(ops.at(i).field, static_cast<uint8_t>(CallContextField::IsSuccess));
  EXPECT_TRUE(ops.at(i).value.is_zero());
  EXPECT_EQ(ops.at(i - 1).tag, RwTag::Account);  // the transfer's undo comes last
}

TEST(BusMapping, the_root_calls_return_reads_no_memory) {
  const BusMappingTracer t = trace_code("602a60005260206000f3");  // MSTORE, RETURN(0, 32)
  ASSERT_EQ(t.steps().back().execution_state, "RETURN");
  EXPECT_EQ(t.rw_ops().at(t.steps().back().rw_counter - 1 + 2).tag, RwTag::CallContext);  // IsSuccess next
  for (const CopyEvent& e : t.copy_events()) EXPECT_NE(e.dst_type, CopyDataType::Returndata);
}

TEST(BusMapping, checker_rejects_a_tampered_read_and_a_wrong_final_value) {
  auto cases = load_state_test((test_data() / "ethtests/GeneralStateTests/stExample/add11_yml.json").string());
  BusMappingTracer tracer;
  WorldState post;
  run_state_test_case(cases[0], &tracer, &post);
  std::vector<RwOp> ops = tracer.rw_ops();
  for (auto& op : ops) {
    if (op.tag == RwTag::Stack && !op.is_write) {
      op.value = op.value + U256(1);
      break;
    }
  }
  EXPECT_THROW(check_rw_consistency(ops, cases[0].test->pre, post), VerificationError);
  ops = tracer.rw_ops();
  for (auto& op : ops) {
    if (op.tag == RwTag::Storage && op.is_write) {
      op.value = op.value + U256(1);
      break;
    }
  }
  EXPECT_THROW(check_rw_consistency(ops, cases[0].test->pre, post), VerificationError);
}

TEST(BusMappingSlow, rw_ops_of_every_passing_developer_case_are_consistent) {
  fs::path shared = test_data() / "../../../shared/ethtests/GeneralStateTests";
  if (!fs::exists(shared)) GTEST_SKIP() << "../shared/ethtests is not present";
  EXPECT_GT(check_all(shared), 5000);
}

}  // namespace
}  // namespace zkevm::evm
