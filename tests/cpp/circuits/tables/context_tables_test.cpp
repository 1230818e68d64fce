// The Bytecode, Tx and Block tables from real traces.
#include <gtest/gtest.h>

#include "circuits/tables/block_table.hpp"
#include "circuits/tables/bytecode_table.hpp"
#include "circuits/tables/tx_table.hpp"
#include "cpp/util/error.hpp"
#include "cpp/util/keccak.hpp"
#include "tests/cpp/circuits/tables/probe_circuit.hpp"
#include "tests/cpp/circuits/trace_fixture.hpp"

namespace zkevm::circuits::test {
namespace {

TEST(BytecodeTable, rows_are_a_header_then_each_byte_with_its_is_code_flag) {
  auto t = load_trace("VMTests/vmIOandFlowOperations/jump.json");
  std::vector<BytecodeRow> rows = bytecode_table_rows(t->input.bytecodes);
  size_t i = 0;
  ASSERT_FALSE(t->input.bytecodes.empty());
  for (const evm::Bytecode& code : t->input.bytecodes) {
    evm::U256 hash = evm::hash_to_word(keccak256(code.bytes));
    ASSERT_EQ(rows[i].tag, kBytecodeHeader);
    EXPECT_EQ(rows[i].value, code.bytes.size());
    EXPECT_EQ(rows[i].code_hash, hash);
    ++i;
    std::vector<uint8_t> flags = evm::code_flags(code.bytes);
    for (size_t j = 0; j < code.bytes.size(); ++j, ++i) {
      EXPECT_EQ(rows[i].tag, kBytecodeByte);
      EXPECT_EQ(rows[i].index, j);
      EXPECT_EQ(rows[i].value, code.bytes[j]);
      EXPECT_EQ(rows[i].is_code, flags[j] != 0);
      EXPECT_EQ(rows[i].code_hash, hash);
    }
  }
  EXPECT_EQ(i, rows.size());
}

TEST(BytecodeTable, rejects_flags_of_the_wrong_length) {
  evm::Bytecode code;
  code.bytes = {0x60, 0x01};
  code.is_code = {1};
  EXPECT_THROW(bytecode_table_rows({code}), InputError);
}

TEST(BytecodeTable, finds_every_byte_and_not_push_data_claimed_as_code) {
  auto t = load_trace("stExample/add11_yml.json");
  std::vector<BytecodeRow> rows = bytecode_table_rows(t->input.bytecodes);
  BytecodeTable table;
  ProbeCircuit c;
  c.make_table = [&](plonk::ConstraintSystem& cs, plonk::Challenge) {
    table = BytecodeTable::configure(cs);
    return table.columns();
  };
  c.fill = [&](plonk::Assignment& a) { table.assign(a, rows); };
  std::vector<std::vector<Fr>> probes;
  size_t push_data = SIZE_MAX;
  for (const BytecodeRow& r : rows) {
    WordCells h = word_cells(r.code_hash);
    if (r.tag == kBytecodeByte && !r.is_code && push_data == SIZE_MAX) push_data = probes.size();
    probes.push_back({h.hi, h.lo, fr(r.tag), fr(r.index), fr(r.is_code), fr(r.value)});
  }
  c.probes = [&](const Fr&) { return probes; };
  EXPECT_TRUE(mock(c, 9).empty());
  ASSERT_NE(push_data, SIZE_MAX);
  probes[push_data][4] = Fr::one();  // PUSH data claimed to be an opcode
  EXPECT_TRUE(lookup_fails(mock(c, 9), "probe"));
}

TEST(TxTable, fields_and_calldata_of_the_transaction) {
  auto t = load_trace("VMTests/vmTests/calldatacopy.json");
  const evm::TxRecord& rec = t->input.txs.at(0);
  std::vector<TxRow> rows = tx_table_rows(t->input.txs, t->input.block.base_fee);
  ASSERT_EQ(rows.size(), 11 + rec.tx.data.size());
  EXPECT_EQ(rows[0].tag, TxField::Nonce);
  EXPECT_EQ(rows[1].value, rec.tx.gas_limit);
  EXPECT_EQ(rows[3].value, evm::address_to_word(rec.tx.sender));
  EXPECT_EQ(rows[7].value, evm::U256(rec.tx.data.size()));
  EXPECT_EQ(rows[10].value, evm::hash_to_word(rec.hash));
  for (size_t i = 0; i < rec.tx.data.size(); ++i) {
    EXPECT_EQ(rows[11 + i].tag, TxField::CallData);
    EXPECT_EQ(rows[11 + i].index, i);
    EXPECT_EQ(rows[11 + i].value, evm::U256(rec.tx.data[i]));
  }
}

TEST(TxTable, effective_gas_price_of_an_eip1559_transaction) {
  evm::TxRecord rec;
  rec.tx.type = 2;
  rec.tx.max_fee_per_gas = evm::U256(100);
  rec.tx.max_priority_fee_per_gas = evm::U256(7);
  EXPECT_EQ(tx_table_rows({rec}, evm::U256(10))[2].value, evm::U256(17));
  EXPECT_EQ(tx_table_rows({rec}, evm::U256(95))[2].value, evm::U256(100));
}

TEST(TxAndBlockTables, lookups_find_the_fields_and_not_a_wrong_caller) {
  auto t = load_trace("stExample/add11_yml.json");
  std::vector<TxRow> tx_rows = tx_table_rows(t->input.txs, t->input.block.base_fee);
  std::vector<BlockRow> block_rows = block_table_rows(t->input.block);
  TxTable tx;
  BlockTable block;
  ProbeCircuit c;
  c.make_table = [&](plonk::ConstraintSystem& cs, plonk::Challenge) {
    tx = TxTable::configure(cs);
    block = BlockTable::configure(cs);
    // One lookup into the tx table; the block table is checked in its own probe below.
    return tx.columns();
  };
  c.fill = [&](plonk::Assignment& a) {
    tx.assign(a, tx_rows);
    block.assign(a, block_rows);
  };
  std::vector<std::vector<Fr>> probes;
  for (const TxRow& r : tx_rows) {
    WordCells v = word_cells(r.value);
    probes.push_back({fr(r.tx_id), fr(static_cast<uint64_t>(r.tag)), fr(r.index), v.hi, v.lo});
  }
  c.probes = [&](const Fr&) { return probes; };
  EXPECT_TRUE(mock(c, 9).empty());
  probes[3][4] += Fr::one();  // CallerAddress
  EXPECT_TRUE(lookup_fails(mock(c, 9), "probe"));

  ProbeCircuit b;
  b.make_table = [&](plonk::ConstraintSystem& cs, plonk::Challenge) {
    block = BlockTable::configure(cs);
    return block.columns();
  };
  b.fill = [&](plonk::Assignment& a) { block.assign(a, block_rows); };
  std::vector<std::vector<Fr>> block_probes;
  for (const BlockRow& r : block_rows) {
    WordCells v = word_cells(r.value);
    block_probes.push_back({fr(static_cast<uint64_t>(r.tag)), fr(r.index), v.hi, v.lo});
  }
  EXPECT_EQ(block_rows[2].value, evm::U256(t->input.block.number));
  b.probes = [&](const Fr&) { return block_probes; };
  EXPECT_TRUE(mock(b, 6).empty());
  block_probes[0][3] += Fr::one();  // coinbase
  EXPECT_TRUE(lookup_fails(mock(b, 6), "probe"));
}

}  // namespace
}  // namespace zkevm::circuits::test
