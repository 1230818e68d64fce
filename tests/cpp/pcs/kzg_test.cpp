#include "cpp/pcs/kzg.hpp"

#include <gtest/gtest.h>

#include "cpp/poly/domain.hpp"
#include "cpp/poly/evaluate.hpp"
#include "test_helpers.hpp"

namespace zkevm::pcs {
namespace {

using test::random_polynomial;
using test::small_srs;

TEST(Kzg, commitment_is_p_of_tau_times_g1) {
  std::mt19937_64 rng(1);
  const Fr tau = Fr::from_u64(0x1234567890abcdefULL);  // small_srs's secret
  for (std::size_t n : {1u, 2u, 17u, 256u}) {
    auto p = random_polynomial(n, rng);
    EXPECT_EQ(commit(small_srs(), p), (G1Jacobian::generator() * poly::evaluate(p, tau)).to_affine()) << "n=" << n;
  }
  EXPECT_THROW(commit(small_srs(), Polynomial<Coeff>(257)), InputError);
}

TEST(Kzg, lagrange_commitment_equals_coefficient_commitment) {
  std::mt19937_64 rng(2);
  poly::EvaluationDomain domain(6, 0);
  auto p = random_polynomial(64, rng);
  auto evaluations = domain.coeff_to_lagrange(p);
  EXPECT_EQ(commit_lagrange(small_srs(), evaluations), commit(small_srs(), p));
  EXPECT_THROW(commit_lagrange(small_srs(), Polynomial<Lagrange>(48)), InputError);
  EXPECT_THROW(commit_lagrange(small_srs(), Polynomial<Lagrange>(512)), InputError);
}

TEST(Kzg, open_verify_round_trip) {
  std::mt19937_64 rng(3);
  const VerifierKey& key = small_srs().verifier_key();
  for (std::size_t n : {1u, 5u, 200u}) {
    auto p = random_polynomial(n, rng);
    const G1Affine c = commit(small_srs(), p);
    const Fr z = Fr::random(rng);
    const Opening opening = open(small_srs(), p, z);
    EXPECT_EQ(opening.value, poly::evaluate(p, z));
    EXPECT_TRUE(verify(key, c, z, opening.value, opening.proof)) << "n=" << n;
  }
}

TEST(Kzg, wrong_evaluation_is_rejected) {
  std::mt19937_64 rng(4);
  auto p = random_polynomial(100, rng);
  const G1Affine c = commit(small_srs(), p);
  const Fr z = Fr::random(rng);
  const Opening opening = open(small_srs(), p, z);
  const VerifierKey& key = small_srs().verifier_key();
  EXPECT_FALSE(verify(key, c, z, opening.value + Fr::one(), opening.proof));
  EXPECT_FALSE(verify(key, c, z + Fr::one(), opening.value, opening.proof));
  EXPECT_FALSE(verify(key, c, z, opening.value, (G1Jacobian::from_affine(opening.proof) + G1Jacobian::generator()).to_affine()));
}

TEST(Kzg, wrong_commitment_is_rejected) {
  std::mt19937_64 rng(5);
  auto p = random_polynomial(100, rng);
  auto other = p;
  other[7] += Fr::one();
  const Fr z = Fr::random(rng);
  const Opening opening = open(small_srs(), p, z);
  EXPECT_FALSE(verify(small_srs().verifier_key(), commit(small_srs(), other), z, opening.value, opening.proof));
  EXPECT_FALSE(verify(small_srs().verifier_key(), G1Affine::identity(), z, opening.value, opening.proof));
}

}  // namespace
}  // namespace zkevm::pcs
