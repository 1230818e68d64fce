#pragma once
// 256-bit unsigned integers as four little-endian 64-bit limbs, and the
// constexpr helpers the field template needs to derive its Montgomery
// constants (R mod p, R^2 mod p, -p^-1 mod 2^64, exponents) from the modulus
// at compile time.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace zkevm::ff {

using Limbs = std::array<uint64_t, 4>;
using u128 = unsigned __int128;

namespace detail {

// a + b + carry; carry in and out is 0 or 1. On x86-64 the intrinsic lets GCC
// emit one adc (the __int128 form compiles to several instructions).
constexpr uint64_t addc(uint64_t a, uint64_t b, uint64_t& carry) {
#if defined(__x86_64__)
  if (!std::is_constant_evaluated()) {
    unsigned long long out;
    carry = _addcarry_u64(static_cast<unsigned char>(carry), a, b, &out);
    return out;
  }
#endif
  u128 s = static_cast<u128>(a) + b + carry;
  carry = static_cast<uint64_t>(s >> 64);
  return static_cast<uint64_t>(s);
}

// a - b - borrow; borrow in and out is 0 or 1.
constexpr uint64_t subb(uint64_t a, uint64_t b, uint64_t& borrow) {
#if defined(__x86_64__)
  if (!std::is_constant_evaluated()) {
    unsigned long long out;
    borrow = _subborrow_u64(static_cast<unsigned char>(borrow), a, b, &out);
    return out;
  }
#endif
  u128 d = static_cast<u128>(a) - b - borrow;
  borrow = static_cast<uint64_t>(d >> 64) & 1;
  return static_cast<uint64_t>(d);
}

// a + b * c + carry, returning the low word; carry becomes the high word (never overflows).
constexpr uint64_t mac(uint64_t a, uint64_t b, uint64_t c, uint64_t& carry) {
  u128 s = static_cast<u128>(b) * c + a + carry;
  carry = static_cast<uint64_t>(s >> 64);
  return static_cast<uint64_t>(s);
}

// a + b mod 2^256; carry receives the bit that falls off.
constexpr Limbs add(const Limbs& a, const Limbs& b, uint64_t& carry) {
  Limbs r{};
  carry = 0;
  for (int i = 0; i < 4; ++i) r[i] = addc(a[i], b[i], carry);
  return r;
}

// a - b mod 2^256; borrow is 1 when b > a.
constexpr Limbs sub(const Limbs& a, const Limbs& b, uint64_t& borrow) {
  Limbs r{};
  borrow = 0;
  for (int i = 0; i < 4; ++i) r[i] = subb(a[i], b[i], borrow);
  return r;
}

// True when a >= b as integers.
constexpr bool geq(const Limbs& a, const Limbs& b) {
  for (int i = 3; i >= 0; --i) {
    if (a[i] != b[i]) return a[i] > b[i];
  }
  return true;
}

constexpr bool is_zero(const Limbs& a) { return (a[0] | a[1] | a[2] | a[3]) == 0; }

// a >> n for 0 <= n < 256.
constexpr Limbs shr(const Limbs& a, unsigned n) {
  Limbs r{};
  unsigned words = n / 64, bits = n % 64;
  for (unsigned i = 0; i + words < 4; ++i) {
    r[i] = a[i + words] >> bits;
    if (bits != 0 && i + words + 1 < 4) r[i] |= a[i + words + 1] << (64 - bits);
  }
  return r;
}

// Bit i of a (0 = least significant).
constexpr bool bit(const Limbs& a, unsigned i) { return (a[i / 64] >> (i % 64)) & 1; }

// Number of significant bits of a (0 for a = 0).
constexpr unsigned bit_length(const Limbs& a) {
  for (int i = 3; i >= 0; --i) {
    if (a[i] != 0) return static_cast<unsigned>(64 * i + 64 - __builtin_clzll(a[i]));
  }
  return 0;
}

// Number of trailing zero bits of a nonzero a.
constexpr unsigned trailing_zeros(const Limbs& a) {
  for (unsigned i = 0; i < 4; ++i) {
    if (a[i] != 0) return 64 * i + static_cast<unsigned>(__builtin_ctzll(a[i]));
  }
  return 256;
}

// -p^-1 mod 2^64 for odd p0 (Newton iteration doubles the correct bits each step).
constexpr uint64_t neg_inverse_mod_2_64(uint64_t p0) {
  uint64_t inv = 1;
  for (int i = 0; i < 6; ++i) inv *= 2 - p0 * inv;
  return ~inv + 1;
}

// (a + b) mod p for a, b < p, any p < 2^256.
constexpr Limbs add_mod(const Limbs& a, const Limbs& b, const Limbs& p) {
  uint64_t carry = 0, borrow = 0;
  Limbs s = add(a, b, carry);
  Limbs d = sub(s, p, borrow);
  return (carry != 0 || borrow == 0) ? d : s;
}

// 2^e mod p, by doubling (compile-time only: e is at most 512).
constexpr Limbs pow2_mod(unsigned e, const Limbs& p) {
  Limbs x{1, 0, 0, 0};
  for (unsigned i = 0; i < e; ++i) x = add_mod(x, x, p);
  return x;
}

// a mod p for any 256-bit a, by repeated subtraction (p > 2^250 for every
// modulus here, so at most a few dozen rounds).
constexpr Limbs reduce_once_loop(Limbs a, const Limbs& p) {
  while (geq(a, p)) {
    uint64_t borrow = 0;
    a = sub(a, p, borrow);
  }
  return a;
}

// a / d for a small nonzero divisor d (compile-time derivation of exponents like (p-1)/6).
constexpr Limbs div_small(const Limbs& a, uint64_t d) {
  Limbs q{};
  u128 rem = 0;
  for (int i = 3; i >= 0; --i) {
    u128 cur = (rem << 64) | a[i];
    q[i] = static_cast<uint64_t>(cur / d);
    rem = cur % d;
  }
  return q;
}

// Decimal digits of a, without leading zeros ("0" for zero).
std::string to_decimal(const Limbs& a);

// Hex digits of a: 64 digits when fixed_width, else minimal ("0" for zero). No prefix.
std::string to_hex_digits(const Limbs& a, bool fixed_width);

// Parses decimal or 0x-prefixed hex (digits only, no sign, no whitespace).
// Throws ParseError on anything else and InputError when the value needs more
// than 256 bits. `what` names the input in error messages.
Limbs parse_integer(std::string_view text, std::string_view what);

}  // namespace detail
}  // namespace zkevm::ff
