// U256 against GMP on random operands: every EVM arithmetic operation.
#include <gmp.h>
#include <gtest/gtest.h>

#include <random>

#include "cpp/evm/u256.hpp"
#include "cpp/util/error.hpp"

namespace zkevm::evm {
namespace {

struct Mpz {
  mpz_t v;
  Mpz() { mpz_init(v); }
  explicit Mpz(const U256& x) {
    mpz_init(v);
    auto b = x.to_be_bytes();
    mpz_import(v, 32, 1, 1, 1, 0, b.data());
  }
  ~Mpz() { mpz_clear(v); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
};

// The value of m mod 2^256 as a U256.
U256 to_u256(const Mpz& m) {
  Mpz t;
  mpz_fdiv_r_2exp(t.v, m.v, 256);
  uint8_t buf[32] = {};
  size_t count = 0;
  uint8_t tmp[64];
  mpz_export(tmp, &count, 1, 1, 1, 0, t.v);
  std::copy(tmp, tmp + count, buf + 32 - count);
  return U256::load_be32(buf);
}

// Signed value of a two's complement word.
void to_signed(Mpz& out, const U256& x) {
  Mpz m(x);
  mpz_set(out.v, m.v);
  if (x.is_negative()) {
    Mpz p;
    mpz_ui_pow_ui(p.v, 2, 256);
    mpz_sub(out.v, out.v, p.v);
  }
}

class U256Random : public ::testing::Test {
 protected:
  std::mt19937_64 rng{12345};
  // Mixed sizes and special values so every code path (64-bit divisors, zero, max) is hit.
  U256 random() {
    switch (rng() % 8) {
      case 0: return U256(rng() % 4);
      case 1: return U256(rng());
      case 2: return U256(rng(), rng(), 0, 0);
      case 3: return U256::max() - U256(rng() % 3);
      case 4: return shl(U256(1), rng() % 256);
      default: return U256(rng(), rng(), rng(), rng());
    }
  }
};

TEST_F(U256Random, add_sub_mul_match_gmp_mod_2_256) {
  for (int i = 0; i < 5000; ++i) {
    U256 a = random(), b = random();
    Mpz ma(a), mb(b), r;
    mpz_add(r.v, ma.v, mb.v);
    EXPECT_EQ(a + b, to_u256(r));
    mpz_sub(r.v, ma.v, mb.v);
    EXPECT_EQ(a - b, to_u256(r));
    mpz_mul(r.v, ma.v, mb.v);
    EXPECT_EQ(a * b, to_u256(r));
  }
}

TEST_F(U256Random, div_mod_match_gmp_and_zero_divisor_gives_zero) {
  for (int i = 0; i < 5000; ++i) {
    U256 a = random(), b = random();
    if (b.is_zero()) {
      EXPECT_EQ(a / b, U256());
      EXPECT_EQ(a % b, U256());
      continue;
    }
    Mpz ma(a), mb(b), q, r;
    mpz_tdiv_qr(q.v, r.v, ma.v, mb.v);
    EXPECT_EQ(a / b, to_u256(q));
    EXPECT_EQ(a % b, to_u256(r));
  }
}

TEST_F(U256Random, sdiv_smod_truncate_toward_zero) {
  for (int i = 0; i < 5000; ++i) {
    U256 a = random(), b = random();
    if (rng() % 2) a = -a;
    if (b.is_zero()) {
      EXPECT_EQ(sdiv(a, b), U256());
      EXPECT_EQ(smod(a, b), U256());
      continue;
    }
    Mpz sa, sb, q, r;
    to_signed(sa, a);
    to_signed(sb, b);
    mpz_tdiv_qr(q.v, r.v, sa.v, sb.v);
    EXPECT_EQ(sdiv(a, b), to_u256(q));
    EXPECT_EQ(smod(a, b), to_u256(r));
  }
  U256 min = shl(U256(1), 255);
  EXPECT_EQ(sdiv(min, U256::max()), min);  // -2^255 / -1 overflows back to -2^255
}

TEST_F(U256Random, addmod_mulmod_use_full_width_intermediates) {
  for (int i = 0; i < 3000; ++i) {
    U256 a = random(), b = random(), m = random();
    if (m.is_zero()) {
      EXPECT_EQ(addmod(a, b, m), U256());
      EXPECT_EQ(mulmod(a, b, m), U256());
      continue;
    }
    Mpz ma(a), mb(b), mm(m), r;
    mpz_add(r.v, ma.v, mb.v);
    mpz_mod(r.v, r.v, mm.v);
    EXPECT_EQ(addmod(a, b, m), to_u256(r));
    mpz_mul(r.v, ma.v, mb.v);
    mpz_mod(r.v, r.v, mm.v);
    EXPECT_EQ(mulmod(a, b, m), to_u256(r));
  }
}

TEST_F(U256Random, exp_matches_gmp_powm) {
  Mpz modulus;
  mpz_ui_pow_ui(modulus.v, 2, 256);
  for (int i = 0; i < 1000; ++i) {
    U256 a = random(), e = random();
    Mpz ma(a), me(e), r;
    mpz_powm(r.v, ma.v, me.v, modulus.v);
    EXPECT_EQ(exp(a, e), to_u256(r));
  }
}

TEST_F(U256Random, shifts_match_gmp) {
  for (int i = 0; i < 3000; ++i) {
    U256 a = random();
    unsigned s = rng() % 300;
    Mpz ma(a), r, sa;
    mpz_mul_2exp(r.v, ma.v, s);
    EXPECT_EQ(shl(a, s), s >= 256 ? U256() : to_u256(r));
    mpz_fdiv_q_2exp(r.v, ma.v, s);
    EXPECT_EQ(shr(a, s), to_u256(r));
    to_signed(sa, a);
    mpz_fdiv_q_2exp(r.v, sa.v, s);  // floor division is the arithmetic shift
    EXPECT_EQ(sar(a, s), to_u256(r));
  }
}

TEST_F(U256Random, byte_and_signextend_follow_the_yellow_paper) {
  U256 x = U256::from_string("0x0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20");
  for (unsigned i = 0; i < 32; ++i) EXPECT_EQ(byte_at(U256(i), x), U256(i + 1));
  EXPECT_EQ(byte_at(U256(32), x), U256());
  EXPECT_EQ(signextend(U256(0), U256(0xff)), U256::max());
  EXPECT_EQ(signextend(U256(0), U256(0x7f)), U256(0x7f));
  EXPECT_EQ(signextend(U256(1), U256(0x8000)), U256::max() - U256(0x7fff));
  EXPECT_EQ(signextend(U256(31), x), x);
  for (int i = 0; i < 2000; ++i) {
    U256 v = random();
    unsigned b = rng() % 31;
    Mpz mv(v), low, sign;
    mpz_fdiv_r_2exp(low.v, mv.v, 8 * b + 8);
    if (mpz_tstbit(low.v, 8 * b + 7)) {
      mpz_ui_pow_ui(sign.v, 2, 8 * b + 8);
      mpz_sub(low.v, low.v, sign.v);
    }
    EXPECT_EQ(signextend(U256(b), v), to_u256(low));
  }
}

TEST(U256, parses_and_prints_hex_and_decimal) {
  U256 v = U256::from_string("0x00ff");
  EXPECT_EQ(v, U256(255));
  EXPECT_EQ(v.to_hex(), "0xff");
  EXPECT_EQ(U256().to_hex(), "0x0");
  EXPECT_EQ(U256::from_string("123456789012345678901234567890").to_dec(), "123456789012345678901234567890");
  EXPECT_EQ(U256::max().to_dec(),
            "115792089237316195423570985008687907853269984665640564039457584007913129639935");
  EXPECT_THROW(U256::from_string("0x1" + std::string(64, '0')), ParseError);
  EXPECT_THROW(U256::from_string("12a"), ParseError);
  EXPECT_THROW(U256::from_string(""), ParseError);
}

}  // namespace
}  // namespace zkevm::evm
