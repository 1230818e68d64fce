// The optimal ate pairing: Miller-loop steps against the group law, the final
// exponentiation against the plain power (p^12 - 1) / r, bilinearity,
// non-degeneracy, order r, multi-pairing = product, prepared G2 = unprepared.
#include <gtest/gtest.h>

#include "cpp/ec/pairing.hpp"
#include "ec_test_util.hpp"

namespace zkevm::ec {
namespace {

using test::random_g1;
using test::random_g2;

Fq12 pow_fr(const Fq12& f, const Fr& e) {
  ff::Limbs k = e.to_canonical();
  return f.pow(std::span<const uint64_t>(k));
}

TEST(Pairing, miller_loop_steps_move_t_like_the_group_law) {
  std::mt19937_64 rng(21);
  G2Jacobian q = random_g2(rng), s = random_g2(rng);
  G2Affine qa = q.to_affine(), sa = s.to_affine();
  detail::G2Homogeneous t{qa.x, qa.y, Fq2::one()};
  detail::doubling_step(t);
  Fq2 zi = t.Z.inverse();
  EXPECT_EQ(G2Affine(t.X * zi, t.Y * zi), q.dbl().to_affine());
  detail::addition_step(t, sa);
  zi = t.Z.inverse();
  EXPECT_EQ(G2Affine(t.X * zi, t.Y * zi), (q.dbl() + s).to_affine());
}

TEST(Pairing, final_exponentiation_equals_power_by_p12_minus_1_over_r) {
  std::mt19937_64 rng(22);
  mpz_class p = test::fq_modulus(), r = test::fr_modulus();
  mpz_class e = (p * p * p * p * p * p * p * p * p * p * p * p - 1) / r;
  std::vector<uint64_t> exponent = test::to_limbs(e);
  Fq12 f = Fq12::random(rng);
  EXPECT_EQ(final_exponentiation(f), f.pow(exponent));
}

TEST(Pairing, cyclotomic_exp_by_x_equals_power_by_x) {
  std::mt19937_64 rng(23);
  Fq12 f = Fq12::random(rng);
  f = f.conjugate() * f.inverse();
  f = f.frobenius_map(2) * f;  // into the cyclotomic subgroup
  EXPECT_EQ(detail::cyclotomic_exp_by_x(f), f.pow(std::span<const uint64_t>(&kBnX, 1)));
}

TEST(Pairing, pairing_is_bilinear) {
  std::mt19937_64 rng(24);
  G1Affine p = random_g1(rng).to_affine();
  G2Affine q = random_g2(rng).to_affine();
  Fq12 e = pairing(p, q);
  for (int i = 0; i < 3; ++i) {
    Fr a = Fr::random(rng), b = Fr::random(rng);
    G1Affine ap = (p.to_jacobian() * a).to_affine();
    G2Affine bq = (q.to_jacobian() * b).to_affine();
    EXPECT_EQ(pairing(ap, bq), pow_fr(e, a * b));
    EXPECT_EQ(pairing(ap, q), pairing(p, (q.to_jacobian() * a).to_affine()));
  }
  G1Affine p2 = random_g1(rng).to_affine();
  EXPECT_EQ(pairing((p.to_jacobian() + p2.to_jacobian()).to_affine(), q), e * pairing(p2, q));
}

TEST(Pairing, pairing_is_non_degenerate_and_has_order_r) {
  Fq12 e = pairing(G1Affine::generator(), G2Affine::generator());
  EXPECT_FALSE(e.is_one());
  EXPECT_TRUE(e.pow(std::span<const uint64_t>(Fr::modulus)).is_one());
  EXPECT_TRUE(pairing(G1Affine::identity(), G2Affine::generator()).is_one());
  EXPECT_TRUE(pairing(G1Affine::generator(), G2Affine::identity()).is_one());
  // e(-P, Q) = e(P, Q)^-1 = conjugate (GT is in the cyclotomic subgroup).
  EXPECT_EQ(pairing(-G1Affine::generator(), G2Affine::generator()), e.conjugate());
  EXPECT_EQ(e * e.conjugate(), Fq12::one());
}

TEST(Pairing, multi_pairing_equals_product_of_pairings) {
  std::mt19937_64 rng(25);
  std::vector<std::pair<G1Affine, G2Affine>> pairs;
  Fq12 product = Fq12::one();
  for (int i = 0; i < 4; ++i) {
    pairs.emplace_back(random_g1(rng).to_affine(), random_g2(rng).to_affine());
    product *= pairing(pairs.back().first, pairs.back().second);
  }
  pairs.emplace_back(G1Affine::identity(), G2Affine::generator());
  EXPECT_EQ(multi_pairing(pairs), product);
  EXPECT_FALSE(pairing_check(pairs));
  EXPECT_TRUE(pairing_check(std::span<const std::pair<G1Affine, G2Affine>>()));
}

TEST(Pairing, pairing_check_accepts_balanced_products) {
  std::mt19937_64 rng(26);
  Fr a = Fr::random(rng), b = Fr::random(rng);
  G1Jacobian g1 = G1Jacobian::generator();
  G2Jacobian g2 = G2Jacobian::generator();
  // e(aG1, bG2) e(-abG1, G2) = 1.
  std::vector<std::pair<G1Affine, G2Affine>> pairs = {{(g1 * a).to_affine(), (g2 * b).to_affine()},
                                                      {(g1 * (-(a * b))).to_affine(), g2.to_affine()}};
  EXPECT_TRUE(pairing_check(pairs));
  pairs[1].first = (g1 * (a * b)).to_affine();
  EXPECT_FALSE(pairing_check(pairs));
  // The same through prepared G2 points.
  std::vector<G1Affine> ps = {(g1 * a).to_affine(), (g1 * (-(a * b))).to_affine()};
  std::vector<G2Prepared> qs = {G2Prepared((g2 * b).to_affine()), G2Prepared(g2.to_affine())};
  EXPECT_TRUE(pairing_check(ps, qs));
  EXPECT_EQ(miller_loop(ps[0], qs[0]), miller_loop(ps[0], (g2 * b).to_affine()));
  qs.pop_back();
  EXPECT_THROW(multi_miller_loop(ps, qs), InputError);
}

}  // namespace
}  // namespace zkevm::ec
