#include "cpp/pcs/shplonk.hpp"

#include <gtest/gtest.h>

#include "cpp/poly/evaluate.hpp"
#include "test_helpers.hpp"

namespace zkevm::pcs {
namespace {

using test::random_polynomial;
using test::small_srs;
using test::TestChallenger;

// Three polynomials opened at overlapping point sets, like a PLONK proof's
// queries at x, x*omega and x*omega^-1.
struct MultiOpenCase {
  std::vector<Polynomial<Coeff>> polynomials;
  std::vector<std::vector<Fr>> points;

  explicit MultiOpenCase(std::mt19937_64& rng) {
    const Fr x = Fr::random(rng), omega = Fr::from_u64(5);
    polynomials = {random_polynomial(200, rng), random_polynomial(64, rng), random_polynomial(1, rng)};
    points = {{x}, {x, x * omega, x * omega.inverse()}, {x * omega, Fr::from_u64(9)}};
  }

  std::vector<ProverOpening> prover() const {
    std::vector<ProverOpening> out;
    for (std::size_t i = 0; i < polynomials.size(); ++i) out.push_back({&polynomials[i], points[i]});
    return out;
  }

  std::vector<VerifierOpening> verifier() const {
    std::vector<VerifierOpening> out;
    for (std::size_t i = 0; i < polynomials.size(); ++i) {
      VerifierOpening o{commit(small_srs(), polynomials[i]), points[i], {}};
      for (const Fr& p : points[i]) o.evaluations.push_back(poly::evaluate(polynomials[i], p));
      out.push_back(std::move(o));
    }
    return out;
  }
};

bool prove_and_verify(const MultiOpenCase& c, const std::vector<VerifierOpening>& claims) {
  TestChallenger prover_channel, verifier_channel;
  const auto proof = shplonk_open(small_srs(), c.prover(), prover_channel);
  return shplonk_verify(small_srs().verifier_key(), claims, proof, verifier_channel);
}

TEST(Shplonk, multi_open_round_trip) {
  std::mt19937_64 rng(1);
  MultiOpenCase c(rng);
  EXPECT_TRUE(prove_and_verify(c, c.verifier()));
}

TEST(Shplonk, single_polynomial_single_point) {
  std::mt19937_64 rng(2);
  auto p = random_polynomial(50, rng);
  const Fr z = Fr::random(rng);
  const ProverOpening prover[1] = {{&p, {z}}};
  const VerifierOpening verifier[1] = {{commit(small_srs(), p), {z}, {poly::evaluate(p, z)}}};
  TestChallenger a, b;
  EXPECT_TRUE(shplonk_verify(small_srs().verifier_key(), verifier, shplonk_open(small_srs(), prover, a), b));
}

TEST(Shplonk, wrong_evaluation_is_rejected) {
  std::mt19937_64 rng(3);
  MultiOpenCase c(rng);
  for (std::size_t i = 0; i < c.polynomials.size(); ++i) {
    auto claims = c.verifier();
    claims[i].evaluations.back() += Fr::one();
    EXPECT_FALSE(prove_and_verify(c, claims)) << "opening " << i;
  }
}

TEST(Shplonk, wrong_commitment_is_rejected) {
  std::mt19937_64 rng(4);
  MultiOpenCase c(rng);
  auto claims = c.verifier();
  claims[1].commitment = claims[0].commitment;
  EXPECT_FALSE(prove_and_verify(c, claims));
}

TEST(Shplonk, tampered_proof_is_rejected) {
  std::mt19937_64 rng(5);
  MultiOpenCase c(rng);
  TestChallenger prover_channel;
  auto proof = shplonk_open(small_srs(), c.prover(), prover_channel);
  const G1Jacobian g = G1Jacobian::generator();
  auto bad_h = proof;
  bad_h.h_commitment = (G1Jacobian::from_affine(proof.h_commitment) + g).to_affine();
  auto bad_opening = proof;
  bad_opening.opening = (G1Jacobian::from_affine(proof.opening) + g).to_affine();
  for (const auto& p : {bad_h, bad_opening}) {
    TestChallenger verifier_channel;
    EXPECT_FALSE(shplonk_verify(small_srs().verifier_key(), c.verifier(), p, verifier_channel));
  }
}

TEST(Shplonk, malformed_queries_raise_input_errors) {
  std::mt19937_64 rng(6);
  auto p = random_polynomial(8, rng);
  const Fr z = Fr::random(rng);
  TestChallenger channel;
  const ProverOpening repeated[1] = {{&p, {z, z}}};
  EXPECT_THROW(shplonk_open(small_srs(), repeated, channel), InputError);
  const ProverOpening no_points[1] = {{&p, {}}};
  EXPECT_THROW(shplonk_open(small_srs(), no_points, channel), InputError);
  EXPECT_THROW(shplonk_open(small_srs(), std::span<const ProverOpening>(), channel), InputError);
  const VerifierOpening mismatched[1] = {{G1Affine::generator(), {z}, {}}};
  EXPECT_THROW(shplonk_verify(small_srs().verifier_key(), mismatched, ShplonkProof{}, channel), InputError);
}

}  // namespace
}  // namespace zkevm::pcs
