#pragma once
// Fq2 = Fq[u] / (u^2 + 1), the quadratic extension of BN254's base field
// (G2 coordinates live here). Elements c0 + c1 u.
#include <optional>
#include <random>
#include <span>

#include "cpp/ff/bn254.hpp"
#include "cpp/ff/pow.hpp"

namespace zkevm::ff {

struct Fq2 {
  Fq c0, c1;

  static constexpr Fq2 zero() { return {}; }
  static constexpr Fq2 one() { return {Fq::one(), Fq::zero()}; }
  // u, the adjoined square root of -1.
  static constexpr Fq2 u() { return {Fq::zero(), Fq::one()}; }
  // xi = 9 + u, the non-residue defining Fq6 = Fq2[v] / (v^3 - xi).
  static Fq2 xi() { return {Fq::from_u64(9), Fq::one()}; }

  template <class Rng>
  static Fq2 random_with(Rng& rng) {
    Fq a = Fq::random_with(rng);
    return {a, Fq::random_with(rng)};
  }
  static Fq2 random(std::mt19937_64& rng) { return random_with(rng); }

  friend Fq2 operator+(const Fq2& a, const Fq2& b) { return {a.c0 + b.c0, a.c1 + b.c1}; }
  friend Fq2 operator-(const Fq2& a, const Fq2& b) { return {a.c0 - b.c0, a.c1 - b.c1}; }
  Fq2 operator-() const { return {-c0, -c1}; }
  // Karatsuba: three Fq multiplications.
  friend Fq2 operator*(const Fq2& a, const Fq2& b) {
    Fq v0 = a.c0 * b.c0, v1 = a.c1 * b.c1;
    return {v0 - v1, (a.c0 + a.c1) * (b.c0 + b.c1) - v0 - v1};
  }
  Fq2& operator+=(const Fq2& o) { return *this = *this + o; }
  Fq2& operator-=(const Fq2& o) { return *this = *this - o; }
  Fq2& operator*=(const Fq2& o) { return *this = *this * o; }
  friend bool operator==(const Fq2& a, const Fq2& b) { return a.c0 == b.c0 && a.c1 == b.c1; }
  friend bool operator!=(const Fq2& a, const Fq2& b) { return !(a == b); }

  // (c0 + c1 u)^2 = (c0 + c1)(c0 - c1) + 2 c0 c1 u: two multiplications.
  Fq2 square() const { return {(c0 + c1) * (c0 - c1), (c0 * c1).dbl()}; }
  Fq2 dbl() const { return {c0.dbl(), c1.dbl()}; }
  // Multiplication by an element of the base field.
  Fq2 mul_by_fq(const Fq& s) const { return {c0 * s, c1 * s}; }
  // Multiplication by xi = 9 + u: (9 c0 - c1) + (c0 + 9 c1) u.
  Fq2 mul_by_nonresidue() const {
    Fq c0_9 = c0.dbl().dbl().dbl() + c0, c1_9 = c1.dbl().dbl().dbl() + c1;
    return {c0_9 - c1, c0 + c1_9};
  }
  // c0 - c1 u, which is also the Frobenius map x -> x^p (as p = 3 mod 4, u^p = -u).
  Fq2 conjugate() const { return {c0, -c1}; }
  // x^(p^k).
  Fq2 frobenius_map(unsigned k) const { return k % 2 == 0 ? *this : conjugate(); }
  // c0^2 + c1^2, the norm down to Fq.
  Fq norm() const { return c0.square() + c1.square(); }

  bool is_zero() const { return c0.is_zero() && c1.is_zero(); }
  bool is_one() const { return c0.is_one() && c1.is_zero(); }

  // x^-1 = conjugate / norm; throws InputError for zero.
  Fq2 inverse() const {
    if (is_zero()) throw InputError("Fq2 element: cannot invert zero");
    Fq n = norm().inverse();
    return {c0 * n, -(c1 * n)};
  }

  Fq2 pow(std::span<const uint64_t> exponent) const { return pow_limbs(*this, exponent); }
  Fq2 pow(uint64_t e) const { return pow(std::span<const uint64_t>(&e, 1)); }

  // A square root (either one), or nullopt when x is not a square in Fq2.
  std::optional<Fq2> sqrt() const;
};

// Through the norm: if x = a + b u = (c + d u)^2 then c^2 = (a +- |x|)/2 with
// |x| = sqrt(a^2 + b^2), and d = b / (2c).
inline std::optional<Fq2> Fq2::sqrt() const {
  if (is_zero()) return zero();
  if (c1.is_zero()) {
    // A base-field element is a square in Fq2: either sqrt(a) or sqrt(-a) * u.
    if (auto r = c0.sqrt()) return Fq2{*r, Fq::zero()};
    auto r = (-c0).sqrt();
    return Fq2{Fq::zero(), *r};
  }
  auto n = norm().sqrt();
  if (!n) return std::nullopt;  // the norm of a square is a square
  static constexpr Fq half = Fq::from_montgomery(Fq::pow_constexpr(Fq::from_u64_constexpr(2), Fq::p_minus_2));
  Fq t = (c0 + *n) * half;
  auto c = t.sqrt();
  if (!c) {
    t = (c0 - *n) * half;
    c = t.sqrt();
    if (!c) return std::nullopt;
  }
  Fq2 root{*c, c1 * c->dbl().inverse()};
  if (root.square() != *this) return std::nullopt;
  return root;
}

}  // namespace zkevm::ff
