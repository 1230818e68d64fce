#pragma once
// Fq6 = Fq2[v] / (v^3 - xi), xi = 9 + u. Elements c0 + c1 v + c2 v^2.
// Multiplication and squaring follow Devegili, O hEigeartaigh, Scott, Dahab,
// "Multiplication and Squaring on Pairing-Friendly Fields" (Karatsuba, CH-SQR2).
#include <array>

#include "cpp/ff/fq2.hpp"

namespace zkevm::ff {

struct Fq6 {
  Fq2 c0, c1, c2;

  static constexpr Fq6 zero() { return {}; }
  static constexpr Fq6 one() { return {Fq2::one(), Fq2::zero(), Fq2::zero()}; }

  template <class Rng>
  static Fq6 random_with(Rng& rng) {
    Fq2 a = Fq2::random_with(rng), b = Fq2::random_with(rng);
    return {a, b, Fq2::random_with(rng)};
  }
  static Fq6 random(std::mt19937_64& rng) { return random_with(rng); }

  friend Fq6 operator+(const Fq6& a, const Fq6& b) { return {a.c0 + b.c0, a.c1 + b.c1, a.c2 + b.c2}; }
  friend Fq6 operator-(const Fq6& a, const Fq6& b) { return {a.c0 - b.c0, a.c1 - b.c1, a.c2 - b.c2}; }
  Fq6 operator-() const { return {-c0, -c1, -c2}; }
  friend Fq6 operator*(const Fq6& a, const Fq6& b) {
    Fq2 v0 = a.c0 * b.c0, v1 = a.c1 * b.c1, v2 = a.c2 * b.c2;
    return {((a.c1 + a.c2) * (b.c1 + b.c2) - v1 - v2).mul_by_nonresidue() + v0,
            (a.c0 + a.c1) * (b.c0 + b.c1) - v0 - v1 + v2.mul_by_nonresidue(),
            (a.c0 + a.c2) * (b.c0 + b.c2) - v0 - v2 + v1};
  }
  Fq6& operator+=(const Fq6& o) { return *this = *this + o; }
  Fq6& operator-=(const Fq6& o) { return *this = *this - o; }
  Fq6& operator*=(const Fq6& o) { return *this = *this * o; }
  friend bool operator==(const Fq6& a, const Fq6& b) { return a.c0 == b.c0 && a.c1 == b.c1 && a.c2 == b.c2; }
  friend bool operator!=(const Fq6& a, const Fq6& b) { return !(a == b); }

  // CH-SQR2.
  Fq6 square() const {
    Fq2 s0 = c0.square(), s1 = (c0 * c1).dbl(), s2 = (c0 - c1 + c2).square();
    Fq2 s3 = (c1 * c2).dbl(), s4 = c2.square();
    return {s3.mul_by_nonresidue() + s0, s4.mul_by_nonresidue() + s1, s1 + s2 + s3 - s0 - s4};
  }
  Fq6 dbl() const { return {c0.dbl(), c1.dbl(), c2.dbl()}; }

  // Multiplication by v: (c0 + c1 v + c2 v^2) v = xi c2 + c0 v + c1 v^2.
  Fq6 mul_by_nonresidue() const { return {c2.mul_by_nonresidue(), c0, c1}; }
  // Multiplication by an element of Fq2 (each coefficient scaled).
  Fq6 mul_by_fq2(const Fq2& s) const { return {c0 * s, c1 * s, c2 * s}; }
  // Multiplication by b0 + b1 v (sparse: b2 = 0).
  Fq6 mul_by_01(const Fq2& b0, const Fq2& b1) const {
    Fq2 v0 = c0 * b0, v1 = c1 * b1;
    return {((c1 + c2) * b1 - v1).mul_by_nonresidue() + v0, (c0 + c1) * (b0 + b1) - v0 - v1,
            (c0 + c2) * b0 - v0 + v1};
  }
  // Multiplication by b1 v (sparse: b0 = b2 = 0).
  Fq6 mul_by_1(const Fq2& b1) const { return {(c2 * b1).mul_by_nonresidue(), c0 * b1, c1 * b1}; }

  bool is_zero() const { return c0.is_zero() && c1.is_zero() && c2.is_zero(); }
  bool is_one() const { return c0.is_one() && c1.is_zero() && c2.is_zero(); }

  // x^-1; throws InputError for zero.
  Fq6 inverse() const {
    if (is_zero()) throw InputError("Fq6 element: cannot invert zero");
    Fq2 t0 = c0.square() - (c1 * c2).mul_by_nonresidue();
    Fq2 t1 = c2.square().mul_by_nonresidue() - c0 * c1;
    Fq2 t2 = c1.square() - c0 * c2;
    Fq2 d = (c0 * t0 + (c2 * t1 + c1 * t2).mul_by_nonresidue()).inverse();
    return {t0 * d, t1 * d, t2 * d};
  }

  // x^(p^k) (coefficients derived from p at first use, see fq12.cpp).
  Fq6 frobenius_map(unsigned k) const;

  Fq6 pow(std::span<const uint64_t> exponent) const { return pow_limbs(*this, exponent); }
};

namespace detail {
// gamma[k] = xi^((p^k - 1) / 6) for k = 0..11: w^(p^k) = gamma[k] w in Fq12,
// v^(p^k) = gamma[k]^2 v and (v^2)^(p^k) = gamma[k]^4 v^2 in Fq6.
struct FrobeniusCoefficients {
  std::array<Fq2, 12> w, v, v2;
};
const FrobeniusCoefficients& frobenius_coefficients();
}  // namespace detail

inline Fq6 Fq6::frobenius_map(unsigned k) const {
  const auto& g = detail::frobenius_coefficients();
  k %= 6;
  return {c0.frobenius_map(k), c1.frobenius_map(k) * g.v[k], c2.frobenius_map(k) * g.v2[k]};
}

}  // namespace zkevm::ff
