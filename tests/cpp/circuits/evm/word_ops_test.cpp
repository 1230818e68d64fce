// The word-operation states (bitwise, BYTE, signed comparisons, CODESIZE,
// SELFBALANCE, ...) on programs run through the interpreter with edge
// operands (0, 1, 2^255, 2^256 − 1, mixed patterns): each trace passes the
// MockProver, and a lie about a result or an intermediate cell fails at the
// gadget's named constraint.
#include <gtest/gtest.h>

#include "tests/cpp/circuits/evm/evm_test_util.hpp"

namespace zkevm::circuits::evm_circuit::test {
namespace {

using evm::U256;

const U256 kZero(0), kOne(1), kTwo255 = evm::shl(U256(1), 255), kMax = ~U256(0);
const U256 kPattern(0x0123456789abcdefULL, 0xfedcba9876543210ULL, 0x00ff00ff00ff00ffULL, 0x8000000000000001ULL);
const U256 kMinusTwo = kMax - U256(1);

std::string push(const U256& v) {
  const auto bytes = v.to_be_bytes();
  return "7f" + to_hex_raw(bytes);
}
std::string op(uint8_t code) { return to_hex_raw(std::span<const uint8_t>(&code, 1)); }
// a on top of b, then the opcode, then POP of its result.
std::string binary(uint8_t code, const U256& a, const U256& b) { return push(b) + push(a) + op(code) + "50"; }
std::string unary(uint8_t code, const U256& a) { return push(a) + op(code) + "50"; }

// Every binary opcode of `codes` on every ordered pair of the operands: the
// operands are pushed once and copied with DUP (a DUP step is far shorter
// than a PUSH32 step), each result popped.
std::string all_pairs(std::initializer_list<uint8_t> codes, const std::vector<U256>& operands) {
  const int m = static_cast<int>(operands.size());
  std::string program;
  for (const U256& v : operands) program += push(v);
  auto dup = [&](int k, int extra) { return op(static_cast<uint8_t>(0x80 + m - k - 1 + extra)); };  // DUP(m − k + extra)
  for (uint8_t c : codes)
    for (int i = 0; i < m; ++i)
      for (int j = 0; j < m; ++j) program += dup(j, 0) + dup(i, 1) + op(c) + "50";
  return program;
}

const std::vector<U256> kEdges = {kZero, kOne, kTwo255, kMax, kPattern, kMinusTwo};

std::vector<plonk::Failure> mock_code(const std::string& code) {
  EvmCircuit circuit(run_code(code + "00", 5000000));
  return mock(circuit);
}

void expect_satisfied(const std::string& code) {
  const auto failures = mock_code(code);
  EXPECT_TRUE(failures.empty()) << plonk::summarize(failures);
}

// The trace of code with the value of RW operation `rw` of the n-th `state` step replaced (a lie told
// consistently to the step and the RW table).
std::vector<plonk::Failure> with_lie(const std::string& code, ExecutionState state, size_t rw, const U256& value,
                                     int n = 0) {
  EvmCircuit circuit(run_code(code + "00", 5000000));
  EvmWitness& w = circuit.witness();
  const int i = find_step(w, state, n);
  if (i < 0) throw InternalError(std::string("no ") + execution_state_name(state) + " step");
  RwRow& row = w.steps[i].rws.at(rw);
  row.value = value;
  w.rw_rows[row.rw_counter - 1].value = value;
  return mock(circuit);
}

bool uses(const std::string& code, ExecutionState s) {
  const EvmCircuit circuit(run_code(code + "00", 5000000));
  return find_step(circuit.witness(), s) >= 0;
}

TEST(EvmWordOps, and_or_xor_pass_on_edge_operands) {
  const std::string code = all_pairs({0x16, 0x17, 0x18}, {kZero, kMax, kPattern, kTwo255});
  EXPECT_TRUE(uses(code, ExecutionState::Bitwise));
  expect_satisfied(code);
}

TEST(EvmWordOps, not_passes_on_edge_operands) {
  std::string code;
  for (const U256& a : kEdges) code += unary(0x19, a);
  expect_satisfied(code);
}

TEST(EvmWordOps, byte_passes_in_and_out_of_range) {
  std::string code;
  for (uint64_t i : {0, 1, 15, 16, 31, 32, 255})
    code += binary(0x1a, U256(i), kPattern) + binary(0x1a, U256(i), kMax);
  code += binary(0x1a, kTwo255, kPattern) + binary(0x1a, U256(0, 0, 1, 0), kPattern);  // huge indices
  expect_satisfied(code);
}

TEST(EvmWordOps, slt_sgt_pass_on_signed_edges) {
  const std::string code = all_pairs({0x12, 0x13}, kEdges);
  EXPECT_TRUE(uses(code, ExecutionState::SignedComparison));
  expect_satisfied(code);
}

TEST(EvmWordOps, codesize_and_selfbalance_pass) {
  const std::string code = "3850" "4750" "38" "47" "5050";
  EXPECT_TRUE(uses(code, ExecutionState::CodeSize));
  EXPECT_TRUE(uses(code, ExecutionState::SelfBalance));
  expect_satisfied(code);
}

TEST(EvmWordOps, rejects_a_wrong_and) {
  auto f = with_lie(binary(0x16, kPattern, kMax), ExecutionState::Bitwise, 2, kMax);
  EXPECT_TRUE(fails_at(f, "evm bitwise nibbles")) << plonk::summarize(f);
}

TEST(EvmWordOps, rejects_an_and_run_as_an_or) {
  // The bitwise slot's op claims OR on one row of an AND: that row's nibble lookups fail as well.
  EvmCircuit circuit(run_code(binary(0x16, kPattern, kMax) + "00"));
  const EvmWitness* w = &circuit.witness();
  circuit.tamper = [&](plonk::Assignment& a, const EvmConfig& c) {
    const size_t row = c.step_rows(*w)[static_cast<size_t>(find_step(*w, ExecutionState::Bitwise))] + 5;
    a.assign(c.columns().bitwise.op, row, Fr::from_u64(static_cast<uint64_t>(BitwiseOp::Or)));
  };
  const auto f = mock(circuit);
  EXPECT_TRUE(fails_at(f, "BITWISE: row 5 bitwise op is the opcode's")) << plonk::summarize(f);
}

TEST(EvmWordOps, rejects_a_wrong_not) {
  auto f = with_lie(unary(0x19, kPattern), ExecutionState::Not, 1, kPattern);
  EXPECT_TRUE(fails_at(f, "NOT: stack write 1 value")) << plonk::summarize(f);
}

TEST(EvmWordOps, rejects_a_wrong_byte) {
  auto f = with_lie(binary(0x1a, U256(3), kPattern), ExecutionState::Byte, 2, U256(0x77));
  EXPECT_TRUE(fails_at(f, "BYTE: stack write 2 value lo")) << plonk::summarize(f);
}

TEST(EvmWordOps, rejects_a_byte_index_selector_pointing_elsewhere) {
  // The selector picks byte 4 for index 3: the selected index no longer equals the popped one.
  EvmCircuit circuit(run_code(binary(0x1a, U256(3), kPattern) + "00"));
  const EvmWitness* w = &circuit.witness();
  circuit.tamper = [&](plonk::Assignment& a, const EvmConfig& c) {
    const size_t row = c.step_rows(*w)[static_cast<size_t>(find_step(*w, ExecutionState::Byte))];
    // i's cells: hi_zero inverse, lo_below lt, in_range, then sel0.. (plain cells 3.. on row 0).
    a.assign(c.columns().cells[3 + 3], row, Fr::zero());
    a.assign(c.columns().cells[3 + 4], row, Fr::one());
  };
  const auto f = mock(circuit);
  EXPECT_TRUE(fails_at(f, "BYTE: i: the sel's index is w")) << plonk::summarize(f);
}

TEST(EvmWordOps, rejects_a_wrong_signed_comparison) {
  // −2 < 1 signed (but not unsigned): claiming 0 must fail.
  auto f = with_lie(binary(0x12, kMinusTwo, kOne), ExecutionState::SignedComparison, 2, kZero);
  EXPECT_TRUE(fails_at(f, "SCMP: result")) << plonk::summarize(f);
}

TEST(EvmWordOps, rejects_a_wrong_sign) {
  // The sign of x (−2) claimed non-negative: the 16-byte comparison of its high limb fails.
  EvmCircuit circuit(run_code(binary(0x12, kMinusTwo, kOne) + "00"));
  const EvmWitness* w = &circuit.witness();
  circuit.tamper = [&](plonk::Assignment& a, const EvmConfig& c) {
    const size_t row = c.step_rows(*w)[static_cast<size_t>(find_step(*w, ExecutionState::SignedComparison))];
    a.assign(c.columns().cells[5], row, Fr::one());  // x.nonneg.lt (after is_sgt and the four operand cells)
  };
  const auto f = mock(circuit);
  EXPECT_TRUE(fails_at(f, "SCMP: x.nonneg: a − b + lt · 2^(8N) = diff")) << plonk::summarize(f);
}

TEST(EvmWordOps, rejects_a_wrong_code_size) {
  auto f = with_lie("3850", ExecutionState::CodeSize, 0, U256(7));
  EXPECT_TRUE(fails_at(f, "evm code size")) << plonk::summarize(f);
}

TEST(EvmWordOps, rejects_a_balance_that_is_not_the_one_read) {
  auto f = with_lie("4750", ExecutionState::SelfBalance, 1, U256(12345));
  EXPECT_TRUE(fails_at(f, "SELFBALANCE: stack write 1 value lo")) << plonk::summarize(f);
}

TEST(EvmWordOps, rejects_a_balance_read_of_another_account) {
  EvmCircuit circuit(run_code("475000"));
  EvmWitness& w = circuit.witness();
  RwRow& read = w.steps[find_step(w, ExecutionState::SelfBalance)].rws[0];
  read.address[0] ^= 1;
  w.rw_rows[read.rw_counter - 1].address = read.address;
  const auto f = mock(circuit);
  EXPECT_TRUE(fails_at(f, "SELFBALANCE: balance read address")) << plonk::summarize(f);
}

}  // namespace
}  // namespace zkevm::circuits::evm_circuit::test
