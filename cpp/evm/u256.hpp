#pragma once
// U256: the EVM word, four 64-bit limbs little-endian (w[0] least
// significant), with every EVM arithmetic operation. Trivially copyable, 32
// bytes; operations are inline so the interpreter's hot loop has no calls.
#include <array>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>

namespace zkevm::evm {

struct U256 {
  uint64_t w[4] = {0, 0, 0, 0};

  constexpr U256() = default;
  constexpr U256(uint64_t v) : w{v, 0, 0, 0} {}  // NOLINT: implicit from small integers is the point
  constexpr U256(uint64_t w0, uint64_t w1, uint64_t w2, uint64_t w3) : w{w0, w1, w2, w3} {}

  static constexpr U256 max() { return U256(~0ULL, ~0ULL, ~0ULL, ~0ULL); }

  constexpr bool is_zero() const { return (w[0] | w[1] | w[2] | w[3]) == 0; }
  constexpr bool fits_u64() const { return (w[1] | w[2] | w[3]) == 0; }
  constexpr bool is_negative() const { return (w[3] >> 63) != 0; }
  constexpr explicit operator bool() const { return !is_zero(); }
  // Number of significant bits (0 for zero).
  constexpr unsigned bit_length() const {
    for (int i = 3; i >= 0; --i)
      if (w[i]) return 64 * i + 64 - __builtin_clzll(w[i]);
    return 0;
  }
  constexpr bool bit(unsigned i) const { return (w[i / 64] >> (i % 64)) & 1; }

  friend constexpr bool operator==(const U256& a, const U256& b) {
    return a.w[0] == b.w[0] && a.w[1] == b.w[1] && a.w[2] == b.w[2] && a.w[3] == b.w[3];
  }
  friend constexpr bool operator<(const U256& a, const U256& b) {
    for (int i = 3; i >= 0; --i)
      if (a.w[i] != b.w[i]) return a.w[i] < b.w[i];
    return false;
  }
  friend constexpr bool operator>(const U256& a, const U256& b) { return b < a; }
  friend constexpr bool operator<=(const U256& a, const U256& b) { return !(b < a); }
  friend constexpr bool operator>=(const U256& a, const U256& b) { return !(a < b); }

  // Big-endian 32-byte encoding (the EVM's memory and storage layout).
  std::array<uint8_t, 32> to_be_bytes() const {
    std::array<uint8_t, 32> out;
    for (int i = 0; i < 4; ++i) {
      uint64_t v = __builtin_bswap64(w[3 - i]);
      std::memcpy(out.data() + 8 * i, &v, 8);
    }
    return out;
  }
  void store_be(uint8_t* out) const {
    for (int i = 0; i < 4; ++i) {
      uint64_t v = __builtin_bswap64(w[3 - i]);
      std::memcpy(out + 8 * i, &v, 8);
    }
  }
  static U256 load_be32(const uint8_t* in) {
    U256 r;
    for (int i = 0; i < 4; ++i) {
      uint64_t v;
      std::memcpy(&v, in + 8 * i, 8);
      r.w[3 - i] = __builtin_bswap64(v);
    }
    return r;
  }
  // Value of up to 32 big-endian bytes (shorter input is left-padded).
  static U256 from_be(std::span<const uint8_t> bytes) {
    uint8_t buf[32] = {};
    std::size_t n = bytes.size() > 32 ? 32 : bytes.size();
    if (n > 0) std::memcpy(buf + 32 - n, bytes.data() + bytes.size() - n, n);  // data() may be null when empty
    return load_be32(buf);
  }
  // Minimal big-endian bytes (empty for zero), as RLP encodes integers.
  std::string to_minimal_be() const {
    auto b = to_be_bytes();
    std::size_t i = 0;
    while (i < 32 && b[i] == 0) ++i;
    return std::string(reinterpret_cast<const char*>(b.data() + i), 32 - i);
  }
  // "0x" followed by hex digits without leading zeros ("0x0" for zero).
  std::string to_hex() const;
  // Decimal digits.
  std::string to_dec() const;
  // Parses 0x-hex (leading zeros allowed) or decimal; throws ParseError naming `what`.
  static U256 from_string(std::string_view text, std::string_view what = "number");
};

// ---- arithmetic modulo 2^256 ----

inline U256 operator+(const U256& a, const U256& b) {
  U256 r;
  unsigned __int128 carry = 0;
  for (int i = 0; i < 4; ++i) {
    carry += static_cast<unsigned __int128>(a.w[i]) + b.w[i];
    r.w[i] = static_cast<uint64_t>(carry);
    carry >>= 64;
  }
  return r;
}

// a + b, reporting the carry out of bit 255.
inline U256 add_with_carry(const U256& a, const U256& b, bool& carry_out) {
  U256 r;
  unsigned __int128 carry = 0;
  for (int i = 0; i < 4; ++i) {
    carry += static_cast<unsigned __int128>(a.w[i]) + b.w[i];
    r.w[i] = static_cast<uint64_t>(carry);
    carry >>= 64;
  }
  carry_out = carry != 0;
  return r;
}

inline U256 operator-(const U256& a, const U256& b) {
  U256 r;
  uint64_t borrow = 0;
  for (int i = 0; i < 4; ++i) {
    uint64_t d = a.w[i] - b.w[i];
    uint64_t b1 = a.w[i] < b.w[i];
    r.w[i] = d - borrow;
    borrow = b1 | (d < borrow);
  }
  return r;
}

inline U256 operator-(const U256& a) { return U256() - a; }
inline U256 operator~(const U256& a) { return U256(~a.w[0], ~a.w[1], ~a.w[2], ~a.w[3]); }
inline U256 operator&(const U256& a, const U256& b) {
  return U256(a.w[0] & b.w[0], a.w[1] & b.w[1], a.w[2] & b.w[2], a.w[3] & b.w[3]);
}
inline U256 operator|(const U256& a, const U256& b) {
  return U256(a.w[0] | b.w[0], a.w[1] | b.w[1], a.w[2] | b.w[2], a.w[3] | b.w[3]);
}
inline U256 operator^(const U256& a, const U256& b) {
  return U256(a.w[0] ^ b.w[0], a.w[1] ^ b.w[1], a.w[2] ^ b.w[2], a.w[3] ^ b.w[3]);
}

// The full 512-bit product as 8 limbs, little-endian.
inline void mul_wide(const U256& a, const U256& b, uint64_t out[8]) {
  for (int i = 0; i < 8; ++i) out[i] = 0;
  for (int i = 0; i < 4; ++i) {
    unsigned __int128 carry = 0;
    for (int j = 0; j < 4; ++j) {
      carry += static_cast<unsigned __int128>(a.w[i]) * b.w[j] + out[i + j];
      out[i + j] = static_cast<uint64_t>(carry);
      carry >>= 64;
    }
    out[i + 4] = static_cast<uint64_t>(carry);
  }
}

inline U256 operator*(const U256& a, const U256& b) {
  U256 r;
  for (int i = 0; i < 4; ++i) {
    unsigned __int128 carry = 0;
    for (int j = 0; i + j < 4; ++j) {
      carry += static_cast<unsigned __int128>(a.w[i]) * b.w[j] + r.w[i + j];
      r.w[i + j] = static_cast<uint64_t>(carry);
      carry >>= 64;
    }
  }
  return r;
}

inline U256 shl(const U256& a, unsigned s) {
  if (s >= 256) return U256();
  U256 r;
  unsigned limbs = s / 64, bits = s % 64;
  for (int i = 3; i >= static_cast<int>(limbs); --i) {
    uint64_t v = a.w[i - limbs] << bits;
    if (bits && i - static_cast<int>(limbs) - 1 >= 0) v |= a.w[i - limbs - 1] >> (64 - bits);
    r.w[i] = v;
  }
  return r;
}

inline U256 shr(const U256& a, unsigned s) {
  if (s >= 256) return U256();
  U256 r;
  unsigned limbs = s / 64, bits = s % 64;
  for (unsigned i = 0; i + limbs < 4; ++i) {
    uint64_t v = a.w[i + limbs] >> bits;
    if (bits && i + limbs + 1 < 4) v |= a.w[i + limbs + 1] << (64 - bits);
    r.w[i] = v;
  }
  return r;
}

// Arithmetic right shift (SAR): the sign bit fills in.
inline U256 sar(const U256& a, unsigned s) {
  if (!a.is_negative()) return shr(a, s);
  if (s >= 256) return U256::max();
  return ~shr(~a, s);
}

// Quotient and remainder of little-endian limb numbers: num (n limbs) by a
// U256 divisor d != 0. Schoolbook shift-subtract over only the bits that
// matter, with a fast path for 64-bit divisors.
void divmod_limbs(const uint64_t* num, int n, const U256& d, uint64_t* quotient, U256& remainder);

inline void divmod(const U256& a, const U256& b, U256& q, U256& r) {
  if (b.is_zero()) {
    q = U256();
    r = U256();
    return;
  }
  if (a < b) {
    q = U256();
    r = a;
    return;
  }
  divmod_limbs(a.w, 4, b, q.w, r);
}

// EVM DIV / MOD: division by zero gives zero.
inline U256 operator/(const U256& a, const U256& b) {
  U256 q, r;
  divmod(a, b, q, r);
  return q;
}
inline U256 operator%(const U256& a, const U256& b) {
  U256 q, r;
  divmod(a, b, q, r);
  return r;
}

// SDIV: two's complement quotient truncated toward zero; x / 0 = 0, and
// -2^255 / -1 = -2^255 (the overflow wraps).
inline U256 sdiv(const U256& a, const U256& b) {
  bool na = a.is_negative(), nb = b.is_negative();
  U256 q = (na ? -a : a) / (nb ? -b : b);
  return na != nb ? -q : q;
}

// SMOD: the remainder takes the sign of the dividend; x % 0 = 0.
inline U256 smod(const U256& a, const U256& b) {
  bool na = a.is_negative();
  U256 r = (na ? -a : a) % (b.is_negative() ? -b : b);
  return na ? -r : r;
}

// (a + b) mod m with the 257-bit intermediate sum; 0 when m == 0.
inline U256 addmod(const U256& a, const U256& b, const U256& m) {
  if (m.is_zero()) return U256();
  bool carry;
  U256 s = add_with_carry(a, b, carry);
  uint64_t num[5] = {s.w[0], s.w[1], s.w[2], s.w[3], carry ? 1ULL : 0ULL};
  uint64_t q[5];
  U256 r;
  divmod_limbs(num, 5, m, q, r);
  return r;
}

// (a * b) mod m with the 512-bit intermediate product; 0 when m == 0.
inline U256 mulmod(const U256& a, const U256& b, const U256& m) {
  if (m.is_zero()) return U256();
  uint64_t p[8];
  mul_wide(a, b, p);
  uint64_t q[8];
  U256 r;
  divmod_limbs(p, 8, m, q, r);
  return r;
}

// base^exponent mod 2^256 by square-and-multiply.
inline U256 exp(U256 base, const U256& exponent) {
  U256 result(1);
  unsigned bits = exponent.bit_length();
  for (unsigned i = 0; i < bits; ++i) {
    if (exponent.bit(i)) result = result * base;
    base = base * base;
  }
  return result;
}

// SIGNEXTEND: extends the sign bit of byte b (0 = least significant) of x.
inline U256 signextend(const U256& b, const U256& x) {
  if (!b.fits_u64() || b.w[0] >= 31) return x;
  unsigned bit = static_cast<unsigned>(b.w[0]) * 8 + 7;
  U256 mask = shl(U256(1), bit + 1) - U256(1);
  return x.bit(bit) ? (x | ~mask) : (x & mask);
}

// BYTE: the i-th byte of x counting from the most significant; 0 if i >= 32.
inline U256 byte_at(const U256& i, const U256& x) {
  if (!i.fits_u64() || i.w[0] >= 32) return U256();
  unsigned k = 31 - static_cast<unsigned>(i.w[0]);
  return U256((x.w[k / 8] >> (8 * (k % 8))) & 0xFF);
}

inline bool slt(const U256& a, const U256& b) {
  bool na = a.is_negative(), nb = b.is_negative();
  if (na != nb) return na;
  return a < b;
}

}  // namespace zkevm::evm
