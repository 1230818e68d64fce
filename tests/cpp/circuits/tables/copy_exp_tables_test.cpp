// The Copy and Exp tables from real traces.
#include <gtest/gtest.h>

#include "circuits/tables/copy_table.hpp"
#include "circuits/tables/exp_table.hpp"
#include "cpp/util/error.hpp"
#include "tests/cpp/circuits/tables/probe_circuit.hpp"
#include "tests/cpp/circuits/trace_fixture.hpp"

namespace zkevm::circuits::test {
namespace {

TEST(CopyTable, rows_walk_each_event_byte_by_byte) {
  auto t = load_trace("VMTests/vmTests/calldatacopy.json");
  const auto& events = t->tracer.copy_events();
  std::vector<CopyRow> rows = copy_table_rows(events);
  size_t i = 0, nonempty = 0;
  for (const evm::CopyEvent& ev : events) {
    if (ev.bytes.empty()) continue;
    ++nonempty;
    for (size_t j = 0; j < ev.bytes.size(); ++j, ++i) {
      EXPECT_EQ(rows[i].is_first, j == 0);
      EXPECT_EQ(rows[i].is_last, j + 1 == ev.bytes.size());
      EXPECT_EQ(rows[i].value, ev.bytes[j]);
      EXPECT_EQ(rows[i].src_addr, ev.src_offset + j);
      EXPECT_EQ(rows[i].dst_addr, ev.dst_offset + j);
      EXPECT_EQ(rows[i].bytes_left, ev.bytes.size() - j);
    }
    EXPECT_EQ(rows[i - ev.bytes.size()].rw_counter, ev.rw_counter_start);
  }
  EXPECT_GT(nonempty, 0u);
  EXPECT_EQ(i, rows.size());
}

TEST(CopyTable, rejects_an_rw_range_that_is_not_whole_operations_per_byte) {
  evm::CopyEvent ev;
  ev.bytes = {1, 2, 3};
  ev.rw_counter_start = 10;
  ev.rw_counter_end = 14;
  EXPECT_THROW(copy_table_rows({ev}), InputError);
}

TEST(CopyTable, first_rows_carry_the_rlc_of_the_event_bytes) {
  auto t = load_trace("VMTests/vmTests/calldatacopy.json");
  std::vector<evm::CopyEvent> events;
  for (const auto& ev : t->tracer.copy_events())
    if (!ev.bytes.empty()) events.push_back(ev);
  std::vector<CopyRow> rows = copy_table_rows(events);
  CopyTable table;
  ProbeCircuit c;
  c.probe_phase = 1;
  c.make_table = [&](plonk::ConstraintSystem& cs, plonk::Challenge) {
    table = CopyTable::configure(cs);
    return table.columns();
  };
  c.fill = [&](plonk::Assignment& a) { table.assign(a, rows); };
  c.fill_phase1 = [&](plonk::Assignment& a, const Fr& r) { table.assign_phase1(a, rows, r); };
  bool corrupt = false;
  c.probes = [&](const Fr& r) {
    std::vector<std::vector<Fr>> out;
    for (const evm::CopyEvent& ev : events) {
      WordCells s = word_cells(ev.src_id), d = word_cells(ev.dst_id);
      uint64_t rw = ev.rw_counter_end > ev.rw_counter_start ? ev.rw_counter_end - ev.rw_counter_start : 0;
      Fr rlc = bytes_rlc(ev.bytes, r);
      if (corrupt && out.empty()) rlc += Fr::one();
      out.push_back({Fr::one(), fr(static_cast<uint64_t>(ev.src_type)), s.hi, s.lo, fr(ev.src_offset),
                     fr(static_cast<uint64_t>(ev.dst_type)), d.hi, d.lo, fr(ev.dst_offset), fr(ev.bytes.size()),
                     fr(ev.rw_counter_start), fr(rw), rlc});
    }
    return out;
  };
  EXPECT_TRUE(mock(c, 10).empty());
  corrupt = true;
  EXPECT_TRUE(lookup_fails(mock(c, 10), "probe"));
}

TEST(ExpTable, rows_square_and_multiply_down_to_exponent_one) {
  auto t = load_trace("VMTests/vmArithmeticTest/expPower256.json");
  const auto& events = t->tracer.exp_events();
  ASSERT_FALSE(events.empty());
  std::vector<ExpRow> rows = exp_table_rows(events);
  for (size_t i = 0; i < rows.size(); ++i) {
    const ExpRow& r = rows[i];
    const evm::ExpEvent& ev = events[r.identifier - 1];
    if (r.is_first) {
      EXPECT_EQ(r.exponent, ev.exponent);
      EXPECT_EQ(r.result, ev.result);
    }
    if (r.is_last) {
      EXPECT_TRUE(r.exponent.is_zero() ? r.result == evm::U256(1) : (r.exponent == evm::U256(1) && r.result == r.base));
    } else {
      const ExpRow& next = rows[i + 1];
      EXPECT_EQ(next.exponent, evm::shr(r.exponent, 1));
      evm::U256 sq = next.result * next.result;
      EXPECT_EQ(r.result, r.exponent.bit(0) ? sq * r.base : sq);
    }
  }
}

TEST(ExpTable, rejects_an_event_with_a_wrong_result) {
  evm::ExpEvent ev{evm::U256(3), evm::U256(5), evm::U256(242), 0};
  EXPECT_THROW(exp_table_rows({ev}), InputError);
  ev.result = evm::U256(243);
  EXPECT_EQ(exp_table_rows({ev}).size(), 3u);  // exponents 5, 2, 1
}

TEST(ExpTable, lookups_find_each_event_and_not_a_wrong_result) {
  auto t = load_trace("VMTests/vmArithmeticTest/expPower256.json");
  std::vector<ExpRow> rows = exp_table_rows(t->tracer.exp_events());
  ExpTable table;
  ProbeCircuit c;
  c.make_table = [&](plonk::ConstraintSystem& cs, plonk::Challenge) {
    table = ExpTable::configure(cs);
    return table.columns();
  };
  c.fill = [&](plonk::Assignment& a) { table.assign(a, rows); };
  std::vector<std::vector<Fr>> probes;
  for (const evm::ExpEvent& ev : t->tracer.exp_events()) {
    WordCells b = word_cells(ev.base), e = word_cells(ev.exponent), r = word_cells(ev.result);
    probes.push_back({Fr::one(), b.hi, b.lo, e.hi, e.lo, r.hi, r.lo});
  }
  c.probes = [&](const Fr&) { return probes; };
  uint32_t k = 1;
  while ((size_t{1} << k) < rows.size() + probes.size() + 16) ++k;
  EXPECT_TRUE(mock(c, k).empty());
  probes[0][6] += Fr::one();
  EXPECT_TRUE(lookup_fails(mock(c, k), "probe"));
}

}  // namespace
}  // namespace zkevm::circuits::test
