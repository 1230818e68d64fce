#pragma once
// Fq12 = Fq6[w] / (w^2 - v), the target field of the BN254 pairing.
// Elements c0 + c1 w with c0, c1 in Fq6.
//
// Sparse multiplications for line evaluations. Over Fq2 the basis is
//   index: 0   1   2    3   4    5
//   basis: 1   v   v^2  w   vw   v^2w
// (coefficient i of x is x.c0.c{i} for i < 3 and x.c1.c{i-3} for i >= 3).
//  - mul_by_034(a0, a3, a4) multiplies by a0 + a3 w + a4 v w: the shape of a
//    line evaluated at a G1 point for a D-type twist (BN254's), e.g.
//    a0 = y_P-scaled term, a3/a4 = the x_P-scaled and constant terms.
//  - mul_by_014(a0, a1, a4) multiplies by a0 + a1 v + a4 v w (M-type shape).
#include "cpp/ff/fq6.hpp"

namespace zkevm::ff {

struct Fq12 {
  Fq6 c0, c1;

  static constexpr Fq12 zero() { return {}; }
  static constexpr Fq12 one() { return {Fq6::one(), Fq6::zero()}; }

  template <class Rng>
  static Fq12 random_with(Rng& rng) {
    Fq6 a = Fq6::random_with(rng);
    return {a, Fq6::random_with(rng)};
  }
  static Fq12 random(std::mt19937_64& rng) { return random_with(rng); }

  friend Fq12 operator+(const Fq12& a, const Fq12& b) { return {a.c0 + b.c0, a.c1 + b.c1}; }
  friend Fq12 operator-(const Fq12& a, const Fq12& b) { return {a.c0 - b.c0, a.c1 - b.c1}; }
  Fq12 operator-() const { return {-c0, -c1}; }
  // Karatsuba over Fq6: three Fq6 multiplications.
  friend Fq12 operator*(const Fq12& a, const Fq12& b) {
    Fq6 v0 = a.c0 * b.c0, v1 = a.c1 * b.c1;
    return {v0 + v1.mul_by_nonresidue(), (a.c0 + a.c1) * (b.c0 + b.c1) - v0 - v1};
  }
  Fq12& operator+=(const Fq12& o) { return *this = *this + o; }
  Fq12& operator-=(const Fq12& o) { return *this = *this - o; }
  Fq12& operator*=(const Fq12& o) { return *this = *this * o; }
  friend bool operator==(const Fq12& a, const Fq12& b) { return a.c0 == b.c0 && a.c1 == b.c1; }
  friend bool operator!=(const Fq12& a, const Fq12& b) { return !(a == b); }

  // Complex squaring: (c0 + c1 w)^2 = (c0 + c1)(c0 + v c1) - c0c1 - v c0c1 + 2 c0c1 w.
  Fq12 square() const {
    Fq6 ab = c0 * c1;
    Fq6 t = (c0 + c1) * (c0 + c1.mul_by_nonresidue());
    return {t - ab - ab.mul_by_nonresidue(), ab.dbl()};
  }

  bool is_zero() const { return c0.is_zero() && c1.is_zero(); }
  bool is_one() const { return c0.is_one() && c1.is_zero(); }

  // c0 - c1 w = x^(p^6); the inverse of x when x is in the cyclotomic subgroup.
  Fq12 conjugate() const { return {c0, -c1}; }

  // x^-1 = (c0 - c1 w) / (c0^2 - v c1^2); throws InputError for zero.
  Fq12 inverse() const {
    if (is_zero()) throw InputError("Fq12 element: cannot invert zero");
    Fq6 t = (c0.square() - c1.square().mul_by_nonresidue()).inverse();
    return {c0 * t, -(c1 * t)};
  }

  // x^(p^k) for any k (coefficients derived from p at first use).
  Fq12 frobenius_map(unsigned k) const {
    const auto& g = detail::frobenius_coefficients();
    k %= 12;
    return {c0.frobenius_map(k), c1.frobenius_map(k).mul_by_fq2(g.w[k])};
  }

  // x * (a0 + a3 w + a4 v w); see the basis table above.
  Fq12 mul_by_034(const Fq2& a0, const Fq2& a3, const Fq2& a4) const {
    Fq6 t0 = c0.mul_by_fq2(a0);
    Fq6 t1 = c1.mul_by_01(a3, a4);
    Fq6 r1 = (c0 + c1).mul_by_01(a0 + a3, a4) - t0 - t1;
    return {t0 + t1.mul_by_nonresidue(), r1};
  }

  // x * (a0 + a1 v + a4 v w); see the basis table above.
  Fq12 mul_by_014(const Fq2& a0, const Fq2& a1, const Fq2& a4) const {
    Fq6 t0 = c0.mul_by_01(a0, a1);
    Fq6 t1 = c1.mul_by_1(a4);
    Fq6 r1 = (c0 + c1).mul_by_01(a0, a1 + a4) - t0 - t1;
    return {t0 + t1.mul_by_nonresidue(), r1};
  }

  // x^2 for x in the cyclotomic subgroup (x^(p^6 + 1) = 1, e.g. after the easy
  // part of the final exponentiation); Granger-Scott, about 2/3 the cost of square().
  // The result is wrong for other x.
  Fq12 cyclotomic_square() const;

  Fq12 pow(std::span<const uint64_t> exponent) const { return pow_limbs(*this, exponent); }
};

}  // namespace zkevm::ff
