// Fixed-base multiplication agrees with the variable-base one for G1 and G2,
// for every window size, on random and extreme scalars.
#include <gtest/gtest.h>

#include "cpp/ec/fixed_base.hpp"
#include "ec_test_util.hpp"

namespace zkevm::ec {
namespace {

std::vector<Fr> test_scalars(std::mt19937_64& rng, int random_count) {
  std::vector<Fr> scalars = {Fr::zero(), Fr::one(), -Fr::one(), Fr::from_u64(128), Fr::from_u64(129),
                             -Fr::from_u64(128), Fr::from_u64(255)};
  for (int i = 0; i < random_count; ++i) scalars.push_back(Fr::random(rng));
  return scalars;
}

TEST(FixedBase, g1_fixed_base_matches_variable_base_for_all_windows) {
  std::mt19937_64 rng(41);
  G1Jacobian base = test::random_g1(rng);
  for (unsigned w : {2u, 3u, 5u, 8u, 11u}) {
    FixedBaseTable<G1Params> table(base, w);
    for (const Fr& k : test_scalars(rng, 10)) EXPECT_EQ(table.mul(k), base * k) << "w=" << w << " k=" << k.to_hex();
  }
  EXPECT_THROW(FixedBaseTable<G1Params>(base, 1), InputError);
  EXPECT_THROW(FixedBaseTable<G1Params>(base, 13), InputError);
}

TEST(FixedBase, g2_fixed_base_matches_variable_base) {
  std::mt19937_64 rng(42);
  FixedBaseTable<G2Params> table(G2Jacobian::generator(), 6);
  for (const Fr& k : test_scalars(rng, 10)) EXPECT_EQ(table.mul(k), G2Jacobian::generator() * k);
}

TEST(FixedBase, batch_gives_the_affine_multiples) {
  std::mt19937_64 rng(43);
  FixedBaseTable<G1Params> table(G1Jacobian::generator());
  std::vector<Fr> scalars = test_scalars(rng, 600);
  std::vector<G1Affine> out = table.mul_batch(scalars);
  ASSERT_EQ(out.size(), scalars.size());
  for (size_t i = 0; i < scalars.size(); i += 5) EXPECT_EQ(out[i], (G1Jacobian::generator() * scalars[i]).to_affine());
  EXPECT_TRUE(out[0].infinity);
}

}  // namespace
}  // namespace zkevm::ec
