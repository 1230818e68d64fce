#include "cpp/poly/ntt.hpp"

#include <gtest/gtest.h>

#include "ntl_oracle.hpp"
#include "cpp/util/parallel.hpp"

namespace zkevm::poly {
namespace {

using test::naive_evaluate;
using test::random_values;

TEST(NttPlan, root_of_unity_has_exact_order_2_pow_k) {
  for (unsigned k : {0u, 1u, 5u, 16u, 27u, 28u}) {
    Fr w = NttPlan::root_of_unity(k);
    for (unsigned i = 0; i < k; ++i) {
      EXPECT_FALSE(w.is_one()) << "k=" << k << ": omega^(2^" << i << ") = 1";
      w = w.square();
    }
    EXPECT_TRUE(w.is_one()) << "k=" << k;
  }
  EXPECT_THROW(NttPlan::root_of_unity(29), InputError);
}

TEST(NttPlan, plan_constants_are_consistent) {
  for (unsigned k : {0u, 1u, 5u, 12u}) {
    NttPlan plan(k);
    EXPECT_EQ(plan.omega(), NttPlan::root_of_unity(k));
    EXPECT_EQ(plan.omega() * plan.omega_inv(), Fr::one());
    EXPECT_EQ(plan.size_inv() * Fr::from_u64(plan.size()), Fr::one());
  }
}

TEST(NttPlan, omega_power_matches_pow) {
  NttPlan plan(6);
  for (std::size_t i = 0; i < 130; ++i) EXPECT_EQ(plan.omega_power(i), plan.omega().pow(i)) << "i=" << i;
}

TEST(NttPlan, forward_matches_naive_evaluation_at_powers_of_omega) {
  std::mt19937_64 rng(1);
  for (unsigned k = 0; k <= 14; ++k) {  // 2^13 and 2^14 take the blocked path
    auto plan = NttPlan::get(k);
    const std::size_t n = plan->size();
    auto coefficients = random_values(n, rng);
    auto values = coefficients;
    plan->forward(values);
    // Spot-check a few points on the large sizes, all on the small ones.
    const std::size_t step = n <= 64 ? 1 : n / 16 + 1;
    for (std::size_t i = 0; i < n; i += step) {
      ASSERT_EQ(values[i], naive_evaluate(coefficients, plan->omega().pow(i))) << "k=" << k << " i=" << i;
    }
    ASSERT_EQ(values[n - 1], naive_evaluate(coefficients, plan->omega_inv())) << "k=" << k;
  }
}

// NTT-based multiplication (pad to 2n, transform, multiply point-wise, invert)
// must equal NTL's ZZ_pX product.
TEST(NttPlan, multiplication_matches_ntl_up_to_2_pow_16) {
  test::init_ntl_modulus();
  std::mt19937_64 rng(2);
  for (unsigned k = 1; k <= 16; ++k) {
    const std::size_t n = std::size_t{1} << k;
    auto a = random_values(n / 2, rng);
    auto b = random_values(n / 2, rng);
    NTL::ZZ_pX expected;
    NTL::mul(expected, test::to_ntl(a), test::to_ntl(b));

    auto plan = NttPlan::get(k);
    a.resize(n);
    b.resize(n);
    plan->forward(a);
    plan->forward(b);
    for (std::size_t i = 0; i < n; ++i) a[i] *= b[i];
    plan->inverse(a);
    ASSERT_EQ(a, test::from_ntl(expected, n)) << "k=" << k;
  }
}

TEST(NttPlan, inverse_undoes_forward_on_every_thread_count) {
  std::mt19937_64 rng(3);
  for (int threads : {1, 3}) {
    set_thread_count(threads);
    for (unsigned k : {0u, 1u, 2u, 3u, 11u, 12u, 13u, 14u, 15u, 16u}) {
      auto plan = NttPlan::get(k);
      auto original = random_values(plan->size(), rng);
      auto values = original;
      plan->forward(values);
      plan->inverse(values);
      ASSERT_EQ(values, original) << "k=" << k << " threads=" << threads;
      plan->inverse(values);
      plan->forward(values);
      ASSERT_EQ(values, original) << "k=" << k << " threads=" << threads;
    }
  }
  set_thread_count(0);
}

TEST(NttPlan, threaded_forward_matches_single_thread) {
  std::mt19937_64 rng(4);
  auto plan = NttPlan::get(17);
  auto input = random_values(plan->size(), rng);
  set_thread_count(1);
  auto single = input;
  plan->forward(single);
  set_thread_count(4);
  auto threaded = input;
  plan->forward(threaded);
  set_thread_count(0);
  EXPECT_EQ(single, threaded);
}

TEST(NttPlan, bit_reversed_output_is_forward_permuted) {
  std::mt19937_64 rng(5);
  for (unsigned k : {3u, 10u, 14u}) {
    auto plan = NttPlan::get(k);
    auto values = random_values(plan->size(), rng);
    auto natural = values;
    plan->forward(natural);
    plan->forward_bit_reversed(values);
    bit_reverse_permute(values);
    EXPECT_EQ(values, natural) << "k=" << k;
  }
}

TEST(NttPlan, bit_reverse_permute_moves_index_to_its_reversal) {
  const std::size_t n = 16;
  std::vector<Fr> values(n);
  for (std::size_t i = 0; i < n; ++i) values[i] = Fr::from_u64(i);
  bit_reverse_permute(values);
  const std::size_t expected[16] = {0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15};
  for (std::size_t i = 0; i < n; ++i) EXPECT_EQ(values[i], Fr::from_u64(expected[i])) << "i=" << i;
  // Larger sizes take the tiled path; compare with the bit-by-bit reversal.
  for (unsigned bits : {8u, 9u, 10u, 13u}) {
    std::vector<Fr> large(std::size_t{1} << bits);
    for (std::size_t i = 0; i < large.size(); ++i) large[i] = Fr::from_u64(i);
    bit_reverse_permute(large);
    for (std::size_t i = 0; i < large.size(); ++i) {
      std::size_t r = 0;
      for (unsigned b = 0; b < bits; ++b) r |= ((i >> b) & 1) << (bits - 1 - b);
      ASSERT_EQ(large[i], Fr::from_u64(r)) << "bits=" << bits << " i=" << i;
    }
  }
  std::vector<Fr> odd(6);
  EXPECT_THROW(bit_reverse_permute(odd), InputError);
}

TEST(NttPlan, coset_forward_matches_evaluation_at_g_omega_i) {
  std::mt19937_64 rng(6);
  const Fr g = Fr::multiplicative_generator();
  for (unsigned k : {0u, 1u, 4u, 9u, 13u}) {
    auto plan = NttPlan::get(k);
    const std::size_t n = plan->size();
    auto coefficients = random_values(n, rng);
    auto values = coefficients;
    plan->coset_forward(values, g);
    const std::size_t step = n <= 64 ? 1 : n / 16 + 1;
    for (std::size_t i = 0; i < n; i += step) {
      ASSERT_EQ(values[i], naive_evaluate(coefficients, g * plan->omega().pow(i))) << "k=" << k << " i=" << i;
    }
    plan->coset_inverse(values, g);
    ASSERT_EQ(values, coefficients) << "k=" << k;
  }
}

TEST(NttPlan, rejects_wrong_sizes_and_zero_coset) {
  auto plan = NttPlan::get(4);
  std::vector<Fr> wrong(15);
  EXPECT_THROW(plan->forward(wrong), InputError);
  EXPECT_THROW(plan->inverse(wrong), InputError);
  EXPECT_THROW(plan->coset_forward(wrong, Fr::from_u64(7)), InputError);
  std::vector<Fr> right(16);
  EXPECT_THROW(plan->coset_inverse(right, Fr::zero()), InputError);
  EXPECT_THROW(NttPlan::get(29), InputError);
  try {
    NttPlan::get(30);
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("2^30"), std::string::npos) << e.what();
  }
}

TEST(NttPlan, cache_shares_one_plan_per_size) {
  EXPECT_EQ(NttPlan::get(8).get(), NttPlan::get(8).get());
  EXPECT_NE(NttPlan::get(8).get(), NttPlan::get(9).get());
}

TEST(Powers, match_repeated_multiplication) {
  const Fr base = Fr::from_u64(5), first = Fr::from_u64(3);
  set_thread_count(3);
  auto p = powers(base, 20000, first);
  set_thread_count(0);
  Fr expected = first;
  for (std::size_t i = 0; i < p.size(); ++i, expected *= base) ASSERT_EQ(p[i], expected) << "i=" << i;
}

}  // namespace
}  // namespace zkevm::poly
