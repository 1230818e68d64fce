// Every Field operation on the four prime fields agrees with GMP (mpz) on
// edge values and random elements; the Montgomery kernels agree with GMP
// directly, for both backends.
#include <gtest/gtest.h>

#include "gmp_oracle.hpp"

namespace zkevm::ff {
namespace {

using test::modulus_mpz;
using test::to_mpz;
using test::value;

template <class F>
class FieldGmp : public ::testing::Test {};
using AllFields = ::testing::Types<Fr, Fq, Secp256k1Fp, Secp256k1Fn>;
TYPED_TEST_SUITE(FieldGmp, AllFields);

TYPED_TEST(FieldGmp, montgomery_constants_match_gmp) {
  using F = TypeParam;
  mpz_class p = modulus_mpz<F>(), two64 = mpz_class(1) << 64;
  EXPECT_EQ(to_mpz(F::r_mod_p), (mpz_class(1) << 256) % p);
  EXPECT_EQ(to_mpz(F::r2_mod_p), (mpz_class(1) << 512) % p);
  mpz_class check = (mpz_class(F::inv) * to_mpz(F::modulus) + 1) % two64;
  EXPECT_EQ(check, 0);
  EXPECT_EQ(F::bits, mpz_sizeinbase(p.get_mpz_t(), 2));
  mpz_class pm1 = p - 1;
  EXPECT_EQ(F::two_adicity, mpz_scan1(pm1.get_mpz_t(), 0));
}

// out = a * b * 2^-256 mod p, computed by GMP.
template <class F>
mpz_class mont_product(const Limbs& a, const Limbs& b) {
  mpz_class p = modulus_mpz<F>(), rinv;
  mpz_class r = mpz_class(1) << 256;
  mpz_invert(rinv.get_mpz_t(), r.get_mpz_t(), p.get_mpz_t());
  return to_mpz(a) * to_mpz(b) * rinv % p;
}

TYPED_TEST(FieldGmp, montgomery_kernels_match_gmp) {
  using F = TypeParam;
  auto values = test::test_values<F>(2000, 11);
  for (size_t i = 0; i < values.size(); ++i) {
    const Limbs& a = values[i].limbs;
    const Limbs& b = values[(i * 7 + 3) % values.size()].limbs;
    mpz_class expected = mont_product<F>(a, b);
    Limbs out{};
    detail::mont_mul_portable_full(out, a, b, F::modulus, F::inv);
    ASSERT_EQ(to_mpz(out), expected) << "full kernel, i=" << i;
    if constexpr (F::no_carry) {
      detail::mont_mul_portable(out, a, b, F::modulus, F::inv);
      ASSERT_EQ(to_mpz(out), expected) << "portable no-carry kernel, i=" << i;
#if ZKEVM_FF_HAVE_ADX
      detail::mont_mul_adx_for<F>(out, a, b);
      ASSERT_EQ(to_mpz(out), expected) << "mulx/adx kernel, i=" << i;
      detail::mont_sqr_adx_for<F>(out, a);
      ASSERT_EQ(to_mpz(out), mont_product<F>(a, a)) << "mulx/adx squaring kernel, i=" << i;
#endif
    }
  }
}

// The squaring kernel doubles the cross products (a carry into a seventh and
// eighth word) and adds the reduced low half to the unreduced high half (a sum
// up to 1.25p): limbs of all ones and values just below p drive every carry.
TYPED_TEST(FieldGmp, squaring_kernel_matches_gmp_on_carry_heavy_inputs) {
  using F = TypeParam;
  if constexpr (F::no_carry) {
    const uint64_t ones = ~uint64_t{0};
    const Limbs& p = F::modulus;
    std::vector<Limbs> inputs = {{p[0] - 1, p[1], p[2], p[3]}, {p[0] - 2, p[1], p[2], p[3]},
                                 {ones, ones, ones, p[3] - 1},  {ones, ones, ones, 0},
                                 {0, 0, 0, p[3] - 1},           {ones, 0, ones, p[3] - 1},
                                 {1, 0, 0, 0},                  {0, 0, 0, 0}};
    for (const Limbs& a : inputs) {
      ASSERT_FALSE(detail::geq(a, p));
      mpz_class expected = mont_product<F>(a, a);
      Limbs out{};
      F x = F::from_montgomery(a);
      ASSERT_EQ(to_mpz(x.square().limbs), expected) << "Field::square of " << to_mpz(a);
#if ZKEVM_FF_HAVE_ADX
      detail::mont_sqr_adx_for<F>(out, a);
      ASSERT_EQ(to_mpz(out), expected) << "mulx/adx squaring kernel on " << to_mpz(a);
#endif
    }
  }
}

TYPED_TEST(FieldGmp, arithmetic_matches_gmp) {
  using F = TypeParam;
  mpz_class p = modulus_mpz<F>();
  auto values = test::test_values<F>(200, 12);
  for (const F& a : values) {
    mpz_class x = value(a);
    EXPECT_EQ(value(-a), (p - x) % p);
    EXPECT_EQ(value(a.square()), x * x % p);
    EXPECT_EQ(value(a.dbl()), 2 * x % p);
    EXPECT_EQ(a.is_zero(), x == 0);
    EXPECT_EQ(a.is_one(), x == 1);
    for (const F& b : values) {
      mpz_class y = value(b);
      ASSERT_EQ(value(a + b), (x + y) % p);
      ASSERT_EQ(value(a - b), ((x - y) % p + p) % p);
      ASSERT_EQ(value(a * b), x * y % p);
      ASSERT_EQ(a == b, x == y);
    }
  }
}

TYPED_TEST(FieldGmp, compound_assignment_matches_binary_operators) {
  using F = TypeParam;
  auto values = test::test_values<F>(50, 13);
  for (size_t i = 0; i + 1 < values.size(); ++i) {
    F a = values[i], b = values[i + 1];
    F c = a;
    c += b;
    EXPECT_EQ(c, a + b);
    c = a;
    c -= b;
    EXPECT_EQ(c, a - b);
    c = a;
    c *= b;
    EXPECT_EQ(c, a * b);
  }
}

TYPED_TEST(FieldGmp, inverse_and_pow_match_gmp) {
  using F = TypeParam;
  mpz_class p = modulus_mpz<F>();
  auto values = test::test_values<F>(100, 14);
  std::mt19937_64 rng(15);
  for (const F& a : values) {
    mpz_class x = value(a);
    if (x != 0) {
      mpz_class expected;
      mpz_invert(expected.get_mpz_t(), x.get_mpz_t(), p.get_mpz_t());
      EXPECT_EQ(value(a.inverse()), expected);
      EXPECT_TRUE((a * a.inverse()).is_one());
    }
    Limbs e{rng(), rng(), rng(), rng()};
    mpz_class expected;
    mpz_class ez = to_mpz(e);
    mpz_powm(expected.get_mpz_t(), x.get_mpz_t(), ez.get_mpz_t(), p.get_mpz_t());
    EXPECT_EQ(value(a.pow(e)), expected);
    uint64_t small = rng() % 1000;
    mpz_powm_ui(expected.get_mpz_t(), x.get_mpz_t(), small, p.get_mpz_t());
    EXPECT_EQ(value(a.pow(small)), expected);
  }
  EXPECT_TRUE(F::zero().pow(uint64_t{0}).is_one());
}

TYPED_TEST(FieldGmp, inverse_of_zero_throws_input_error) {
  using F = TypeParam;
  EXPECT_THROW(F::zero().inverse(), InputError);
}

TYPED_TEST(FieldGmp, batch_inverse_matches_single_inverses_and_keeps_zeros) {
  using F = TypeParam;
  auto values = test::test_values<F>(64, 16);
  values.push_back(F::zero());
  values.insert(values.begin() + 5, F::zero());
  std::vector<F> inverted = values;
  batch_inverse(std::span<F>(inverted));
  for (size_t i = 0; i < values.size(); ++i) {
    if (values[i].is_zero()) {
      EXPECT_TRUE(inverted[i].is_zero());
    } else {
      EXPECT_EQ(inverted[i], values[i].inverse()) << i;
    }
  }
  std::vector<F> empty;
  batch_inverse(empty);
  std::vector<F> zeros(3);
  batch_inverse(zeros);
  for (const F& z : zeros) EXPECT_TRUE(z.is_zero());
}

TYPED_TEST(FieldGmp, conversions_from_integers_match_gmp) {
  using F = TypeParam;
  mpz_class p = modulus_mpz<F>();
  for (int64_t x : {int64_t{0}, int64_t{1}, int64_t{-1}, int64_t{42}, int64_t{-42}, INT64_MAX, INT64_MIN}) {
    mpz_class expected = mpz_class(std::to_string(x)) % p;
    if (expected < 0) expected += p;
    EXPECT_EQ(value(F::from_int(x)), expected) << x;
  }
  EXPECT_EQ(value(F::from_u64(UINT64_MAX)), mpz_class("18446744073709551615"));
  EXPECT_EQ(F::one(), F::from_u64(1));
  EXPECT_EQ(F::zero(), F::from_u64(0));
  EXPECT_EQ(value(F::from_montgomery(F::r_mod_p)), 1);
}

TYPED_TEST(FieldGmp, legendre_matches_gmp_and_sqrt_squares_back) {
  using F = TypeParam;
  mpz_class p = modulus_mpz<F>();
  auto values = test::test_values<F>(100, 17);
  int residues = 0, non_residues = 0;
  for (const F& a : values) {
    mpz_class x = value(a);
    int expected = mpz_legendre(x.get_mpz_t(), p.get_mpz_t());
    ASSERT_EQ(a.legendre(), expected);
    auto root = a.sqrt();
    if (expected == -1) {
      EXPECT_FALSE(root.has_value());
      ++non_residues;
    } else {
      ASSERT_TRUE(root.has_value());
      EXPECT_EQ(root->square(), a);
      ++residues;
    }
    // sqrt(a^2) is a or -a.
    auto back = a.square().sqrt();
    ASSERT_TRUE(back.has_value());
    EXPECT_TRUE(*back == a || *back == -a);
  }
  EXPECT_GT(residues, 20);
  EXPECT_GT(non_residues, 20);
}

TYPED_TEST(FieldGmp, random_is_canonical_and_varied) {
  using F = TypeParam;
  std::mt19937_64 rng(18);
  mpz_class p = modulus_mpz<F>();
  F prev = F::random(rng);
  int top_half = 0;
  for (int i = 0; i < 200; ++i) {
    F x = F::random(rng);
    EXPECT_NE(x, prev);
    EXPECT_LT(to_mpz(x.limbs), p);
    if (value(x) > p / 2) ++top_half;
    prev = x;
  }
  EXPECT_GT(top_half, 60);  // uniform: about half of them
  EXPECT_LT(top_half, 140);
}

TEST(FieldGmp, fr_root_of_unity_has_order_two_to_the_28) {
  Fr w = Fr::root_of_unity();
  Fr x = w;
  for (unsigned i = 0; i + 1 < Fr::two_adicity; ++i) x = x.square();
  EXPECT_EQ(x, -Fr::one());  // w^(2^27) = -1, so the order is exactly 2^28
  EXPECT_TRUE(x.square().is_one());
  EXPECT_EQ(Fr::multiplicative_generator(), Fr::from_u64(7));
  EXPECT_EQ(Fr::multiplicative_generator().legendre(), -1);
  EXPECT_EQ(Fr::two_adicity, 28u);
}

}  // namespace
}  // namespace zkevm::ff

namespace zkevm::ff {
namespace {

// Many more random products than the default suite, for both BN254 kernels
// and the full-carry kernel on secp256k1's p (label `slow`).
TEST(FieldGmpSlow, montgomery_kernels_match_gmp_on_many_random_inputs) {
  std::mt19937_64 rng(500);
  mpz_class p = test::modulus_mpz<Fr>(), q = test::modulus_mpz<Secp256k1Fp>();
  mpz_class r = mpz_class(1) << 256, rinv_p, rinv_q;
  mpz_invert(rinv_p.get_mpz_t(), r.get_mpz_t(), p.get_mpz_t());
  mpz_invert(rinv_q.get_mpz_t(), r.get_mpz_t(), q.get_mpz_t());
  for (int i = 0; i < 200000; ++i) {
    Fr a = Fr::random(rng), b = Fr::random(rng);
    mpz_class expected = test::to_mpz(a.limbs) * test::to_mpz(b.limbs) * rinv_p % p;
    Limbs out{};
    detail::mont_mul_portable(out, a.limbs, b.limbs, Fr::modulus, Fr::inv);
    ASSERT_EQ(test::to_mpz(out), expected) << i;
#if ZKEVM_FF_HAVE_ADX
    detail::mont_mul_adx_for<Fr>(out, a.limbs, b.limbs);
    ASSERT_EQ(test::to_mpz(out), expected) << i;
    detail::mont_sqr_adx_for<Fr>(out, a.limbs);
    ASSERT_EQ(test::to_mpz(out), test::to_mpz(a.limbs) * test::to_mpz(a.limbs) * rinv_p % p) << i;
#endif
    Secp256k1Fp c = Secp256k1Fp::random(rng), d = Secp256k1Fp::random(rng);
    detail::mont_mul_portable_full(out, c.limbs, d.limbs, Secp256k1Fp::modulus, Secp256k1Fp::inv);
    ASSERT_EQ(test::to_mpz(out), test::to_mpz(c.limbs) * test::to_mpz(d.limbs) * rinv_q % q) << i;
  }
}

}  // namespace
}  // namespace zkevm::ff
