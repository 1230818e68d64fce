// The divsteps inversion (inverse.hpp) against GMP's mpz_invert on the four
// prime fields: edge values, structured values (powers of two, runs of ones,
// values next to p), and many random ones; and Field::inverse() against
// Fermat's x^(p-2).
#include <gtest/gtest.h>

#include <stdexcept>

#include "cpp/ff/inverse.hpp"
#include "gmp_oracle.hpp"

namespace zkevm::ff {
namespace {

using test::from_mpz;
using test::modulus_mpz;
using test::to_mpz;
using test::value;

template <class F>
class Inverse : public ::testing::Test {};
using AllFields = ::testing::Types<Fr, Fq, Secp256k1Fp, Secp256k1Fn>;
TYPED_TEST_SUITE(Inverse, AllFields);

// Integers in [1, p) that stress the divsteps: tiny, powers of two, all-ones
// runs, single limbs, and the top of the range.
template <class F>
std::vector<mpz_class> structured_values() {
  const mpz_class p = modulus_mpz<F>();
  std::vector<mpz_class> out = {1, 2, 3, 5, p - 1, p - 2, p - 3, (p - 1) / 2, (p + 1) / 2};
  for (unsigned k = 1; k < F::bits; k += 7) {
    mpz_class two_k = mpz_class(1) << k;
    out.push_back(two_k % p);
    out.push_back((two_k - 1) % p);
    out.push_back(p - two_k % p);
  }
  for (const mpz_class& x : out) EXPECT_TRUE(x > 0 && x < p);
  return out;
}

mpz_class gmp_inverse(const mpz_class& x, const mpz_class& p) {
  mpz_class r;
  mpz_invert(r.get_mpz_t(), x.get_mpz_t(), p.get_mpz_t());
  return r;
}

TYPED_TEST(Inverse, mod_inverse_matches_gmp_on_structured_values) {
  using F = TypeParam;
  const mpz_class p = modulus_mpz<F>();
  for (const mpz_class& x : structured_values<F>()) {
    ASSERT_EQ(to_mpz(detail::mod_inverse(from_mpz(x), F::modulus, F::inv)), gmp_inverse(x, p)) << x.get_str(16);
  }
}

TYPED_TEST(Inverse, mod_inverse_matches_gmp_on_random_values) {
  using F = TypeParam;
  const mpz_class p = modulus_mpz<F>();
  gmp_randclass rng(gmp_randinit_default);
  rng.seed(21);
  for (int i = 0; i < 20000; ++i) {
    mpz_class x = rng.get_z_range(p - 1) + 1;  // [1, p)
    ASSERT_EQ(to_mpz(detail::mod_inverse(from_mpz(x), F::modulus, F::inv)), gmp_inverse(x, p)) << x.get_str(16);
  }
}

TYPED_TEST(Inverse, field_inverse_matches_fermat_and_gmp) {
  using F = TypeParam;
  const mpz_class p = modulus_mpz<F>();
  for (const F& a : test::test_values<F>(500, 22)) {
    if (a.is_zero()) continue;
    const F inv = a.inverse();
    ASSERT_EQ(inv, a.inverse_fermat()) << a.to_hex();
    ASSERT_EQ(value(inv), gmp_inverse(value(a), p)) << a.to_hex();
    ASSERT_TRUE((a * inv).is_one());
  }
  EXPECT_TRUE(F::one().inverse().is_one());
  EXPECT_EQ((-F::one()).inverse(), -F::one());
}

TYPED_TEST(Inverse, zero_has_no_inverse) {
  using F = TypeParam;
  EXPECT_THROW(F::zero().inverse(), InputError);
  EXPECT_THROW(F::zero().inverse_fermat(), InputError);
}

}  // namespace
}  // namespace zkevm::ff
