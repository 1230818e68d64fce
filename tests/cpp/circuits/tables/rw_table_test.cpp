// The RW table's rows from real traces: normalized ids, replayed previous and
// initial values, the State circuit's order, and lookups into the table.
#include <gtest/gtest.h>

#include <map>
#include <tuple>

#include "circuits/tables/rw_table.hpp"
#include "cpp/util/error.hpp"
#include "tests/cpp/circuits/tables/probe_circuit.hpp"
#include "tests/cpp/circuits/trace_fixture.hpp"

namespace zkevm::circuits::test {
namespace {

using evm::RwTag;

auto key_of(const RwRow& r) { return std::make_tuple(static_cast<int>(r.tag), r.id, r.address, r.field_tag, r.key); }

TEST(RwTable, rows_replay_previous_and_initial_values_of_every_key) {
  for (const char* file : {"stExample/add11_yml.json", "stSStoreTest/sstoreGas.json",
                           "VMTests/vmTests/calldatacopy.json"}) {
    auto t = load_trace(file);
    std::vector<RwRow> rows = rw_table_rows(t->tracer.rw_ops());
    ASSERT_EQ(rows.size(), t->tracer.rw_ops().size()) << file;
    std::map<decltype(key_of(rows[0])), std::pair<evm::U256, evm::U256>> seen;  // key -> (current, initial)
    for (size_t i = 0; i < rows.size(); ++i) {
      const RwRow& r = rows[i];
      EXPECT_EQ(r.rw_counter, i + 1);
      auto [it, first] = seen.emplace(key_of(r), std::make_pair(r.value_prev, r.initial_value));
      if (first) {
        EXPECT_EQ(r.value_prev, r.initial_value) << file << " row " << i;
        if (r.tag != RwTag::Storage && r.tag != RwTag::Account) {
          EXPECT_TRUE(r.initial_value.is_zero());
        }
      }
      EXPECT_EQ(r.value_prev, it->second.first) << file << " row " << i;
      EXPECT_EQ(r.initial_value, it->second.second) << file << " row " << i;
      if (!r.is_write) {
        EXPECT_EQ(r.value, r.value_prev) << file << " read at row " << i;
      }
      if (r.is_write) it->second.first = r.value;
      if (r.tag == RwTag::Memory) {
        EXPECT_LT(r.value, evm::U256(256));
      }
      if (r.tag == RwTag::Stack) {
        EXPECT_LT(r.key, evm::U256(1024));
      }
    }
  }
}

TEST(RwTable, storage_initial_value_is_the_pre_state) {
  auto t = load_trace("stSStoreTest/sstoreGas.json");
  int storage = 0;
  for (const RwRow& r : rw_table_rows(t->tracer.rw_ops())) {
    if (r.tag != RwTag::Storage) continue;
    ++storage;
    EXPECT_EQ(r.initial_value, t->c.test->pre.storage(r.address, r.key));
    EXPECT_EQ(r.id, 0u);
  }
  EXPECT_GT(storage, 0);
}

TEST(RwTable, sorted_rows_group_each_key_in_counter_order) {
  auto t = load_trace("stSStoreTest/sstoreGas.json");
  std::vector<RwRow> rows = rw_table_rows(t->tracer.rw_ops());
  sort_rw_rows(rows);
  for (size_t i = 1; i < rows.size(); ++i) {
    auto a = key_of(rows[i - 1]), b = key_of(rows[i]);
    EXPECT_TRUE(a < b || (a == b && rows[i - 1].rw_counter < rows[i].rw_counter)) << "row " << i;
  }
}

TEST(RwTable, rejects_ops_whose_counters_skip) {
  auto t = load_trace("stExample/add11_yml.json");
  std::vector<evm::RwOp> ops = t->tracer.rw_ops();
  ops[3].rw_counter += 1;
  EXPECT_THROW(rw_table_rows(ops), InputError);
}

TEST(RwTable, every_row_is_found_and_a_changed_value_is_not) {
  auto t = load_trace("stExample/add11_yml.json");
  std::vector<RwRow> rows = rw_table_rows(t->tracer.rw_ops());
  RwTable table;
  auto tuple = [](const RwRow& r) {
    WordCells k = word_cells(r.key), v = word_cells(r.value), p = word_cells(r.value_prev),
              i = word_cells(r.initial_value);
    return std::vector<Fr>{fr(r.rw_counter), fr(r.is_write), fr(static_cast<uint64_t>(r.tag)), fr(r.id),
                           address_cell(r.address), fr(r.field_tag), k.hi, k.lo, v.hi, v.lo, p.hi, p.lo, i.hi, i.lo};
  };
  ProbeCircuit c;
  c.table_name = "rw table";
  c.make_table = [&](plonk::ConstraintSystem& cs, plonk::Challenge) {
    table = RwTable::configure(cs);
    return table.columns();
  };
  c.fill = [&](plonk::Assignment& a) { table.assign(a, rows); };
  std::vector<std::vector<Fr>> probes;
  for (const RwRow& r : rows) probes.push_back(tuple(r));
  c.probes = [&](const Fr&) { return probes; };
  EXPECT_TRUE(mock(c, 10).empty());

  probes[5][9] += Fr::one();  // value_lo of one operation
  EXPECT_TRUE(lookup_fails(mock(c, 10), "probe"));
}

}  // namespace
}  // namespace zkevm::circuits::test

namespace zkevm::circuits::test {
namespace {

// Storage, transient storage, accounts, access lists and the refund record
// their previous value in the trace: the replay must agree with it.
TEST(RwTable, replayed_previous_values_match_the_traced_ones) {
  for (const char* file : {"stSStoreTest/sstoreGas.json", "stEIP2930/manualCreate.json",
                           "stExample/accessListExample.json",
                           "Cancun/stEIP1153-transientStorage/10_revertUndoesStoreAfterReturn.json"}) {
    auto t = load_trace(file);
    const auto& ops = t->tracer.rw_ops();
    std::vector<RwRow> rows = rw_table_rows(ops);
    for (size_t i = 0; i < ops.size(); ++i) {
      switch (ops[i].tag) {
        case RwTag::Storage:
        case RwTag::TransientStorage:
        case RwTag::Account:
        case RwTag::TxAccessListAccount:
        case RwTag::TxAccessListAccountStorage:
        case RwTag::TxRefund:
          EXPECT_EQ(rows[i].value_prev, ops[i].value_prev) << file << " op " << i << " " << evm::rw_tag_name(ops[i].tag);
          break;
        default: break;
      }
    }
  }
}

}  // namespace
}  // namespace zkevm::circuits::test
