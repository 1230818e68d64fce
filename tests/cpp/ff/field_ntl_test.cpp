// The prime fields against a second, independent oracle: NTL's ZZ_p, and the
// quadratic extension Fq2 against NTL's ZZ_pE = ZZ_p[X] / (X^2 + 1).
#include <gtest/gtest.h>
#include <NTL/ZZ.h>
#include <NTL/ZZ_p.h>
#include <NTL/ZZ_pE.h>
#include <NTL/ZZ_pX.h>

#include "cpp/ff/fq2.hpp"
#include "gmp_oracle.hpp"

namespace zkevm::ff {
namespace {

NTL::ZZ to_zz(const Limbs& a) {
  return NTL::ZZFromBytes(reinterpret_cast<const unsigned char*>(a.data()), 32);  // little-endian limbs
}

template <class F>
NTL::ZZ_p to_ntl(const F& x) {
  return NTL::conv<NTL::ZZ_p>(to_zz(x.to_canonical()));
}

template <class F>
class FieldNtl : public ::testing::Test {
 protected:
  void SetUp() override { NTL::ZZ_p::init(to_zz(F::modulus)); }
};
using AllFields = ::testing::Types<Fr, Fq, Secp256k1Fp, Secp256k1Fn>;
TYPED_TEST_SUITE(FieldNtl, AllFields);

TYPED_TEST(FieldNtl, arithmetic_matches_ntl_zz_p) {
  using F = TypeParam;
  auto values = test::test_values<F>(150, 300);
  for (size_t i = 0; i < values.size(); ++i) {
    const F& a = values[i];
    const F& b = values[(i * 13 + 5) % values.size()];
    NTL::ZZ_p x = to_ntl(a), y = to_ntl(b);
    ASSERT_EQ(to_ntl(a + b), x + y);
    ASSERT_EQ(to_ntl(a - b), x - y);
    ASSERT_EQ(to_ntl(a * b), x * y);
    ASSERT_EQ(to_ntl(-a), -x);
    ASSERT_EQ(to_ntl(a.square()), NTL::sqr(x));
    if (!a.is_zero()) {
      ASSERT_EQ(to_ntl(a.inverse()), NTL::inv(x));
    }
    NTL::ZZ e = to_zz(b.to_canonical());
    ASSERT_EQ(to_ntl(a.pow(b.to_canonical())), NTL::power(x, e));
  }
}

TEST(FieldNtl, fq2_matches_ntl_zz_pe) {
  NTL::ZZ_p::init(to_zz(Fq::modulus));
  NTL::ZZ_pX modulus;  // X^2 + 1
  NTL::SetCoeff(modulus, 2);
  NTL::SetCoeff(modulus, 0);
  NTL::ZZ_pE::init(modulus);
  auto to_pe = [](const Fq2& a) {
    NTL::ZZ_pX poly;
    NTL::SetCoeff(poly, 0, to_ntl(a.c0));
    NTL::SetCoeff(poly, 1, to_ntl(a.c1));
    return NTL::conv<NTL::ZZ_pE>(poly);
  };
  std::mt19937_64 rng(301);
  for (int i = 0; i < 100; ++i) {
    Fq2 a = Fq2::random(rng), b = Fq2::random(rng);
    NTL::ZZ_pE x = to_pe(a), y = to_pe(b);
    ASSERT_EQ(to_pe(a * b), x * y);
    ASSERT_EQ(to_pe(a + b), x + y);
    ASSERT_EQ(to_pe(a - b), x - y);
    ASSERT_EQ(to_pe(a.square()), NTL::sqr(x));
    ASSERT_EQ(to_pe(a.inverse()), NTL::inv(x));
    ASSERT_EQ(to_pe(a.frobenius_map(1)), NTL::power(x, to_zz(Fq::modulus)));
  }
}

}  // namespace
}  // namespace zkevm::ff
