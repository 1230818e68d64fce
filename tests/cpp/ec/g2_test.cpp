// G2 of BN254 (the twist over Fq2): generator, group laws, the order r, the
// psi endomorphism and the subgroup check against multiplication by r.
#include <gtest/gtest.h>

#include "ec_test_util.hpp"

namespace zkevm::ec {
namespace {

using test::random_g2;
using test::random_twist_point;
using test::rescaled;

TEST(G2, generator_is_on_twist_and_has_order_r) {
  G2Jacobian g = G2Jacobian::generator();
  EXPECT_TRUE(g.is_on_curve());
  EXPECT_TRUE(g.is_in_subgroup());
  EXPECT_TRUE(g.mul(std::span<const uint64_t>(Fr::modulus)).is_identity());
  EXPECT_EQ(g * (-Fr::one()), -g);
  EXPECT_FALSE(g.is_identity());
  EXPECT_TRUE(G2Affine::identity().is_in_subgroup());
}

TEST(G2, group_laws_hold_on_random_points) {
  std::mt19937_64 rng(11);
  for (int i = 0; i < 10; ++i) {
    G2Jacobian a = random_g2(rng), b = random_g2(rng), c = random_g2(rng);
    EXPECT_EQ((a + b) + c, a + (b + c));
    EXPECT_EQ(a + b, b + a);
    EXPECT_TRUE((a - a).is_identity());
    EXPECT_EQ(rescaled(a, rng) + a, a.dbl());
    EXPECT_EQ(a.add_mixed(b.to_affine()), a + b);
    EXPECT_EQ(a.add_mixed(a.to_affine()), a.dbl());
    EXPECT_TRUE((a + b).is_on_curve());
    Fr s = Fr::random(rng), t = Fr::random(rng);
    EXPECT_EQ(a * (s + t), a * s + a * t);
  }
}

TEST(G2, batch_to_affine_matches_single) {
  std::mt19937_64 rng(12);
  std::vector<G2Jacobian> points;
  for (int i = 0; i < 6; ++i) points.push_back(rescaled(random_g2(rng), rng));
  points.push_back(G2Jacobian::identity());
  auto affine = batch_to_affine(points);
  for (size_t i = 0; i < points.size(); ++i) EXPECT_EQ(affine[i], points[i].to_affine());
}

TEST(G2, psi_acts_as_multiplication_by_p_on_g2) {
  std::mt19937_64 rng(13);
  for (int i = 0; i < 3; ++i) {
    G2Jacobian q = random_g2(rng);
    EXPECT_EQ(psi_power(q, 1), q.mul(std::span<const uint64_t>(Fq::modulus)));
    EXPECT_EQ(psi_power(q.to_affine(), 2), psi_power(psi_power(q, 1), 1).to_affine());
    EXPECT_TRUE(psi_power(q, 1).is_on_curve());
  }
}

TEST(G2, subgroup_check_rejects_twist_points_outside_g2) {
  std::mt19937_64 rng(14);
  // h = 2p - r, the cofactor: #E'(Fq2) = r h.
  mpz_class h = 2 * test::fq_modulus() - test::fr_modulus();
  std::vector<uint64_t> cofactor = test::to_limbs(h);
  for (int i = 0; i < 5; ++i) {
    G2Affine q = random_twist_point(rng);
    ASSERT_TRUE(q.is_on_curve());
    G2Jacobian qj = q.to_jacobian();
    EXPECT_FALSE(qj.mul(std::span<const uint64_t>(Fr::modulus)).is_identity());
    EXPECT_FALSE(q.is_in_subgroup());
    EXPECT_FALSE(rescaled(qj, rng).is_in_subgroup());
    // Clearing the cofactor lands in G2.
    G2Jacobian cleared = qj.mul(cofactor);
    EXPECT_TRUE(cleared.is_in_subgroup());
    EXPECT_TRUE(cleared.mul(std::span<const uint64_t>(Fr::modulus)).is_identity());
    // A point of G2 plus one outside is outside.
    EXPECT_FALSE((cleared + qj).is_in_subgroup());
  }
}

}  // namespace
}  // namespace zkevm::ec

namespace zkevm::ec {
namespace {

// operator*(Fr) splits the scalar along psi; it must agree with the plain
// width-5 NAF multiplication for all scalars, including the extremes.
TEST(G2, psi_split_multiplication_matches_plain_wnaf) {
  std::mt19937_64 rng(15);
  G2Jacobian q = test::random_g2(rng);
  std::vector<Fr> scalars = {Fr::zero(), Fr::one(), -Fr::one(), Fr::from_u64(6)};
  ff::Limbs six_x_squared = {0xf83e9682e87cfd46ULL, 0x6f4d8248eeb859fbULL, 0, 0};
  Fr m = Fr::from_canonical(six_x_squared);
  scalars.push_back(m);
  scalars.push_back(m - Fr::one());
  scalars.push_back(m * m);
  for (int i = 0; i < 30; ++i) scalars.push_back(Fr::random(rng));
  for (const Fr& k : scalars) {
    EXPECT_EQ(q * k, q.mul(std::span<const uint64_t>(k.to_canonical()))) << k.to_hex();
  }
}

}  // namespace
}  // namespace zkevm::ec
