// The Bytecode circuit: completeness on the codes of real traces, and
// soundness — each test changes one thing a prover could lie about and checks
// that MockProver fails at the named constraint or lookup.
#include <gtest/gtest.h>

#include "circuits/bytecode/circuit.hpp"
#include "cpp/plonk/mock_prover.hpp"
#include "cpp/util/error.hpp"
#include "tests/cpp/circuits/trace_fixture.hpp"

namespace zkevm::circuits::test {
namespace {

using bytecode::BytecodeCircuit;
using bytecode::BytecodeWitnessRow;

std::vector<plonk::Failure> mock(BytecodeCircuit& c) { return plonk::MockProver::run(c, c.minimum_k()).verify(); }

bool constraint_fails(const std::vector<plonk::Failure>& failures, const std::string& gate, const std::string& constraint) {
  for (const auto& f : failures)
    if (f.kind == plonk::FailureKind::ConstraintNotSatisfied && f.gate == gate && f.constraint == constraint) return true;
  return false;
}

bool lookup_fails(const std::vector<plonk::Failure>& failures, const std::string& name) {
  for (const auto& f : failures)
    if (f.kind == plonk::FailureKind::LookupInputMissing && f.argument == name) return true;
  return false;
}

// A code with PUSH data, a truncated PUSH at its end and an empty code beside it.
std::vector<evm::Bytecode> sample_codes() {
  auto make = [](Bytes bytes) {
    evm::Bytecode c;
    c.bytes = bytes;
    c.is_code = evm::code_flags(bytes);
    c.hash = keccak256(bytes);
    return c;
  };
  return {make({0x60, 0x01, 0x60, 0x02, 0x01, 0x5b, 0x7f, 0xaa, 0xbb}), make({}), make({0x61, 0x60, 0x00, 0x56, 0x00})};
}

// The index of the first row satisfying pred; fails the test when none.
size_t find(const std::vector<BytecodeWitnessRow>& rows, const std::function<bool(const BytecodeWitnessRow&)>& pred) {
  for (size_t i = 0; i < rows.size(); ++i)
    if (pred(rows[i])) return i;
  ADD_FAILURE() << "no such row";
  return 0;
}

bool is_push_data(const BytecodeWitnessRow& r) { return r.table.tag == kBytecodeByte && !r.table.is_code; }
bool is_opcode(const BytecodeWitnessRow& r) { return r.table.tag == kBytecodeByte && r.table.is_code; }

std::vector<plonk::Failure> mock_edited(std::function<void(std::vector<BytecodeWitnessRow>&)> edit) {
  BytecodeCircuit c(sample_codes());
  c.edit_rows = std::move(edit);
  return mock(c);
}

TEST(BytecodeCircuit, codes_of_real_traces_pass_mock_prover) {
  for (const char* fixture : {"stExample/add11_yml.json", "VMTests/vmIOandFlowOperations/jump.json",
                              "stCreate2/RevertOpcodeInCreateReturnsCreate2.json"}) {
    auto t = load_trace(fixture);
    ASSERT_FALSE(t->input.bytecodes.empty());
    BytecodeCircuit c(t->input.bytecodes);
    auto failures = mock(c);
    EXPECT_TRUE(failures.empty()) << fixture << "\n" << plonk::summarize(failures);
  }
}

TEST(BytecodeCircuit, sample_codes_with_truncated_push_and_empty_code_pass) {
  BytecodeCircuit c(sample_codes());
  auto failures = mock(c);
  EXPECT_TRUE(failures.empty()) << plonk::summarize(failures);
}

TEST(BytecodeCircuitSoundness, a_changed_byte_breaks_the_code_hash) {
  auto failures = mock_edited([](auto& rows) { rows[find(rows, is_push_data)].table.value ^= 1; });
  EXPECT_TRUE(lookup_fails(failures, "code hash in keccak table"));
}

TEST(BytecodeCircuitSoundness, push_data_claimed_as_code) {
  auto failures = mock_edited([](auto& rows) { rows[find(rows, is_push_data)].table.is_code = true; });
  EXPECT_TRUE(constraint_fails(failures, "bytecode row", "is_code follows the push data count"));
}

TEST(BytecodeCircuitSoundness, an_opcode_claimed_as_push_data) {
  auto failures = mock_edited([](auto& rows) {
    size_t i = find(rows, [](const auto& r) { return is_opcode(r) && r.table.value == 0x5b; });  // JUMPDEST
    rows[i].table.is_code = false;
    rows[i].push_data_left = rows[i - 1].push_data_left - 1;
  });
  EXPECT_TRUE(constraint_fails(failures, "bytecode row", "is_code follows the push data count"));
}

TEST(BytecodeCircuitSoundness, a_wrong_length_in_the_header) {
  auto failures = mock_edited([](auto& rows) {
    rows[0].table.value += 1;
    for (auto& r : rows)
      if (r.table.code_hash == rows[0].table.code_hash) r.length += 1;
  });
  EXPECT_TRUE(constraint_fails(failures, "bytecode row", "last byte index is length - 1"));
}

TEST(BytecodeCircuitSoundness, a_header_value_that_is_not_the_length) {
  auto failures = mock_edited([](auto& rows) { rows[0].table.value += 1; });
  EXPECT_TRUE(constraint_fails(failures, "bytecode row", "header value is the length"));
}

TEST(BytecodeCircuitSoundness, a_wrong_code_hash) {
  auto failures = mock_edited([](auto& rows) {
    evm::U256 original = rows[0].table.code_hash;
    for (auto& r : rows)
      if (r.table.code_hash == original) r.table.code_hash = original + evm::U256(1);
  });
  EXPECT_TRUE(lookup_fails(failures, "code hash in keccak table"));
}

TEST(BytecodeCircuitSoundness, a_byte_row_with_another_code_hash) {
  auto failures = mock_edited([](auto& rows) { rows[3].table.code_hash = rows[3].table.code_hash + evm::U256(1); });
  EXPECT_TRUE(constraint_fails(failures, "bytecode row", "code hash carried (lo)"));
}

TEST(BytecodeCircuitSoundness, an_index_that_skips) {
  auto failures = mock_edited([](auto& rows) { rows[4].table.index += 1; });
  EXPECT_TRUE(constraint_fails(failures, "bytecode row", "index increments"));
}

TEST(BytecodeCircuitSoundness, a_byte_value_of_256) {
  auto failures = mock_edited([](auto& rows) { rows[find(rows, is_push_data)].table.value += 256; });
  EXPECT_TRUE(lookup_fails(failures, "byte in u8"));
}

TEST(BytecodeCircuitSoundness, a_push1_claimed_to_push_two_bytes) {
  auto failures = mock_edited([](auto& rows) {
    size_t i = find(rows, [](const auto& r) { return is_opcode(r) && r.table.value == 0x60; });
    rows[i].push_data_size = 2;
    rows[i].push_data_left = 2;
    rows[i + 1].push_data_left = 1;
    rows[i + 2].table.is_code = false;  // the next PUSH1 becomes data
    rows[i + 2].push_data_size = 0;
    rows[i + 2].push_data_left = 0;
    rows[i + 3].table.is_code = true;  // and its data byte an opcode
    rows[i + 3].push_data_size = 0;
    rows[i + 3].push_data_left = 0;
  });
  EXPECT_TRUE(lookup_fails(failures, "push size in opcode table"));
  EXPECT_FALSE(constraint_fails(failures, "bytecode row", "is_code follows the push data count"));
}

TEST(BytecodeCircuitSoundness, bytes_without_a_header) {
  auto failures = mock_edited([](auto& rows) { rows.erase(rows.begin()); });
  EXPECT_TRUE(constraint_fails(failures, "bytecode first row", "first row is not a byte"));
}

TEST(BytecodeCircuitSoundness, a_code_after_padding) {
  BytecodeCircuit c(sample_codes());
  c.tamper = [](plonk::Assignment& a, const bytecode::BytecodeConfig& cfg) {
    size_t row = a.usable_rows() - 3;  // a padding row turned into a byte row
    a.assign(cfg.is_byte, row, Fr::one());
    a.assign(cfg.table.tag, row, fr(kBytecodeByte));
  };
  EXPECT_TRUE(constraint_fails(mock(c), "bytecode row", "padding continues to the end"));
}

TEST(BytecodeCircuitSoundness, a_dropped_last_byte) {
  auto failures = mock_edited([](auto& rows) {
    // The first code loses its last byte but keeps its hash and length.
    size_t empty_header = find(rows, [&](const auto& r) { return r.table.tag == kBytecodeHeader && r.table.value == 0; });
    rows.erase(rows.begin() + empty_header - 1);
  });
  EXPECT_TRUE(constraint_fails(failures, "bytecode row", "last byte index is length - 1"));
}

TEST(BytecodeCircuitSoundness, a_wrong_rlc_accumulator) {
  BytecodeCircuit c(sample_codes());
  c.tamper_phase1 = [](plonk::Assignment& a, const bytecode::BytecodeConfig& cfg) {
    a.assign(cfg.value_rlc, 2, a.value(cfg.value_rlc, 2) + Fr::one());
  };
  EXPECT_TRUE(constraint_fails(mock(c), "bytecode rlc", "rlc accumulates"));
}

}  // namespace
}  // namespace zkevm::circuits::test

namespace zkevm::circuits::test {
namespace {

TEST(BytecodeCircuitSlow, the_codes_of_every_bundled_fixture_pass_mock_prover) {
  size_t checked = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(test_data() / "ethtests")) {
    if (e.path().extension() != ".json") continue;
    auto traces = load_traces(e.path().string(), 1);
    if (traces.empty()) continue;
    BytecodeCircuit c(traces[0]->input.bytecodes);
    auto failures = mock(c);
    EXPECT_TRUE(failures.empty()) << e.path() << "\n" << plonk::summarize(failures);
    ++checked;
  }
  EXPECT_GT(checked, 30u);
}

}  // namespace
}  // namespace zkevm::circuits::test
