// The State circuit: completeness on real traces, and soundness — each test
// changes one thing a prover could lie about and checks that MockProver
// fails at the named constraint.
#include <gtest/gtest.h>

#include "cpp/util/error.hpp"
#include "tests/cpp/circuits/state/state_test_util.hpp"
#include "tests/cpp/circuits/trace_fixture.hpp"

namespace zkevm::circuits::test {
namespace {

using evm::RwTag;

bool same_key(const RwRow& a, const RwRow& b) {
  return a.tag == b.tag && a.id == b.id && a.address == b.address && a.field_tag == b.field_tag && a.key == b.key;
}

// A circuit over a trace's operations, with rows edited before assignment.
std::vector<plonk::Failure> mock_edited(const std::string& fixture, Checks checks,
                                        std::function<void(std::vector<RwRow>&)> edit) {
  auto t = load_trace(fixture);
  StateCircuit c = StateCircuit::from_ops(t->tracer.rw_ops());
  c.edit_rows = std::move(edit);
  return mock_state(c, checks);
}

TEST(StateCircuit, real_traces_pass_mock_prover) {
  for (const char* fixture : {"stSStoreTest/sstoreGas.json", "VMTests/vmTests/calldatacopy.json",
                              "Cancun/stEIP1153-transientStorage/10_revertUndoesStoreAfterReturn.json"}) {
    auto t = load_trace(fixture);
    StateCircuit c = StateCircuit::from_ops(t->tracer.rw_ops());
    EXPECT_EQ(c.minimum_k(), 12u);  // the u11 table
    auto failures = mock_state(c);
    EXPECT_TRUE(failures.empty()) << fixture << "\n" << plonk::summarize(failures);
  }
}

TEST(StateCircuit, rejects_more_operations_than_rows) {
  auto t = load_trace("stExample/add11_yml.json");
  std::vector<RwRow> ops = rw_table_rows(t->tracer.rw_ops());
  EXPECT_THROW(state::state_rows(ops, ops.size()), InputError);
  EXPECT_NO_THROW(state::state_rows(ops, ops.size() + 1));
}

TEST(StateCircuitSoundness, a_read_of_a_wrong_value) {
  auto failures = mock_edited("stExample/add11_yml.json", Checks::Gates, [](std::vector<RwRow>& rows) {
    long i = find_row(rows, [&](size_t j) { return rows[j].tag == RwTag::Stack && !rows[j].is_write; });
    ASSERT_GE(i, 0);
    rows[i].value = rows[i].value + evm::U256(1);
  });
  EXPECT_TRUE(constraint_fails(failures, "state row", "a read returns value_prev (lo)"));
}

TEST(StateCircuitSoundness, a_read_that_differs_from_the_previous_write) {
  auto failures = mock_edited("stExample/add11_yml.json", Checks::Gates, [](std::vector<RwRow>& rows) {
    long i = find_row(rows, [&](size_t j) {
      return j > 0 && rows[j].tag == RwTag::Stack && !rows[j].is_write && same_key(rows[j], rows[j - 1]);
    });
    ASSERT_GE(i, 0);
    rows[i].value = rows[i].value + evm::U256(1);
    rows[i].value_prev = rows[i].value;  // consistent with itself, not with the write before it
  });
  EXPECT_TRUE(constraint_fails(failures, "state row", "same key: value_prev is the previous value (lo)"));
  EXPECT_FALSE(constraint_fails(failures, "state row", "a read returns value_prev (lo)"));
}

TEST(StateCircuitSoundness, rows_out_of_sorted_order) {
  auto failures = mock_edited("stExample/add11_yml.json", Checks::Arguments, [](std::vector<RwRow>& rows) {
    long i = find_row(rows, [&](size_t j) {
      return j + 1 < rows.size() && rows[j + 1].tag != RwTag::Padding && !same_key(rows[j], rows[j + 1]);
    });
    ASSERT_GE(i, 0);
    std::swap(rows[i], rows[i + 1]);
  });
  EXPECT_TRUE(argument_fails(failures, "sort difference in u11"));
}

TEST(StateCircuitSoundness, a_repeated_operation_is_not_strictly_increasing) {
  auto failures = mock_edited("stExample/add11_yml.json", Checks::Arguments, [](std::vector<RwRow>& rows) {
    long i = find_row(rows, [&](size_t j) { return j > 0 && rows[j].tag == RwTag::Stack && same_key(rows[j], rows[j - 1]); });
    ASSERT_GE(i, 0);
    rows[i].rw_counter = rows[i - 1].rw_counter;  // two rows with one counter
  });
  EXPECT_TRUE(argument_fails(failures, "sort difference in u11"));
}

TEST(StateCircuitSoundness, a_stack_pointer_out_of_range) {
  auto failures = mock_edited("stExample/add11_yml.json", Checks::Arguments, [](std::vector<RwRow>& rows) {
    // The last stack slot (highest key of the last call): raising it to 2000 keeps the order.
    long last = -1;
    for (size_t j = 0; j < rows.size(); ++j)
      if (rows[j].tag == RwTag::Stack) last = static_cast<long>(j);
    ASSERT_GE(last, 0);
    RwRow key = rows[last];
    for (long j = last; j >= 0 && same_key(rows[j], key); --j) rows[j].key = evm::U256(2000);
  });
  EXPECT_TRUE(argument_fails(failures, "stack pointer and memory byte range in u11"));
}

TEST(StateCircuitSoundness, a_memory_value_of_256) {
  auto failures = mock_edited("VMTests/vmTests/calldatacopy.json", Checks::All, [](std::vector<RwRow>& rows) {
    long i = find_row(rows, [&](size_t j) {
      return rows[j].tag == RwTag::Memory && rows[j].is_write && (j == 0 || !same_key(rows[j], rows[j - 1]));
    });
    ASSERT_GE(i, 0);
    RwRow key = rows[i];
    for (size_t j = i; j < rows.size() && same_key(rows[j], key); ++j) {
      rows[j].value = evm::U256(256);
      rows[j].value_prev = j == static_cast<size_t>(i) ? evm::U256() : evm::U256(256);
    }
  });
  EXPECT_TRUE(argument_fails(failures, "stack pointer and memory byte range in u11"));
  EXPECT_FALSE(constraint_fails(failures, "state row", "a read returns value_prev (lo)"));
}

TEST(StateCircuitSoundness, a_stack_slot_read_before_any_write) {
  auto failures = mock_edited("stExample/add11_yml.json", Checks::Gates, [](std::vector<RwRow>& rows) {
    long i = find_row(rows, [&](size_t j) { return rows[j].tag == RwTag::Stack && rows[j].is_write; });
    ASSERT_GE(i, 0);
    rows[i].is_write = false;
    rows[i].value = rows[i].value_prev;  // reads the initial 0
  });
  EXPECT_TRUE(constraint_fails(failures, "state row", "stack: first access is a write"));
}

TEST(StateCircuitSoundness, a_call_context_field_written_twice) {
  auto failures = mock_edited("stExample/add11_yml.json", Checks::Gates, [](std::vector<RwRow>& rows) {
    long i = find_row(rows, [&](size_t j) {
      return j > 0 && rows[j].tag == RwTag::CallContext && rows[j - 1].tag == RwTag::CallContext &&
             rows[j].id == rows[j - 1].id && rows[j].rw_counter > rows[j - 1].rw_counter;
    });
    ASSERT_GE(i, 0);
    rows[i].field_tag = rows[i - 1].field_tag;  // overwrite the previous field
    rows[i].value_prev = rows[i - 1].value;
  });
  EXPECT_TRUE(constraint_fails(failures, "state row", "call context, logs and receipts are written once"));
}

TEST(StateCircuitSoundness, storage_changes_its_committed_value_between_accesses) {
  auto failures = mock_edited("stSStoreTest/sstoreGas.json", Checks::Gates, [](std::vector<RwRow>& rows) {
    long i = find_row(rows, [&](size_t j) { return j > 0 && rows[j].tag == RwTag::Storage && same_key(rows[j], rows[j - 1]); });
    ASSERT_GE(i, 0);
    rows[i].initial_value = rows[i].initial_value + evm::U256(1);
  });
  EXPECT_TRUE(constraint_fails(failures, "state row", "same key: initial value carried (lo)"));
}

TEST(StateCircuitSoundness, storage_first_access_not_from_its_initial_value) {
  auto failures = mock_edited("stSStoreTest/sstoreGas.json", Checks::Gates, [](std::vector<RwRow>& rows) {
    long i = find_row(rows, [&](size_t j) { return rows[j].tag == RwTag::Storage && !same_key(rows[j], rows[j - 1]); });
    ASSERT_GE(i, 0);
    rows[i].value_prev = rows[i].value_prev + evm::U256(1);
    if (!rows[i].is_write) rows[i].value = rows[i].value_prev;
  });
  EXPECT_TRUE(constraint_fails(failures, "state row", "new key: value_prev is the initial value (lo)"));
}

TEST(StateCircuitSoundness, an_initial_value_for_a_stack_slot) {
  auto failures = mock_edited("stExample/add11_yml.json", Checks::Gates, [](std::vector<RwRow>& rows) {
    long i = find_row(rows, [&](size_t j) { return rows[j].tag == RwTag::Stack; });
    ASSERT_GE(i, 0);
    RwRow key = rows[i];
    for (size_t j = i; j < rows.size() && same_key(rows[j], key); ++j) rows[j].initial_value = evm::U256(5);
    rows[i].value_prev = evm::U256(5);
  });
  EXPECT_TRUE(constraint_fails(failures, "state row", "initial value is 0 outside Storage and Account (lo)"));
}

TEST(StateCircuitSoundness, a_counter_outside_one_to_n) {
  auto failures = mock_edited("stExample/add11_yml.json", Checks::Arguments, [](std::vector<RwRow>& rows) {
    long i = find_row(rows, [&](size_t j) {
      return rows[j].tag == RwTag::Stack && !same_key(rows[j], rows[j + 1]);  // the last access of a slot
    });
    ASSERT_GE(i, 0);
    rows[i].rw_counter = 1u << 20;
  });
  EXPECT_TRUE(argument_fails(failures, "rw_counter permutation"));
  EXPECT_FALSE(argument_fails(failures, "sort difference in u11"));
}

TEST(StateCircuitSoundness, a_dropped_operation_hidden_in_the_padding) {
  auto failures = mock_edited("stExample/add11_yml.json", Checks::All, [](std::vector<RwRow>& rows) {
    long i = find_row(rows, [&](size_t j) { return rows[j].tag == RwTag::Stack && !rows[j].is_write; });
    ASSERT_GE(i, 0);
    uint64_t dropped = rows[i].rw_counter;
    rows.erase(rows.begin() + i);
    long first_padding = find_row(rows, [&](size_t j) { return rows[j].tag == RwTag::Padding; });
    rows.insert(rows.begin() + first_padding, rw_padding_row(dropped));  // keeps 1..M a permutation
  });
  EXPECT_TRUE(constraint_fails(failures, "state sort", "padding rw_counters are consecutive"));
  EXPECT_FALSE(argument_fails(failures, "rw_counter permutation"));
}

TEST(StateCircuitSoundness, a_start_row_with_a_value) {
  auto failures = mock_edited("stExample/add11_yml.json", Checks::Gates, [](std::vector<RwRow>& rows) {
    ASSERT_EQ(rows[0].tag, RwTag::Start);
    rows[0].value = rows[0].value_prev = evm::U256(7);
  });
  EXPECT_TRUE(constraint_fails(failures, "state row", "Start and Padding rows have no value_lo"));
}

TEST(StateCircuitSoundness, an_address_limb_that_does_not_compose) {
  auto t = load_trace("stSStoreTest/sstoreGas.json");
  StateCircuit c = StateCircuit::from_ops(t->tracer.rw_ops());
  c.tamper = [&](plonk::Assignment& a, const state::StateConfig& cfg) {
    long i = find_row(c.assigned_rows(), [&](size_t j) { return c.assigned_rows()[j].tag == RwTag::Storage; });
    a.assign(cfg.address_limbs[9], i, a.value(cfg.address_limbs[9], i) + Fr::one());
  };
  EXPECT_TRUE(constraint_fails(mock_state(c, Checks::Gates), "state row", "address limbs"));
}

TEST(StateCircuitSoundness, a_first_difference_claimed_later_than_it_is) {
  auto t = load_trace("stExample/add11_yml.json");
  StateCircuit c = StateCircuit::from_ops(t->tracer.rw_ops());
  c.tamper = [&](plonk::Assignment& a, const state::StateConfig& cfg) {
    // A row that starts a new stack slot claims that only its rw_counter differs (same key).
    const auto& rows = c.assigned_rows();
    long i = find_row(rows, [&](size_t j) { return j > 0 && rows[j].tag == RwTag::Stack && !same_key(rows[j], rows[j - 1]); });
    const size_t last = state::kSortLimbs - 1;  // rw_counter's last limb
    for (size_t g = 0; g < state::kDiffGroups; ++g)
      a.assign(cfg.diff_group[g], i, Fr::from_u64(g == last / state::kDiffIndices));
    for (size_t x = 0; x < state::kDiffIndices; ++x)
      a.assign(cfg.diff_index[x], i, Fr::from_u64(x == last % state::kDiffIndices));
    a.assign(cfg.same_key, i, Fr::one());
    a.assign(cfg.sort_diff, i, Fr::from_u64(rows[i].rw_counter - rows[i - 1].rw_counter - 1));
  };
  auto failures = mock_state(c, Checks::Gates);
  bool prefix = false;
  for (const auto& f : failures) prefix |= f.gate == "state sort" && f.constraint.rfind("limb ", 0) == 0;
  EXPECT_TRUE(prefix) << plonk::summarize(failures);
}

}  // namespace
}  // namespace zkevm::circuits::test

namespace zkevm::circuits::test {
namespace {

TEST(StateCircuitSlow, the_first_passing_case_of_every_bundled_fixture_passes_mock_prover) {
  size_t checked = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(test_data() / "ethtests")) {
    if (e.path().extension() != ".json") continue;
    auto traces = load_traces(e.path().string(), 1);
    if (traces.empty()) continue;
    StateCircuit c = StateCircuit::from_ops(traces[0]->tracer.rw_ops());
    auto failures = mock_state(c);
    EXPECT_TRUE(failures.empty()) << e.path() << "\n" << plonk::summarize(failures);
    ++checked;
  }
  EXPECT_GT(checked, 30u);
}

}  // namespace
}  // namespace zkevm::circuits::test
