// The Keccak circuit: completeness on the empty string, around every block
// boundary and on random inputs (outputs checked against the native
// Keccak-256 and published vectors, the table rows against the inputs), the
// layout's cost, and soundness: a wrong output, length, padding byte or
// intermediate state fails the MockProver at the named constraint.
#include <gtest/gtest.h>

#include "circuits/keccak/layout.hpp"
#include "keccak_test_util.hpp"

namespace zkevm::circuits::test {
namespace {

using keccak::kBlockRows;
using keccak::kOutputRow;

// Every final output row holds (1, rlc, len, hi, lo) of its input, in order,
// and no other row has is_final = 1.
void expect_table_rows(const KeccakRun& r, const std::vector<Bytes>& inputs) {
  const KeccakConfig& c = r.circuit->config();
  const Fr rho = r.challenges.get(c.byte_rlc);
  std::vector<size_t> final_rows;
  for (size_t row = 0; row < r.asg->usable_rows(); ++row) {
    if (r.asg->value(c.table.is_final, row) == Fr::one()) final_rows.push_back(row);
    else ASSERT_EQ(r.asg->value(c.table.is_final, row), Fr::zero()) << "row " << row;
  }
  ASSERT_EQ(final_rows.size(), inputs.size());
  for (size_t i = 0; i < inputs.size(); ++i) {
    const size_t row = final_rows[i];
    EXPECT_EQ(row % kBlockRows, static_cast<size_t>(kOutputRow));
    const Hash256 h = keccak256(inputs[i]);
    EXPECT_EQ(r.asg->value(c.table.input_len, row), Fr::from_u64(inputs[i].size())) << "input " << i;
    EXPECT_EQ(r.asg->value(c.table.input_rlc, row), rlc_of(inputs[i], rho)) << "input " << i;
    EXPECT_EQ(r.asg->value(c.table.output_hi, row), be_number(h.data())) << "input " << i;
    EXPECT_EQ(r.asg->value(c.table.output_lo, row), be_number(h.data() + 16)) << "input " << i;
  }
}

void expect_proves(const std::vector<Bytes>& inputs) {
  const KeccakRun r = run_keccak(inputs);
  const auto failures = r.verify();
  ASSERT_TRUE(failures.empty()) << plonk::summarize(failures);
  expect_table_rows(r, inputs);
}

TEST(KeccakLayout, permutation_fits_250_rows) {
  const auto& l = keccak::RoundLayout::get();
  EXPECT_LE(kBlockRows, 250);
  EXPECT_EQ(kBlockRows, 24 * keccak::kRowsPerRound + 1);
  // Every slot is inside the round's rows and the pools are dense.
  EXPECT_GT(l.norm_columns, 0u);
  EXPECT_GT(l.chi_columns, 0u);
  EXPECT_GE(l.norm_columns, l.output_lane0.size());
}

TEST(KeccakWitness, block_outputs_match_native_keccak_for_lengths_0_to_300) {
  std::mt19937_64 rng(1);
  std::vector<Bytes> inputs;
  for (size_t n = 0; n <= 300; ++n) inputs.push_back(random_bytes(rng, n));
  const auto w = keccak::KeccakWitness::build(inputs);
  size_t input = 0;
  for (const auto& block : w.blocks) {
    if (!block.is_final) continue;
    EXPECT_EQ(block.output, keccak256(inputs[input])) << "length " << input;
    EXPECT_EQ(block.input_len, inputs[input].size());
    ++input;
  }
  EXPECT_EQ(input, inputs.size());
}

TEST(KeccakCircuit, empty_input_hash_is_the_published_vector) {
  const KeccakRun r = run_keccak({Bytes{}});
  ASSERT_TRUE(r.verify().empty()) << plonk::summarize(r.verify());
  // keccak256("") = c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470
  const auto& c = r.circuit->config();
  EXPECT_EQ(r.asg->value(c.table.output_hi, kOutputRow), Fr::from_string("0xc5d2460186f7233c927e7db2dcc703c0"));
  EXPECT_EQ(r.asg->value(c.table.output_lo, kOutputRow), Fr::from_string("0xe500b653ca82273b7bfad8045d85a470"));
  EXPECT_EQ(r.asg->value(c.table.is_final, kOutputRow), Fr::one());
  EXPECT_EQ(r.asg->value(c.table.input_len, kOutputRow), Fr::zero());
}

TEST(KeccakCircuit, abc_hash_is_the_published_vector) {
  const KeccakRun r = run_keccak({bytes_of("abc")});
  ASSERT_TRUE(r.verify().empty());
  // keccak256("abc") = 4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45
  const auto& c = r.circuit->config();
  EXPECT_EQ(r.asg->value(c.table.output_hi, kOutputRow), Fr::from_string("0x4e03657aea45a94fc7d47ba826c8d667"));
  EXPECT_EQ(r.asg->value(c.table.output_lo, kOutputRow), Fr::from_string("0xc0d1e6e33a64a036ec44f58fa12d6c45"));
}

TEST(KeccakCircuit, inputs_around_block_boundaries_prove) {
  std::mt19937_64 rng(2);
  std::vector<Bytes> inputs;
  for (size_t n : {1, 2, 134, 135, 136, 137, 271, 272, 273}) inputs.push_back(random_bytes(rng, n));
  expect_proves(inputs);
}

TEST(KeccakCircuit, random_inputs_prove) {
  std::mt19937_64 rng(3);
  std::vector<Bytes> inputs;
  for (int i = 0; i < 4; ++i) inputs.push_back(random_bytes(rng, rng() % 300));
  inputs.push_back(Bytes(200, 0xff));
  expect_proves(inputs);
}

TEST(KeccakCircuitSlow, every_length_1_to_300_proves) {
  std::mt19937_64 rng(4);
  std::vector<Bytes> inputs;
  for (size_t n = 1; n <= 300; ++n) inputs.push_back(random_bytes(rng, n));
  expect_proves(inputs);
}

TEST(KeccakCircuit, filler_blocks_add_no_table_rows) {
  const std::vector<Bytes> inputs = {bytes_of("abc")};
  KeccakCircuit circuit(inputs, 3);
  plonk::MockProver prover = plonk::MockProver::run(circuit, keccak_min_k(inputs, 3));
  ASSERT_TRUE(prover.verify().empty()) << plonk::summarize(prover.verify());
  size_t finals = 0;
  for (size_t row = 0; row < prover.assignment().usable_rows(); ++row) {
    finals += prover.assignment().value(circuit.config().table.is_final, row) == Fr::one();
  }
  EXPECT_EQ(finals, 1u);
  EXPECT_THROW(KeccakCircuit({Bytes(300)}, 2), InputError);
}

TEST(KeccakCircuit, trace_keccak_inputs_prove_with_their_recorded_outputs) {
  std::vector<evm::KeccakInput> trace(2);
  trace[0].source = "SHA3";
  trace[0].input = bytes_of("zkevm");
  trace[1].source = "bytecode";
  trace[1].input = Bytes(140, 0x60);
  for (auto& t : trace) t.output = keccak256(t.input);
  const auto inputs = keccak_inputs_of(trace);
  const KeccakRun r = run_keccak(inputs);
  ASSERT_TRUE(r.verify().empty());
  const auto& c = r.circuit->config();
  // "zkevm" is one block; the 140-byte code two: its final row is block 2's.
  EXPECT_EQ(r.asg->value(c.table.output_hi, kOutputRow), be_number(trace[0].output.data()));
  EXPECT_EQ(r.asg->value(c.table.output_lo, 2 * kBlockRows + kOutputRow), be_number(trace[1].output.data() + 16));
}

// --- soundness -------------------------------------------------------------------

TEST(KeccakSoundness, wrong_output_fails_table_output_hi) {
  auto failures = run_keccak({bytes_of("abc")}, [](KeccakRun& r) {
                    const auto& c = r.circuit->config();
                    r.asg->assign(c.table.output_hi, kOutputRow, r.asg->value(c.table.output_hi, kOutputRow) + Fr::one());
                  }).verify();
  ASSERT_FALSE(failures.empty());
  EXPECT_TRUE(has_failure(failures, "table output_hi")) << plonk::summarize(failures);
}

TEST(KeccakSoundness, wrong_length_fails_table_input_len) {
  auto failures = run_keccak({bytes_of("abc")}, [](KeccakRun& r) {
                    const auto& c = r.circuit->config();
                    r.asg->assign(c.table.input_len, kOutputRow, Fr::from_u64(4));
                  }).verify();
  ASSERT_FALSE(failures.empty());
  EXPECT_TRUE(has_failure(failures, "table input_len")) << plonk::summarize(failures);
}

TEST(KeccakSoundness, wrong_padding_byte_fails_padding_byte) {
  // "abc": bytes 3..135 are padding; byte 10 must be 0.
  auto failures = run_keccak({bytes_of("abc")}, [](KeccakRun& r) {
                    const auto& c = r.circuit->config();
                    r.asg->assign(c.byte, 10, Fr::from_u64(1));
                    r.asg->assign(c.byte_sparse, 10, Fr::one());
                  }).verify();
  EXPECT_TRUE(has_failure(failures, "padding byte")) << plonk::summarize(failures);
}

TEST(KeccakSoundness, missing_final_padding_bit_fails_padding_byte) {
  auto failures = run_keccak({bytes_of("abc")}, [](KeccakRun& r) {
                    const auto& c = r.circuit->config();
                    r.asg->assign(c.byte, 135, Fr::zero());
                    r.asg->assign(c.byte_sparse, 135, Fr::zero());
                  }).verify();
  EXPECT_TRUE(has_failure(failures, "padding byte")) << plonk::summarize(failures);
}

TEST(KeccakSoundness, tampered_intermediate_state_fails_next_state) {
  const size_t row = 5 * keccak::kRowsPerRound;  // round 5's input state
  auto failures = run_keccak({bytes_of("abc")}, [row](KeccakRun& r) {
                    const auto& c = r.circuit->config();
                    r.asg->assign(c.state[7], row, r.asg->value(c.state[7], row) + Fr::one());
                  }).verify();
  EXPECT_TRUE(has_failure(failures, "next state (chi, iota)[2][1]")) << plonk::summarize(failures);
}

TEST(KeccakSoundness, tampered_chi_output_fails_the_chi_lookup) {
  auto failures = run_keccak({bytes_of("abc")}, [](KeccakRun& r) {
                    const auto& c = r.circuit->config();
                    r.asg->assign(c.chi_out[0], 3, r.asg->value(c.chi_out[0], 3) + Fr::one());
                  }).verify();
  EXPECT_TRUE(has_failure(failures, "keccak chi")) << plonk::summarize(failures);
}

TEST(KeccakSoundness, extra_final_row_fails_keccak_table_rows) {
  auto failures = run_keccak({bytes_of("abc")}, [](KeccakRun& r) {
                    r.asg->assign(r.circuit->config().table.is_final, 3, Fr::one());
                  }).verify();
  EXPECT_TRUE(has_failure(failures, "keccak table rows")) << plonk::summarize(failures);
}

}  // namespace
}  // namespace zkevm::circuits::test
