// sqrt, legendre and inverse of many random elements, with every field
// operation reached through out-of-line functions and a runtime-initialised
// function-local static: the contexts in which an inline-asm kernel with wrong
// constraints was seen to miscompile (a cached constant came out wrong in the
// Python extension while directly tested multiplications were right).
#include <gtest/gtest.h>

#include <random>

#include "gmp_oracle.hpp"

namespace zkevm::ff {
namespace {

using test::modulus_mpz;
using test::value;

// Out-of-line entry points, called through volatile function pointers so the
// compiler cannot inline them or propagate constants into them.
template <class F>
[[gnu::noinline]] std::optional<F> sqrt_of(const F& x) {
  return x.sqrt();
}
template <class F>
[[gnu::noinline]] int legendre_of(const F& x) {
  return x.legendre();
}
template <class F>
[[gnu::noinline]] F inverse_of(const F& x) {
  return x.inverse();
}
template <class F>
[[gnu::noinline]] F square_of(const F& x) {
  return x * x;
}

// The smallest non-residue, found at run time and cached on first use.
template <class F>
[[gnu::noinline]] const F& cached_non_residue() {
  static const F z = [] {
    F k = F::from_u64(2);
    while (k.legendre() != -1) k += F::one();
    return k;
  }();
  return z;
}

template <class F>
class FieldContext : public ::testing::Test {};
using BnFields = ::testing::Types<Fr, Fq>;
TYPED_TEST_SUITE(FieldContext, BnFields);

TYPED_TEST(FieldContext, sqrt_legendre_inverse_of_random_squares_out_of_line) {
  using F = TypeParam;
  std::optional<F> (*volatile sqrt_fn)(const F&) = &sqrt_of<F>;
  int (*volatile legendre_fn)(const F&) = &legendre_of<F>;
  F (*volatile inverse_fn)(const F&) = &inverse_of<F>;
  F (*volatile square_fn)(const F&) = &square_of<F>;
  mpz_class p = modulus_mpz<F>();
  std::mt19937_64 rng(77);
  for (int i = 0; i < 300; ++i) {
    F x = F::random(rng);
    if (x.is_zero()) continue;
    F sq = square_fn(x);
    ASSERT_EQ(value(sq), value(x) * value(x) % p) << i;
    std::optional<F> root = sqrt_fn(sq);
    ASSERT_TRUE(root.has_value()) << "sqrt of a square returned none, i=" << i;
    ASSERT_TRUE(*root == x || *root == -x) << i;
    ASSERT_EQ(legendre_fn(sq), 1) << i;
    F inv = inverse_fn(sq);
    mpz_class expected;
    mpz_class s = value(sq);
    mpz_invert(expected.get_mpz_t(), s.get_mpz_t(), p.get_mpz_t());
    ASSERT_EQ(value(inv), expected) << i;
  }
}

TYPED_TEST(FieldContext, non_squares_have_no_root_and_cached_constant_is_right) {
  using F = TypeParam;
  std::optional<F> (*volatile sqrt_fn)(const F&) = &sqrt_of<F>;
  int (*volatile legendre_fn)(const F&) = &legendre_of<F>;
  mpz_class p = modulus_mpz<F>();
  const F& z = cached_non_residue<F>();
  // GMP's Legendre symbol for the cached value, and minimality of it.
  mpz_class zv = value(z);
  ASSERT_EQ(mpz_legendre(zv.get_mpz_t(), p.get_mpz_t()), -1);
  for (mpz_class k = 2; k < zv; ++k) ASSERT_EQ(mpz_legendre(k.get_mpz_t(), p.get_mpz_t()), 1) << k.get_str();
  std::mt19937_64 rng(78);
  for (int i = 0; i < 200; ++i) {
    F x = F::random(rng);
    if (x.is_zero()) continue;
    F non_square = x * x * cached_non_residue<F>();
    ASSERT_FALSE(sqrt_fn(non_square).has_value()) << i;
    ASSERT_EQ(legendre_fn(non_square), -1) << i;
  }
}

}  // namespace
}  // namespace zkevm::ff
