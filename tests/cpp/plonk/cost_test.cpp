// The cost estimator counts commitments, evaluations, MSMs, NTTs and memory
// by the model documented in cost.hpp, checked by hand on two circuits.
#include <gtest/gtest.h>

#include "cpp/plonk/cost.hpp"
#include "cpp/plonk/proof.hpp"
#include "feature_circuit.hpp"
#include "wide_circuit.hpp"

namespace zkevm::plonk {
namespace {

TEST(Cost, single_gate_circuit_matches_hand_count) {
  ConstraintSystem cs;
  auto a = cs.advice_column();
  auto s = cs.selector();
  cs.create_gate("square", s * a * a);  // degree 3
  CostEstimate c = estimate_cost(cs, 10);
  EXPECT_EQ(c.degree, 3u);
  EXPECT_EQ(c.extension_factor, 2u);
  EXPECT_EQ(c.proof_commitments, 4u);   // a, random poly, 2 quotient pieces
  EXPECT_EQ(c.proof_evaluations, 3u);   // a(x), s(x), random(x)
  EXPECT_EQ(c.proof_bytes, 5u + 32u * 9u);
  EXPECT_EQ(c.verifying_key_commitments, 1u);
  EXPECT_EQ(c.total_msm_bases(), 1024u * (1 + 3 + 2));
  EXPECT_EQ(c.total_ntt_points(), 1024u * 1 + 2048u * 1 + 2048u);
  // (F + P + A + I) (2n + 2n) + 4 (2n) words: 2 * 4096 + 8192 = 16384 words.
  EXPECT_EQ(c.prover_memory_bytes, 32u * 16384u);
  EXPECT_EQ(c.advice_cells, cs.usable_rows(10));
}

TEST(Cost, feature_circuit_matches_hand_count) {
  ConstraintSystem cs;
  test::FeatureCircuit circuit;
  circuit.configure(cs);
  CostEstimate c = estimate_cost(cs, 8);
  // A = 10, L = 2, S = 1, P = 7, d = 4 so C = ceil(7 / 2) = 4, quotient pieces 3.
  EXPECT_EQ(c.proof_commitments, 10u + 4u + 1u + 4u + 1u + 3u);
  // Advice openings: a {0, 1}, d {0, -1}, rlc {0, -1}, seven others at 0 -> 13.
  // Fixed: nibble, constants (equality) and 8 selectors at 0 -> 10; l_0, l_last, l_active, X -> 4.
  // Permutation 7 + 3 * 4 - 1 = 18, lookups 6, shuffle 2, random 1.
  EXPECT_EQ(c.proof_evaluations, 13u + 10u + 4u + 18u + 6u + 2u + 1u);
  EXPECT_EQ(c.proof_bytes, 5u + 32u * (23u + 54u + 2u));
  EXPECT_EQ(c.verifying_key_commitments, 10u + 7u);
  const std::string text = c.to_string();
  EXPECT_NE(text.find("proof: 23 commitments + 54 evaluations + 2 opening points = 2533 bytes"), std::string::npos)
      << text;
  EXPECT_THROW(estimate_cost(cs, 2), InputError);
}

TEST(Cost, memory_and_work_grow_linearly_with_rows) {
  ConstraintSystem cs;
  test::FeatureCircuit circuit;
  circuit.configure(cs);
  CostEstimate small = estimate_cost(cs, 10), big = estimate_cost(cs, 12);
  EXPECT_EQ(big.prover_memory_bytes, 4 * small.prover_memory_bytes);
  EXPECT_EQ(big.total_msm_bases(), 4 * small.total_msm_bases());
  EXPECT_EQ(big.proof_bytes, small.proof_bytes);  // proofs are succinct
}

// The model's proof size is the real format's: Proof::size_for, derived from
// the protocol the prover and verifier run (prover_test checks real proofs).
template <class C>
void expect_predicted_size_is_exact(uint32_t k) {
  ConstraintSystem cs;
  C circuit;
  circuit.configure(cs);
  VerifyingKey vk;
  vk.cs = std::make_shared<ConstraintSystem>(cs);
  vk.protocol = std::make_shared<Protocol>(*vk.cs, k);
  vk.k = k;
  const CostEstimate c = estimate_cost(cs, k);
  EXPECT_EQ(c.proof_bytes, Proof::size_for(vk)) << "k = " << k;
  const Protocol& p = *vk.protocol;
  EXPECT_EQ(c.proof_commitments, p.layout.num_advice + 1 + p.quotient_pieces);
  EXPECT_EQ(c.proof_evaluations, p.evaluated_queries.size() + 1);
}

TEST(Cost, predicted_proof_size_equals_the_proof_format_for_every_test_circuit) {
  expect_predicted_size_is_exact<test::FeatureCircuit>(6);
  expect_predicted_size_is_exact<test::FeatureCircuit>(9);
  expect_predicted_size_is_exact<test::WideCircuit>(10);
  ConstraintSystem gate_only;
  auto a = gate_only.advice_column();
  auto s = gate_only.selector();
  gate_only.create_gate("square", s * a * a);
  VerifyingKey vk;
  vk.cs = std::make_shared<ConstraintSystem>(gate_only);
  vk.protocol = std::make_shared<Protocol>(*vk.cs, 8);
  vk.k = 8;
  EXPECT_EQ(estimate_cost(gate_only, 8).proof_bytes, Proof::size_for(vk));
}

}  // namespace
}  // namespace zkevm::plonk
