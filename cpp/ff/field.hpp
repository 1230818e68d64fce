#pragma once
// Field<Params>: a prime field GF(p) for an odd 4-limb modulus p, elements in
// Montgomery form (x stored as x * 2^256 mod p), always fully reduced, so two
// elements are equal exactly when their limbs are. Trivially copyable, 32 bytes.
//
// Params provides `static constexpr Limbs modulus` (little-endian limbs) and,
// for FFT-friendly fields, `static constexpr uint64_t generator` (a generator
// of the multiplicative group). Everything else (Montgomery constants, bit
// length, 2-adicity, exponents) is derived here from the modulus.
//
// Arithmetic backend, fixed at build time: moduli with a spare top bit use the
// mulx/adx assembly kernel when the compiler targets BMI2+ADX and
// ZKEVM_PORTABLE_ARITH is not defined, else the portable __int128 kernel;
// moduli with the top bit set (secp256k1) always use the portable full-carry
// kernel. See montgomery.hpp.
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <optional>
#include <random>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "cpp/ff/inverse.hpp"
#include "cpp/ff/limbs.hpp"
#include "cpp/ff/montgomery.hpp"
#include "cpp/util/error.hpp"

namespace zkevm::ff {

#if ZKEVM_FF_HAVE_ADX && !defined(ZKEVM_PORTABLE_ARITH)
#define ZKEVM_FF_USE_ADX 1
#else
#define ZKEVM_FF_USE_ADX 0
#endif

template <class Params>
class Field {
 public:
  // The element in Montgomery form: limbs = x * 2^256 mod p, little-endian.
  Limbs limbs{};

  static constexpr Limbs modulus = Params::modulus;
  static constexpr unsigned bits = detail::bit_length(modulus);
  // True when the fast kernels without a top carry word apply (p[3] < 2^63 - 1).
  static constexpr bool no_carry = detail::no_carry_modulus(modulus);
  // -p^-1 mod 2^64, the Montgomery reduction constant.
  static constexpr uint64_t inv = detail::neg_inverse_mod_2_64(modulus[0]);
  // R = 2^256 mod p (the Montgomery form of 1) and R^2 mod p (converts into Montgomery form).
  static constexpr Limbs r_mod_p = detail::pow2_mod(256, modulus);
  static constexpr Limbs r2_mod_p = detail::pow2_mod(512, modulus);
  // R^3 mod p: turns the plain inverse (xR)^-1 into the Montgomery form x^-1 R.
  static constexpr Limbs r3_mod_p = detail::pow2_mod(768, modulus);
  // Largest s with 2^s | p - 1.
  static constexpr unsigned two_adicity = detail::trailing_zeros({modulus[0] - 1, modulus[1], modulus[2], modulus[3]});

  static_assert(modulus[0] & 1, "modulus must be odd");
  static_assert(bits > 192, "the helpers assume a modulus of more than 192 bits");

  constexpr Field() = default;  // zero

  // 0 and 1.
  static constexpr Field zero() { return Field(); }
  static constexpr Field one() { return from_montgomery(r_mod_p); }

  // The element whose Montgomery representation is `mont` (no check; mont must be < p).
  static constexpr Field from_montgomery(const Limbs& mont) {
    Field f;
    f.limbs = mont;
    return f;
  }

  // x mod p.
  static Field from_u64(uint64_t x) { return from_canonical_unchecked({x, 0, 0, 0}); }

  // x mod p, negative x giving p - |x|.
  static Field from_int(int64_t x) {
    Field f = from_u64(x < 0 ? 0 - static_cast<uint64_t>(x) : static_cast<uint64_t>(x));
    return x < 0 ? -f : f;
  }

  // The element with canonical value `value`; throws EncodingError when value >= p.
  static Field from_canonical(const Limbs& value) {
    if (detail::geq(value, modulus)) {
      throw EncodingError("field element 0x" + detail::to_hex_digits(value, false) +
                          " is not canonical: it is >= the modulus 0x" + detail::to_hex_digits(modulus, false));
    }
    return from_canonical_unchecked(value);
  }

  // The canonical value (0 <= x < p) as little-endian limbs.
  Limbs to_canonical() const {
    Limbs out;
    mul_kernel(out, limbs, Limbs{1, 0, 0, 0});
    return out;
  }

  // --- arithmetic -----------------------------------------------------------

  // The arithmetic operators are always inlined: as calls (GCC's choice at -O3
  // for the assembly kernels' size) every operand and result went through
  // memory, and a G1 addition spent more time in calls than in arithmetic.
  // The operators compute into a local and build the result last: GCC 12 was
  // seen passing an operand's storage as the return slot (x = x * y), so a
  // result object written before the operands are read would clobber them.
  [[gnu::always_inline]] friend Field operator+(const Field& a, const Field& b) {
    Limbs out;
    detail::add_mod<detail::KernelConstants<Params>>(out, a.limbs, b.limbs);
    return from_montgomery(out);
  }

  [[gnu::always_inline]] friend Field operator-(const Field& a, const Field& b) {
    Limbs out;
    detail::sub_mod<detail::KernelConstants<Params>>(out, a.limbs, b.limbs);
    return from_montgomery(out);
  }

  [[gnu::always_inline]] friend Field operator*(const Field& a, const Field& b) {
    Limbs out;
    mul_kernel(out, a.limbs, b.limbs);
    return from_montgomery(out);
  }

  [[gnu::always_inline]] Field operator-() const { return zero() - *this; }

  [[gnu::always_inline]] Field& operator+=(const Field& o) { return *this = *this + o; }
  [[gnu::always_inline]] Field& operator-=(const Field& o) { return *this = *this - o; }
  [[gnu::always_inline]] Field& operator*=(const Field& o) { return *this = *this * o; }

  friend bool operator==(const Field& a, const Field& b) { return a.limbs == b.limbs; }
  friend bool operator!=(const Field& a, const Field& b) { return !(a == b); }

  // x^2.
  [[gnu::always_inline]] Field square() const {
    Limbs out;
    square_kernel(out, limbs);
    return from_montgomery(out);
  }
  // 2x.
  [[gnu::always_inline]] Field dbl() const { return *this + *this; }

  bool is_zero() const { return detail::is_zero(limbs); }
  bool is_one() const { return limbs == r_mod_p; }

  // x^e for a 256-bit exponent e (x^0 = 1, including 0^0).
  Field pow(const Limbs& e) const {
    Field result = one();
    for (int i = static_cast<int>(detail::bit_length(e)) - 1; i >= 0; --i) {
      result = result.square();
      if (detail::bit(e, static_cast<unsigned>(i))) result *= *this;
    }
    return result;
  }
  Field pow(uint64_t e) const { return pow(Limbs{e, 0, 0, 0}); }

  // x^-1 (Bernstein–Yang divsteps, inverse.hpp); throws InputError for zero.
  Field inverse() const {
    if (is_zero()) throw InputError("field element: cannot invert zero");
    Limbs out;
    mul_kernel(out, detail::mod_inverse(limbs, modulus, inv), r3_mod_p);  // (xR)^-1 R^3 / R
    return from_montgomery(out);
  }
  // x^-1 by Fermat's x^(p-2) (the reference for inverse(); ~3x slower); InputError for zero.
  Field inverse_fermat() const {
    if (is_zero()) throw InputError("field element: cannot invert zero");
    return pow(p_minus_2);
  }

  // The Legendre symbol: 0 for zero, 1 for a nonzero square, -1 otherwise.
  int legendre() const {
    if (is_zero()) return 0;
    Field e = pow(p_minus_1_half);
    return e.is_one() ? 1 : -1;
  }

  // A square root of x (either one), or nullopt when x is not a square.
  std::optional<Field> sqrt() const;

  // A uniform element (rejection sampling on the bit length of p).
  template <class Rng>
  static Field random_with(Rng& rng) {
    static constexpr uint64_t top_mask = bits % 64 == 0 ? ~uint64_t{0} : (uint64_t{1} << (bits % 64)) - 1;
    for (;;) {
      Limbs v{};
      for (auto& w : v) w = static_cast<uint64_t>(rng());
      v[3] &= top_mask;
      if (!detail::geq(v, modulus)) return from_canonical_unchecked(v);
    }
  }
  static Field random(std::mt19937_64& rng) { return random_with(rng); }

  // --- bytes ----------------------------------------------------------------

  // 32 bytes, little-endian canonical value (the project's wire format).
  std::array<uint8_t, 32> to_bytes_le() const {
    Limbs c = to_canonical();
    std::array<uint8_t, 32> out{};
    for (int i = 0; i < 32; ++i) out[i] = static_cast<uint8_t>(c[i / 8] >> (8 * (i % 8)));
    return out;
  }
  // 32 bytes, big-endian canonical value (EVM precompile boundary).
  std::array<uint8_t, 32> to_bytes_be() const {
    auto out = to_bytes_le();
    std::reverse(out.begin(), out.end());
    return out;
  }

  // Parses exactly 32 little-endian bytes; EncodingError on another length or a value >= p.
  static Field from_bytes_le(std::span<const uint8_t> bytes) {
    check_length(bytes, "little-endian");
    Limbs v{};
    for (int i = 0; i < 32; ++i) v[i / 8] |= static_cast<uint64_t>(bytes[i]) << (8 * (i % 8));
    return from_canonical(v);
  }
  // Parses exactly 32 big-endian bytes; EncodingError on another length or a value >= p.
  static Field from_bytes_be(std::span<const uint8_t> bytes) {
    check_length(bytes, "big-endian");
    Limbs v{};
    for (int i = 0; i < 32; ++i) v[i / 8] |= static_cast<uint64_t>(bytes[31 - i]) << (8 * (i % 8));
    return from_canonical(v);
  }
  // Any number of little-endian bytes up to 64, interpreted as an integer and
  // reduced mod p (for hash outputs and transcript challenges); InputError above 64.
  static Field from_bytes_le_reduce(std::span<const uint8_t> bytes) {
    if (bytes.size() > 64) {
      throw InputError("field element: " + std::to_string(bytes.size()) +
                       " bytes given to from_bytes_le_reduce, at most 64 allowed");
    }
    Limbs lo{}, hi{};
    for (size_t i = 0; i < bytes.size(); ++i) {
      Limbs& dst = i < 32 ? lo : hi;
      size_t k = i % 32;
      dst[k / 8] |= static_cast<uint64_t>(bytes[i]) << (8 * (k % 8));
    }
    // lo + hi * 2^256, where 2^256 mod p has Montgomery form R^2 mod p.
    Field low = from_canonical_unchecked(detail::reduce_once_loop(lo, modulus));
    Field high = from_canonical_unchecked(detail::reduce_once_loop(hi, modulus));
    return low + high * from_montgomery(r2_mod_p);
  }

  // --- strings --------------------------------------------------------------

  // Canonical value in decimal.
  std::string to_string() const { return detail::to_decimal(to_canonical()); }
  // Canonical value as "0x" and exactly 64 lowercase hex digits (fixed width,
  // like the 32-byte encoding); minimal = true drops leading zeros ("0x0" for zero).
  std::string to_hex(bool minimal = false) const {
    return "0x" + detail::to_hex_digits(to_canonical(), !minimal);
  }
  // Parses decimal or 0x-hex. ParseError on garbage; EncodingError when the value is >= p.
  static Field from_string(std::string_view text) {
    return from_canonical(detail::parse_integer(text, "field element"));
  }

  // --- FFT support (fields whose Params give a multiplicative generator) -----

  // A generator of the multiplicative group.
  static Field multiplicative_generator()
    requires requires { Params::generator; }
  {
    return from_u64(Params::generator);
  }
  // A primitive 2^two_adicity-th root of unity: generator^((p-1) / 2^two_adicity).
  static constexpr Field root_of_unity()
    requires requires { Params::generator; }
  {
    return from_montgomery(pow_constexpr(from_u64_constexpr(Params::generator), p_minus_1_odd));
  }

  // Compile-time arithmetic (portable kernel), for constants derived from p:
  // runtime-initialised function-local statics were seen miscompiled by GCC 12
  // in some translation units, so constants are computed during compilation.
  static constexpr Limbs mul_constexpr(const Limbs& a, const Limbs& b) {
    Limbs out{};
    detail::mont_mul_portable_full(out, a, b, modulus, inv);
    return out;
  }
  // Montgomery form of x^e for x given in Montgomery form.
  static constexpr Limbs pow_constexpr(const Limbs& x, const Limbs& e) {
    Limbs result = r_mod_p;
    for (int i = static_cast<int>(detail::bit_length(e)) - 1; i >= 0; --i) {
      result = mul_constexpr(result, result);
      if (detail::bit(e, static_cast<unsigned>(i))) result = mul_constexpr(result, x);
    }
    return result;
  }
  static constexpr Limbs from_u64_constexpr(uint64_t x) { return mul_constexpr({x, 0, 0, 0}, r2_mod_p); }

  // p - 2, (p - 1) / 2 and (p - 1) / 2^two_adicity, exponents used above.
  static constexpr Limbs p_minus_1 = {modulus[0] - 1, modulus[1], modulus[2], modulus[3]};
  static constexpr Limbs p_minus_2 = {modulus[0] - 2, modulus[1], modulus[2], modulus[3]};
  static constexpr Limbs p_minus_1_half = detail::shr(p_minus_1, 1);
  static constexpr Limbs p_minus_1_odd = detail::shr(p_minus_1, two_adicity);

 private:
  // z^t for the smallest non-residue z: a primitive 2^two_adicity-th root of unity.
  static constexpr Limbs sqrt_root_of_unity() {
    uint64_t k = 2;
    while (pow_constexpr(from_u64_constexpr(k), p_minus_1_half) == r_mod_p) ++k;
    return pow_constexpr(from_u64_constexpr(k), p_minus_1_odd);
  }

  static Field from_canonical_unchecked(const Limbs& value) {
    Limbs out;
    mul_kernel(out, value, r2_mod_p);
    return from_montgomery(out);
  }

  static void check_length(std::span<const uint8_t> bytes, const char* order) {
    if (bytes.size() != 32) {
      throw EncodingError(std::string("field element: expected 32 ") + order + " bytes, got " +
                          std::to_string(bytes.size()));
    }
  }

  // The mulx/adx build has a dedicated squaring (10 products instead of 16).
  [[gnu::always_inline]] static void square_kernel(Limbs& out, const Limbs& a) {
#if ZKEVM_FF_USE_ADX
    if constexpr (no_carry) {
      detail::mont_sqr_adx_for<Params>(out, a);
      return;
    }
#endif
    mul_kernel(out, a, a);
  }

  [[gnu::always_inline]] static void mul_kernel(Limbs& out, const Limbs& a, const Limbs& b) {
    if constexpr (no_carry) {
#if ZKEVM_FF_USE_ADX
      detail::mont_mul_adx_for<Params>(out, a, b);
#else
      detail::mont_mul_portable(out, a, b, modulus, inv);
#endif
    } else {
      detail::mont_mul_portable_full(out, a, b, modulus, inv);
    }
  }
};

// Tonelli-Shanks with the smallest quadratic non-residue; for p = 3 mod 4 it
// reduces to x^((p+1)/4).
template <class Params>
std::optional<Field<Params>> Field<Params>::sqrt() const {
  if (is_zero()) return zero();
  if constexpr (two_adicity == 1) {
    static constexpr Limbs p_minus_3_quarter = detail::shr(p_minus_1_half, 1);  // (p-3)/4 as p = 3 mod 4
    Field r = pow(p_minus_3_quarter) * *this;  // x^((p+1)/4)
    if (r.square() == *this) return r;
    return std::nullopt;
  } else {
    static constexpr Limbs c0 = sqrt_root_of_unity();
    static constexpr Limbs half_odd = detail::shr(p_minus_1_odd, 1);  // (t - 1) / 2 for odd t
    Field w = pow(half_odd);
    Field r = *this * w;     // x^((t+1)/2)
    Field b = r * w;         // x^t
    Field c = from_montgomery(c0);
    unsigned m = two_adicity;
    while (!b.is_one()) {
      unsigned i = 0;
      Field b2 = b;
      while (!b2.is_one()) {
        b2 = b2.square();
        if (++i == m) return std::nullopt;  // x^t has order 2^m: x is not a square
      }
      Field g = c;
      for (unsigned j = 0; j + i + 1 < m; ++j) g = g.square();
      r *= g;
      c = g.square();
      b *= c;
      m = i;
    }
    return r;
  }
}

// Replaces every nonzero element by its inverse with one field inversion
// (Montgomery's trick); zeros stay zero.
template <class F>
void batch_inverse(std::span<F> values) {
  if (values.empty()) return;
  std::vector<F> prefix(values.size());
  F acc = F::one();
  for (size_t i = 0; i < values.size(); ++i) {
    prefix[i] = acc;
    if (!values[i].is_zero()) acc *= values[i];
  }
  F inv = acc.inverse();  // acc is a product of nonzero elements
  for (size_t i = values.size(); i-- > 0;) {
    if (values[i].is_zero()) continue;
    F next = inv * values[i];
    values[i] = inv * prefix[i];
    inv = next;
  }
}
template <class F>
void batch_inverse(std::vector<F>& values) {
  batch_inverse(std::span<F>(values));
}

}  // namespace zkevm::ff
