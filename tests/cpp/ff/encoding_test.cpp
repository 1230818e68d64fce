// Byte and string encodings of field elements: round trips, agreement with
// GMP's view of the integer, and typed rejection of bad input.
#include <gtest/gtest.h>

#include <algorithm>

#include "gmp_oracle.hpp"

namespace zkevm::ff {
namespace {

using test::modulus_mpz;
using test::to_mpz;
using test::value;

template <class F>
class Encoding : public ::testing::Test {};
using AllFields = ::testing::Types<Fr, Fq, Secp256k1Fp, Secp256k1Fn>;
TYPED_TEST_SUITE(Encoding, AllFields);

// The canonical value's bytes, little-endian, as GMP exports them.
std::array<uint8_t, 32> gmp_bytes_le(const mpz_class& v) {
  std::array<uint8_t, 32> out{};
  size_t count = 0;
  mpz_export(out.data(), &count, -1, 1, 0, 0, v.get_mpz_t());
  return out;
}

TYPED_TEST(Encoding, bytes_round_trip_and_match_gmp) {
  using F = TypeParam;
  for (const F& a : test::test_values<F>(100, 200)) {
    auto le = a.to_bytes_le();
    auto be = a.to_bytes_be();
    EXPECT_EQ(le, gmp_bytes_le(value(a)));
    std::array<uint8_t, 32> reversed = le;
    std::reverse(reversed.begin(), reversed.end());
    EXPECT_EQ(be, reversed);
    EXPECT_EQ(F::from_bytes_le(le), a);
    EXPECT_EQ(F::from_bytes_be(be), a);
    EXPECT_EQ(F::from_canonical(a.to_canonical()), a);
  }
}

TYPED_TEST(Encoding, non_canonical_bytes_are_rejected) {
  using F = TypeParam;
  mpz_class p = modulus_mpz<F>();
  for (const mpz_class& bad : std::vector<mpz_class>{p, p + 1, (mpz_class(1) << 256) - 1}) {
    auto le = gmp_bytes_le(bad);
    try {
      F::from_bytes_le(le);
      FAIL() << "accepted " << bad.get_str(16);
    } catch (const EncodingError& e) {
      EXPECT_NE(std::string(e.what()).find("not canonical"), std::string::npos) << e.what();
    }
    std::reverse(le.begin(), le.end());
    EXPECT_THROW(F::from_bytes_be(le), EncodingError);
    EXPECT_THROW(F::from_canonical(test::from_mpz(bad)), EncodingError);
  }
}

TYPED_TEST(Encoding, wrong_lengths_are_rejected) {
  using F = TypeParam;
  for (size_t n : {0, 1, 31, 33, 64}) {
    std::vector<uint8_t> bytes(n, 0);
    EXPECT_THROW(F::from_bytes_le(bytes), EncodingError) << n;
    EXPECT_THROW(F::from_bytes_be(bytes), EncodingError) << n;
  }
  std::vector<uint8_t> too_wide(65, 1);
  EXPECT_THROW(F::from_bytes_le_reduce(too_wide), InputError);
}

TYPED_TEST(Encoding, wide_bytes_reduce_mod_p_like_gmp) {
  using F = TypeParam;
  mpz_class p = modulus_mpz<F>();
  std::mt19937_64 rng(201);
  for (size_t n : {0, 1, 16, 31, 32, 33, 48, 63, 64}) {
    for (int rep = 0; rep < 20; ++rep) {
      std::vector<uint8_t> bytes(n);
      for (auto& b : bytes) b = static_cast<uint8_t>(rep == 0 ? 0xff : rng());  // all-ones: near 2^(8n)
      mpz_class expected = 0;
      if (n > 0) mpz_import(expected.get_mpz_t(), n, -1, 1, 0, 0, bytes.data());
      expected %= p;
      EXPECT_EQ(value(F::from_bytes_le_reduce(bytes)), expected) << n;
    }
  }
}

TYPED_TEST(Encoding, strings_round_trip_and_match_gmp) {
  using F = TypeParam;
  for (const F& a : test::test_values<F>(50, 202)) {
    mpz_class v = value(a);
    EXPECT_EQ(a.to_string(), v.get_str(10));
    std::string hex = v.get_str(16);
    EXPECT_EQ(a.to_hex(), "0x" + std::string(64 - hex.size(), '0') + hex);
    EXPECT_EQ(a.to_hex(true), "0x" + hex);
    EXPECT_EQ(F::from_string(a.to_string()), a);
    EXPECT_EQ(F::from_string(a.to_hex()), a);
    EXPECT_EQ(F::from_string(a.to_hex(true)), a);
  }
  EXPECT_EQ(F::from_string("0X0aBc"), F::from_u64(0xabc));
  EXPECT_EQ(F::from_string("000123"), F::from_u64(123));
}

TYPED_TEST(Encoding, bad_strings_raise_typed_errors) {
  using F = TypeParam;
  for (const char* garbage : {"", "0x", "12a", "-5", " 5", "5 ", "0xg1", "1.5", "0b101", "+1"}) {
    EXPECT_THROW(F::from_string(garbage), ParseError) << "'" << garbage << "'";
  }
  mpz_class p = modulus_mpz<F>();
  EXPECT_THROW(F::from_string(p.get_str(10)), EncodingError);
  EXPECT_THROW(F::from_string("0x" + p.get_str(16)), EncodingError);
  mpz_class huge = mpz_class(1) << 300;
  EXPECT_THROW(F::from_string(huge.get_str(10)), InputError);
  try {
    F::from_string("12z4");
  } catch (const ParseError& e) {
    EXPECT_NE(std::string(e.what()).find("12z4"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace zkevm::ff
