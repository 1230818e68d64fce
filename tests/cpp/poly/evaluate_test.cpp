#include "cpp/poly/evaluate.hpp"

#include <gtest/gtest.h>

#include "cpp/poly/lagrange.hpp"
#include "cpp/util/parallel.hpp"
#include "ntl_oracle.hpp"

namespace zkevm::poly {
namespace {

using test::random_values;

TEST(Evaluate, horner_matches_ntl_on_every_thread_count) {
  test::init_ntl_modulus();
  std::mt19937_64 rng(21);
  for (int threads : {1, 2, 5}) {
    set_thread_count(threads);
    for (std::size_t n : {0u, 1u, 2u, 100u, 70000u}) {
      Polynomial<Coeff> p(random_values(n, rng));
      const Fr z = Fr::random(rng);
      ASSERT_EQ(evaluate(p, z), test::from_ntl(NTL::eval(test::to_ntl(p.span()), test::to_ntl(z))))
          << "n=" << n << " threads=" << threads;
    }
  }
  set_thread_count(0);
}

// q * (X - z) + r must rebuild p (the product by NTL), and r = p(z).
TEST(DivideByLinear, quotient_times_factor_plus_remainder_is_the_original) {
  test::init_ntl_modulus();
  std::mt19937_64 rng(22);
  for (std::size_t n : {1u, 2u, 3u, 64u, 1000u}) {
    Polynomial<Coeff> p(random_values(n, rng));
    const Fr z = Fr::random(rng);
    Fr remainder;
    auto q = divide_by_linear(p, z, &remainder);
    ASSERT_EQ(q.size(), n - 1);
    NTL::ZZ_pX factor;
    NTL::SetCoeff(factor, 1, 1);
    NTL::SetCoeff(factor, 0, -test::to_ntl(z));
    NTL::ZZ_pX rebuilt = test::to_ntl(q.span()) * factor + test::to_ntl(remainder);
    ASSERT_EQ(test::from_ntl(rebuilt, n), p.values()) << "n=" << n;
    ASSERT_EQ(remainder, evaluate(p, z));
  }
}

TEST(DivideByLinear, exact_when_z_is_a_root) {
  std::mt19937_64 rng(23);
  Polynomial<Coeff> p(random_values(50, rng));
  const Fr z = Fr::random(rng);
  p[0] -= evaluate(p, z);  // now p(z) = 0
  Fr remainder = Fr::one();
  divide_by_linear(p, z, &remainder);
  EXPECT_TRUE(remainder.is_zero());
  Fr empty_remainder = Fr::one();
  EXPECT_EQ(divide_by_linear(Polynomial<Coeff>(), z, &empty_remainder).size(), 0u);
  EXPECT_TRUE(empty_remainder.is_zero());
}

TEST(EvaluateLagrange, barycentric_matches_coefficient_evaluation) {
  std::mt19937_64 rng(24);
  for (int threads : {1, 3}) {
    set_thread_count(threads);
    for (unsigned k : {0u, 1u, 6u, 15u}) {
      EvaluationDomain domain(k, 1);
      Polynomial<Coeff> p(random_values(domain.size(), rng));
      auto evaluations = domain.coeff_to_lagrange(p);
      const Fr z = Fr::random(rng);
      ASSERT_EQ(evaluate_lagrange(domain, evaluations, z), evaluate(p, z)) << "k=" << k << " threads=" << threads;
      // Inside H the stored value comes back.
      const std::size_t i = domain.size() - 1 - domain.size() / 4;
      ASSERT_EQ(evaluate_lagrange(domain, evaluations, domain.omega().pow(i)), evaluations[i]) << "k=" << k;
    }
  }
  set_thread_count(0);
  EvaluationDomain domain(3, 0);
  EXPECT_THROW(evaluate_lagrange(domain, Polynomial<Lagrange>(7), Fr::one()), InputError);
}

// L_i is the interpolant of the i-th unit vector; compare against interpolating it.
TEST(LagrangeBasis, matches_interpolated_unit_vectors) {
  std::mt19937_64 rng(25);
  EvaluationDomain domain(5, 0);
  const std::vector<Rotation> rotations = {Rotation{0}, Rotation{1}, Rotation{-1}, Rotation{-3}, Rotation{31}};
  const Fr z = Fr::random(rng);
  auto basis = lagrange_basis_at(domain, z, rotations);
  ASSERT_EQ(basis.size(), rotations.size());
  for (std::size_t j = 0; j < rotations.size(); ++j) {
    const std::size_t row = static_cast<std::size_t>((rotations[j].value + 32) % 32);
    Polynomial<Lagrange> unit(domain.size());
    unit[row] = Fr::one();
    EXPECT_EQ(basis[j], evaluate(domain.lagrange_to_coeff(unit), z)) << "rotation " << rotations[j].value;
  }
  // At a point of H the basis is an indicator.
  auto at_omega = lagrange_basis_at(domain, domain.omega(), rotations);
  EXPECT_EQ(at_omega[0], Fr::zero());
  EXPECT_EQ(at_omega[1], Fr::one());
  EXPECT_EQ(at_omega[4], Fr::zero());
}

}  // namespace
}  // namespace zkevm::poly
