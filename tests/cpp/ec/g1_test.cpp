// G1 of BN254: group laws on random points, mixed and full addition agree,
// scalar multiplication against repeated addition and the group order, known
// generator multiples, batch normalisation, wNAF digits.
#include <gtest/gtest.h>

#include "cpp/ec/glv.hpp"
#include "ec_test_util.hpp"

namespace zkevm::ec {
namespace {

using test::rescaled;

G1Jacobian random_point(std::mt19937_64& rng) { return test::random_g1(rng); }

Fq fq(const char* decimal) { return Fq::from_string(decimal); }

TEST(G1, generator_is_on_curve_and_identity_is_neutral) {
  G1Jacobian g = G1Jacobian::generator();
  EXPECT_TRUE(g.is_on_curve());
  EXPECT_TRUE(G1Affine::generator().is_on_curve());
  EXPECT_TRUE(G1Jacobian::identity().is_on_curve());
  EXPECT_EQ(g + G1Jacobian::identity(), g);
  EXPECT_EQ(G1Jacobian::identity() + g, g);
  EXPECT_EQ(g.add_mixed(G1Affine::identity()), g);
  EXPECT_EQ(G1Jacobian::identity().add_mixed(G1Affine::generator()), g);
  EXPECT_TRUE(G1Jacobian().is_identity());
  EXPECT_TRUE(G1Affine().is_identity());
  EXPECT_FALSE(G1Affine(Fq::one(), Fq::one()).is_on_curve());
}

TEST(G1, group_laws_hold_on_random_points) {
  std::mt19937_64 rng(1);
  for (int i = 0; i < 20; ++i) {
    G1Jacobian a = random_point(rng), b = random_point(rng), c = random_point(rng);
    EXPECT_TRUE(a.is_on_curve());
    EXPECT_EQ((a + b) + c, a + (b + c));
    EXPECT_EQ(a + b, b + a);
    EXPECT_TRUE((a - a).is_identity());
    EXPECT_TRUE((a + (-a)).is_identity());
    EXPECT_EQ(a + a, a.dbl());
    EXPECT_EQ(rescaled(a, rng) + a, a.dbl());
    EXPECT_EQ(rescaled(a, rng), a);
    EXPECT_NE(a, b);
    EXPECT_TRUE((a + b).is_on_curve());
    EXPECT_TRUE(a.dbl().is_on_curve());
  }
}

TEST(G1, mixed_addition_matches_full_addition) {
  std::mt19937_64 rng(2);
  for (int i = 0; i < 20; ++i) {
    G1Jacobian a = rescaled(random_point(rng), rng), b = random_point(rng);
    G1Affine b_affine = b.to_affine();
    EXPECT_EQ(a.add_mixed(b_affine), a + b);
    EXPECT_EQ(a.add_mixed(a.to_affine()), a.dbl());            // doubling case
    EXPECT_TRUE(a.add_mixed((-a).to_affine()).is_identity());  // inverse case
  }
}

TEST(G1, to_affine_round_trips_and_batch_matches_single) {
  std::mt19937_64 rng(3);
  std::vector<G1Jacobian> points;
  for (int i = 0; i < 17; ++i) points.push_back(rescaled(random_point(rng), rng));
  points[5] = G1Jacobian::identity();
  points.push_back(G1Jacobian());
  std::vector<G1Affine> affine = batch_to_affine(points);
  ASSERT_EQ(affine.size(), points.size());
  for (size_t i = 0; i < points.size(); ++i) {
    EXPECT_EQ(affine[i], points[i].to_affine()) << i;
    EXPECT_EQ(affine[i].to_jacobian(), points[i]) << i;
    EXPECT_TRUE(affine[i].is_on_curve());
  }
  EXPECT_TRUE(affine[5].infinity);
  std::vector<G1Affine> too_small(3);
  EXPECT_THROW(batch_to_affine(points, too_small), InputError);
}

TEST(G1, scalar_multiplication_matches_repeated_addition) {
  std::mt19937_64 rng(4);
  G1Jacobian p = random_point(rng);
  G1Jacobian sum = G1Jacobian::identity();
  for (uint64_t k = 0; k < 70; ++k) {
    EXPECT_EQ(p * Fr::from_u64(k), sum) << k;
    EXPECT_EQ(p.mul(k), sum) << k;
    sum += p;
  }
}

TEST(G1, scalar_multiplication_is_a_homomorphism_of_fr) {
  std::mt19937_64 rng(5);
  G1Jacobian g = G1Jacobian::generator();
  for (int i = 0; i < 10; ++i) {
    Fr a = Fr::random(rng), b = Fr::random(rng);
    EXPECT_EQ(g * (a + b), g * a + g * b);
    EXPECT_EQ(g * (a * b), (g * a) * b);
    EXPECT_EQ(g * (-a), -(g * a));
  }
}

TEST(G1, generator_multiples_match_published_values) {
  G1Jacobian g = G1Jacobian::generator();
  // [2]G (e.g. the EIP-196 test "ecadd (1,2)+(1,2)").
  G1Affine two(fq("1368015179489954701390400359078579693043519447331113978918064868415326638035"),
               fq("9918110051302171585080402603319702774565515993150576347155970296011118125764"));
  EXPECT_EQ(g.dbl().to_affine(), two);
  EXPECT_EQ((g * Fr::from_u64(2)).to_affine(), two);
  // [r]G = O and [r-1]G = -G: r is the order of G.
  EXPECT_TRUE(g.mul(std::span<const uint64_t>(Fr::modulus)).is_identity());
  EXPECT_EQ(g * (-Fr::one()), -g);
  EXPECT_EQ((g * (-Fr::one())).to_affine(), G1Affine(Fq::one(), -Fq::from_u64(2)));
  EXPECT_FALSE(g.mul(std::span<const uint64_t>(Fr::p_minus_1)).is_identity());
}

TEST(G1, wnaf_digits_reconstruct_the_integer) {
  std::mt19937_64 rng(6);
  for (unsigned w = 2; w <= 7; ++w) {
    for (int i = 0; i < 20; ++i) {
      std::vector<uint64_t> k = {rng(), rng(), rng(), i == 0 ? ~uint64_t{0} : rng()};
      std::vector<int8_t> d = wnaf_digits(k, w);
      mpz_class expected = test::to_mpz(k), got = 0;
      for (size_t j = d.size(); j-- > 0;) got = got * 2 + d[j];
      EXPECT_EQ(got, expected);
      for (size_t j = 0; j < d.size(); ++j) {
        EXPECT_TRUE(d[j] == 0 || (d[j] % 2 != 0 && std::abs(d[j]) < (1 << (w - 1))));
        if (d[j] == 0) continue;
        for (size_t t = j + 1; t < std::min(d.size(), j + w); ++t) EXPECT_EQ(d[t], 0);
      }
    }
  }
  EXPECT_TRUE(wnaf_digits(std::vector<uint64_t>{0, 0}, 4).empty());
}

}  // namespace
}  // namespace zkevm::ec

namespace zkevm::ec {
namespace {

TEST(G1Glv, endomorphism_matches_lambda_and_lattice_is_correct) {
  const Fr& lambda = glv_lambda();
  EXPECT_TRUE((lambda.square() + lambda + Fr::one()).is_zero());
  EXPECT_TRUE((glv_beta().square() * glv_beta()).is_one());
  G1Affine g = G1Affine::generator();
  G1Affine phi_g(g.x * glv_beta(), g.y);
  EXPECT_EQ(G1Jacobian::generator().mul(std::span<const uint64_t>(lambda.to_canonical())).to_affine(), phi_g);
}

TEST(G1Glv, decomposition_recombines_with_small_halves) {
  std::mt19937_64 rng(7);
  std::vector<Fr> scalars = {Fr::zero(), Fr::one(), -Fr::one(), -Fr::from_u64(2), glv_lambda(), -glv_lambda()};
  for (int i = 0; i < 2000; ++i) scalars.push_back(Fr::random(rng));
  for (int i = 0; i < 256; i += 3) {  // powers of two and their neighbours
    ff::Limbs l{};
    l[i / 64] = uint64_t{1} << (i % 64);
    if (!ff::detail::geq(l, Fr::modulus)) scalars.push_back(Fr::from_canonical(l));
  }
  auto to_fr = [](const GlvHalf& h) {
    ff::Limbs l = {static_cast<uint64_t>(h.magnitude), static_cast<uint64_t>(h.magnitude >> 64), 0, 0};
    Fr v = Fr::from_canonical(l);
    return h.negative ? -v : v;
  };
  for (const Fr& k : scalars) {
    GlvDecomposition d = glv_decompose(k);
    EXPECT_LT(d.k1.magnitude >> 127, 1u);
    EXPECT_LT(d.k2.magnitude >> 127, 1u);
    EXPECT_EQ(to_fr(d.k1) + to_fr(d.k2) * glv_lambda(), k) << k.to_hex();
  }
}

TEST(G1Glv, glv_multiplication_matches_plain_wnaf) {
  std::mt19937_64 rng(8);
  G1Jacobian p = test::random_g1(rng);
  std::vector<Fr> scalars = {Fr::zero(), Fr::one(), -Fr::one(), glv_lambda(), Fr::from_u64(3)};
  for (int i = 0; i < 50; ++i) scalars.push_back(Fr::random(rng));
  for (const Fr& k : scalars) {
    EXPECT_EQ(p * k, p.mul(std::span<const uint64_t>(k.to_canonical()))) << k.to_hex();
  }
  EXPECT_TRUE((G1Jacobian::identity() * Fr::random(rng)).is_identity());
}

}  // namespace
}  // namespace zkevm::ec

namespace zkevm::ec {
namespace {

// Large inputs are normalised in parallel chunks, each with its own inversion.
TEST(G1, batch_to_affine_of_many_points_matches_single_conversions) {
  std::mt19937_64 rng(9);
  G1Jacobian p = test::random_g1(rng), step = test::random_g1(rng);
  std::vector<G1Jacobian> points(5000);
  for (size_t i = 0; i < points.size(); ++i) {
    points[i] = i % 97 == 0 ? G1Jacobian::identity() : p;
    p += step;
  }
  std::vector<G1Affine> affine = batch_to_affine(points);
  for (size_t i = 0; i < points.size(); i += 7) EXPECT_EQ(affine[i], points[i].to_affine()) << i;
  EXPECT_TRUE(affine[97].infinity);
}

}  // namespace
}  // namespace zkevm::ec
