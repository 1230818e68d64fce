// The fixed tables: u8/u16 ranges, bitwise byte operations, opcode properties.
#include <gtest/gtest.h>

#include "circuits/tables/bitwise_table.hpp"
#include "circuits/tables/opcode_table.hpp"
#include "circuits/tables/range_table.hpp"
#include "circuits/tables/table_values.hpp"
#include "cpp/util/error.hpp"
#include "tests/cpp/circuits/tables/probe_circuit.hpp"

namespace zkevm::circuits::test {
namespace {

ProbeCircuit range_probe(uint32_t bits, RangeTable& table, std::vector<std::vector<Fr>>& probes) {
  ProbeCircuit c;
  c.make_table = [&table, bits](plonk::ConstraintSystem& cs, plonk::Challenge) {
    table = RangeTable::configure(cs, bits);
    return table.columns();
  };
  c.fill = [&table](plonk::Assignment& a) { table.assign(a); };
  c.probes = [&probes](const Fr&) { return probes; };
  return c;
}

TEST(RangeTable, u8_holds_0_to_255_and_not_256) {
  RangeTable table;
  std::vector<std::vector<Fr>> probes = {{fr(0)}, {fr(17)}, {fr(255)}};
  ProbeCircuit c = range_probe(8, table, probes);
  EXPECT_TRUE(mock(c, 9).empty());
  probes[1] = {fr(256)};
  EXPECT_TRUE(lookup_fails(mock(c, 9), "probe"));
  probes[1] = {-Fr::one()};
  EXPECT_TRUE(lookup_fails(mock(c, 9), "probe"));
}

TEST(RangeTable, u16_holds_0_to_65535_and_not_65536) {
  RangeTable table;
  std::vector<std::vector<Fr>> probes = {{fr(0)}, {fr(256)}, {fr(65535)}};
  ProbeCircuit c = range_probe(16, table, probes);
  EXPECT_TRUE(mock(c, 17).empty());
  probes[0] = {fr(65536)};
  EXPECT_TRUE(lookup_fails(mock(c, 17), "probe"));
}

TEST(RangeTable, does_not_fit_a_small_circuit_and_rejects_bad_widths) {
  RangeTable table;
  std::vector<std::vector<Fr>> probes = {{fr(1)}};
  ProbeCircuit c = range_probe(16, table, probes);
  EXPECT_THROW(mock(c, 12), InputError);
  plonk::ConstraintSystem cs;
  EXPECT_THROW(RangeTable::configure(cs, 0), InputError);
  EXPECT_THROW(RangeTable::configure(cs, 32), InputError);
}

TEST(BitwiseTable, holds_and_or_xor_of_every_byte_pair) {
  BitwiseTable table;
  std::vector<std::vector<Fr>> probes;
  for (auto [a, b] : {std::pair{0xf0, 0x3c}, std::pair{0xff, 0x00}, std::pair{0x5a, 0xa5}, std::pair{0, 0}}) {
    probes.push_back({fr(1), fr(a), fr(b), fr(a & b)});
    probes.push_back({fr(2), fr(a), fr(b), fr(a | b)});
    probes.push_back({fr(3), fr(a), fr(b), fr(a ^ b)});
  }
  ProbeCircuit c;
  c.make_table = [&](plonk::ConstraintSystem& cs, plonk::Challenge) {
    table = BitwiseTable::configure(cs);
    return table.columns();
  };
  c.fill = [&](plonk::Assignment& a) { table.assign(a); };
  c.probes = [&](const Fr&) { return probes; };
  EXPECT_TRUE(mock(c, 18).empty());
  probes[0][3] = fr(0xf0 | 0x3c);  // OR's result claimed for AND
  EXPECT_TRUE(lookup_fails(mock(c, 18), "probe"));
}

TEST(BitwiseTable, nibble_table_holds_every_nibble_pair_in_768_rows) {
  BitwiseTable table;
  std::vector<std::vector<Fr>> probes;
  for (auto [a, b] : {std::pair{0xf, 0x3}, std::pair{0xa, 0x5}, std::pair{0, 0xf}, std::pair{0x9, 0x9}}) {
    probes.push_back({fr(1), fr(a), fr(b), fr(a & b)});
    probes.push_back({fr(2), fr(a), fr(b), fr(a | b)});
    probes.push_back({fr(3), fr(a), fr(b), fr(a ^ b)});
  }
  ProbeCircuit c;
  c.make_table = [&](plonk::ConstraintSystem& cs, plonk::Challenge) {
    table = nibble_bitwise_table(cs);
    return table.columns();
  };
  c.fill = [&](plonk::Assignment& a) { table.assign(a); };
  c.probes = [&](const Fr&) { return probes; };
  EXPECT_TRUE(mock(c, 10).empty());
  EXPECT_EQ(table.rows(), 768u);
  probes[1] = {fr(1), fr(0x10), fr(0x1), fr(0)};  // a byte is not a nibble
  EXPECT_TRUE(lookup_fails(mock(c, 10), "probe"));
  plonk::ConstraintSystem cs;
  EXPECT_THROW(BitwiseTable::configure(cs, 9), InputError);
}

TEST(OpcodeTable, rows_follow_the_interpreter_opcode_table) {
  auto rows = opcode_table_rows(evm::Fork::Cancun);
  ASSERT_EQ(rows.size(), 256u);
  const OpcodeRow& add = rows[evm::op::ADD];
  EXPECT_TRUE(add.is_defined);
  EXPECT_EQ(add.static_gas, 3u);
  EXPECT_EQ(add.min_stack_pointer, 0u);
  EXPECT_EQ(add.max_stack_pointer, 1022u);
  const OpcodeRow& push32 = rows[evm::op::PUSH32];
  EXPECT_TRUE(push32.is_push);
  EXPECT_EQ(push32.push_bytes, 32u);
  EXPECT_EQ(push32.min_stack_pointer, 1u);
  EXPECT_TRUE(rows[evm::op::PUSH0].is_push);
  EXPECT_EQ(rows[evm::op::PUSH0].push_bytes, 0u);
  EXPECT_EQ(rows[evm::op::DUP16].min_stack_pointer, 1u);
  EXPECT_EQ(rows[evm::op::DUP16].max_stack_pointer, 1024u - 16);
  EXPECT_FALSE(rows[0x0c].is_defined);
  EXPECT_FALSE(rows[evm::op::TLOAD].is_push);
  EXPECT_TRUE(rows[evm::op::TLOAD].is_defined);
  EXPECT_FALSE(opcode_table_rows(evm::Fork::Shanghai)[evm::op::TLOAD].is_defined);
}

TEST(OpcodeTable, lookups_find_properties_and_not_stop_claimed_undefined) {
  OpcodeTable table;
  auto rows = opcode_table_rows(evm::Fork::Cancun);
  auto tuple = [](const OpcodeRow& r) {
    return std::vector<Fr>{fr(1),         fr(r.opcode),    fr(r.is_defined),        fr(r.static_gas),
                           fr(r.stack_in), fr(r.stack_out), fr(r.min_stack_pointer), fr(r.max_stack_pointer),
                           fr(r.is_push),  fr(r.push_bytes)};
  };
  std::vector<std::vector<Fr>> probes;
  for (const OpcodeRow& r : rows) probes.push_back(tuple(r));
  ProbeCircuit c;
  c.make_table = [&](plonk::ConstraintSystem& cs, plonk::Challenge) {
    table = OpcodeTable::configure(cs);
    return table.columns();
  };
  c.fill = [&](plonk::Assignment& a) { table.assign(a); };
  c.probes = [&](const Fr&) { return probes; };
  EXPECT_TRUE(mock(c, 10).empty());
  OpcodeRow undefined_stop;  // all zero but max_stack_pointer: like the unused rows
  undefined_stop.max_stack_pointer = 0;
  probes[0] = tuple(undefined_stop);
  EXPECT_TRUE(lookup_fails(mock(c, 10), "probe"));
  probes[0] = tuple(rows[0]);
  probes[1][3] = fr(2);  // ADD with static gas 2
  EXPECT_TRUE(lookup_fails(mock(c, 10), "probe"));
}

}  // namespace
}  // namespace zkevm::circuits::test
