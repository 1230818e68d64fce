#include "cpp/poly/domain.hpp"

#include <gtest/gtest.h>

#include "ntl_oracle.hpp"

namespace zkevm::poly {
namespace {

using test::naive_evaluate;
using test::random_values;

TEST(EvaluationDomain, sizes_and_generators) {
  EvaluationDomain domain(5, 2);
  EXPECT_EQ(domain.k(), 5u);
  EXPECT_EQ(domain.size(), 32u);
  EXPECT_EQ(domain.extended_k(), 7u);
  EXPECT_EQ(domain.extended_size(), 128u);
  EXPECT_EQ(domain.extension_log(), 2u);
  EXPECT_EQ(domain.coset_generator(), Fr::from_u64(7));
  EXPECT_EQ(domain.coset_generator() * domain.coset_generator_inv(), Fr::one());
  // omega_ext^(2^e) = omega: H is a subgroup of H_ext.
  EXPECT_EQ(domain.extended_omega().pow(4), domain.omega());
}

TEST(EvaluationDomain, rejects_domains_beyond_2_pow_28) {
  EXPECT_THROW(EvaluationDomain(29, 0), InputError);
  EXPECT_THROW(EvaluationDomain(26, 3), InputError);
  EXPECT_THROW(EvaluationDomain(1, 28), InputError);
}

TEST(EvaluationDomain, vanishing_on_coset_matches_direct_evaluation) {
  for (unsigned e : {0u, 1u, 3u}) {
    EvaluationDomain domain(4, e);
    const auto& values = domain.vanishing_on_coset();
    ASSERT_EQ(values.size(), std::size_t{1} << e);
    // Every point of the extended coset, not only the first 2^e, repeats the pattern.
    for (std::size_t i = 0; i < domain.extended_size(); ++i) {
      Fr x = domain.coset_generator() * domain.extended_omega().pow(i);
      Fr direct = x.pow(domain.size()) - Fr::one();
      ASSERT_EQ(values[i % values.size()], direct) << "e=" << e << " i=" << i;
      ASSERT_EQ(domain.vanishing_on_coset_inv()[i % values.size()] * direct, Fr::one());
      ASSERT_EQ(domain.vanishing_at(x), direct);
    }
  }
}

TEST(EvaluationDomain, lagrange_and_coeff_round_trip) {
  std::mt19937_64 rng(11);
  EvaluationDomain domain(10, 2);
  Polynomial<Coeff> p(random_values(domain.size(), rng));
  auto evaluations = domain.coeff_to_lagrange(p);
  for (std::size_t i : {0u, 1u, 77u, 1023u}) {
    EXPECT_EQ(evaluations[i], naive_evaluate(p.span(), domain.omega().pow(i))) << "i=" << i;
  }
  EXPECT_EQ(domain.lagrange_to_coeff(evaluations), p);
  // A shorter coefficient vector is padded.
  Polynomial<Coeff> short_p(random_values(100, rng));
  auto short_evaluations = domain.coeff_to_lagrange(short_p);
  EXPECT_EQ(short_evaluations[5], naive_evaluate(short_p.span(), domain.omega().pow(5)));
}

TEST(EvaluationDomain, extended_form_evaluates_on_the_coset) {
  std::mt19937_64 rng(12);
  EvaluationDomain domain(6, 3);
  Polynomial<Coeff> p(random_values(3 * domain.size(), rng));  // degree above n, below the extended size
  auto extended = domain.coeff_to_extended(p);
  ASSERT_EQ(extended.size(), domain.extended_size());
  for (std::size_t i = 0; i < extended.size(); i += 7) {
    Fr x = domain.coset_generator() * domain.extended_omega().pow(i);
    ASSERT_EQ(extended[i], naive_evaluate(p.span(), x)) << "i=" << i;
  }
  auto back = domain.extended_to_coeff(extended);
  p.values().resize(domain.extended_size());
  EXPECT_EQ(back, p);
}

// The quotient step: for p = Z_H * q, dividing p's coset evaluations by Z_H
// and interpolating gives back q exactly.
TEST(EvaluationDomain, divide_by_vanishing_on_coset_recovers_the_quotient) {
  std::mt19937_64 rng(13);
  EvaluationDomain domain(5, 2);
  const std::size_t n = domain.size();
  auto q = random_values(3 * n, rng);
  // p = q * (X^n - 1): p_i = q_{i-n} - q_i.
  Polynomial<Coeff> p(4 * n);
  for (std::size_t i = 0; i < q.size(); ++i) {
    p[i + n] += q[i];
    p[i] -= q[i];
  }
  auto extended = domain.coeff_to_extended(p);
  domain.divide_by_vanishing_on_coset(extended);
  auto quotient = domain.extended_to_coeff(extended);
  q.resize(domain.extended_size());
  EXPECT_EQ(quotient.values(), q);
}

TEST(EvaluationDomain, rotations_multiply_by_powers_of_omega) {
  EvaluationDomain domain(4, 1);
  const Fr z = Fr::from_u64(123456789);
  EXPECT_EQ(domain.rotate_omega(z, Rotation::cur()), z);
  EXPECT_EQ(domain.rotate_omega(z, Rotation::next()), z * domain.omega());
  EXPECT_EQ(domain.rotate_omega(z, Rotation::prev()), z * domain.omega_inv());
  EXPECT_EQ(domain.rotate_omega(z, Rotation{-17}), z * domain.omega_inv().pow(17));
  EXPECT_EQ(domain.rotate_omega(z, Rotation{35}), z * domain.omega().pow(35));
}

TEST(EvaluationDomain, conversions_reject_wrong_sizes) {
  EvaluationDomain domain(4, 1);
  EXPECT_THROW(domain.coeff_to_lagrange(Polynomial<Coeff>(17)), InputError);
  EXPECT_THROW(domain.lagrange_to_coeff(Polynomial<Lagrange>(15)), InputError);
  EXPECT_THROW(domain.coeff_to_extended(Polynomial<Coeff>(33)), InputError);
  EXPECT_THROW(domain.extended_to_coeff(Polynomial<ExtendedLagrange>(16)), InputError);
  Polynomial<ExtendedLagrange> wrong(31);
  EXPECT_THROW(domain.divide_by_vanishing_on_coset(wrong), InputError);
}

}  // namespace
}  // namespace zkevm::poly
