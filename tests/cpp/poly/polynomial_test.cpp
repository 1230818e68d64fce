#include "cpp/poly/polynomial.hpp"

#include <gtest/gtest.h>

#include <type_traits>

#include "ntl_oracle.hpp"

namespace zkevm::poly {
namespace {

using test::random_values;

static_assert(!std::is_convertible_v<Polynomial<Coeff>, Polynomial<Lagrange>>,
              "coefficient and Lagrange forms must not convert implicitly");

TEST(Polynomial, coefficient_sum_pads_the_shorter_operand) {
  std::mt19937_64 rng(31);
  Polynomial<Coeff> a(random_values(3, rng)), b(random_values(5, rng));
  auto sum = a + b;
  ASSERT_EQ(sum.size(), 5u);
  for (std::size_t i = 0; i < 5; ++i) EXPECT_EQ(sum[i], (i < 3 ? a[i] : Fr::zero()) + b[i]);
  auto diff = b - a;
  for (std::size_t i = 0; i < 5; ++i) EXPECT_EQ(diff[i], b[i] - (i < 3 ? a[i] : Fr::zero()));
}

TEST(Polynomial, scalar_and_pointwise_operations) {
  std::mt19937_64 rng(32);
  const std::size_t n = 40000;  // above the parallel chunk size
  Polynomial<Lagrange> a(random_values(n, rng)), b(random_values(n, rng));
  const Fr c = Fr::random(rng);
  auto scaled = c * a;
  auto product = a * b;
  auto combined = a;
  combined.add_scaled(c, b);
  auto negated = -a;
  for (std::size_t i = 0; i < n; i += 997) {
    ASSERT_EQ(scaled[i], c * a[i]);
    ASSERT_EQ(product[i], a[i] * b[i]);
    ASSERT_EQ(combined[i], a[i] + c * b[i]);
    ASSERT_EQ(negated[i] + a[i], Fr::zero());
  }
}

TEST(Polynomial, evaluation_forms_of_different_sizes_do_not_combine) {
  Polynomial<Lagrange> a(8), b(16);
  EXPECT_THROW(a += b, InputError);
  EXPECT_THROW(a * b, InputError);
  Polynomial<ExtendedLagrange> c(8), d(4);
  try {
    c -= d;
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("sizes 8 and 4"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace zkevm::poly
