#pragma once
// Points of a short Weierstrass curve y^2 = x^3 + b (a = 0) over a field F,
// in affine and Jacobian coordinates. One template serves G1 (over Fq) and G2
// (over Fq2); a curve is described by a Params type providing
//   using Base = F;  static Base b();  static Base generator_x(), generator_y();
//   static bool in_subgroup(const JacobianPoint<Params>&)   (for points on the curve).
//
// Jacobian (X, Y, Z) stands for the affine point (X / Z^2, Y / Z^3); Z = 0 is
// the point at infinity. Formulas are from the Explicit-Formulas Database
// (hyperelliptic.org/EFD, "g1p/auto-shortw-jacobian-0"): dbl-2009-l,
// add-2007-bl and madd-2007-bl, with the "(a + b)^2 - a^2 - b^2" tricks replaced
// by plain products: in Fq a squaring costs a multiplication, so the products
// save the extra additions (G1, the hot path of the MSM); in Fq2 they cost one
// Fq multiplication more, which G2's rare use can afford.
#include <algorithm>
#include <cstdint>
#include <span>
#include <vector>

#include "cpp/ec/wnaf.hpp"
#include "cpp/ff/bn254.hpp"
#include "cpp/util/error.hpp"
#include "cpp/util/parallel.hpp"

namespace zkevm::ec {

using ff::Fq;
using ff::Fr;

template <class Params>
struct JacobianPoint;

// An affine point (x, y), or the point at infinity (infinity = true, x = y = 0).
// Default-constructed: the point at infinity.
template <class Params>
struct AffinePoint {
  using Base = typename Params::Base;
  Base x{}, y{};
  bool infinity = true;

  constexpr AffinePoint() = default;
  // The finite point (x, y) (not checked; see is_on_curve).
  constexpr AffinePoint(const Base& x_, const Base& y_) : x(x_), y(y_), infinity(false) {}
  constexpr AffinePoint(const Base& x_, const Base& y_, bool infinity_) : x(x_), y(y_), infinity(infinity_) {}

  static AffinePoint identity() { return AffinePoint(); }
  static AffinePoint generator() { return {Params::generator_x(), Params::generator_y()}; }

  bool is_identity() const { return infinity; }
  // True for infinity or when y^2 = x^3 + b.
  bool is_on_curve() const { return infinity || y.square() == x.square() * x + Params::b(); }
  // True for points of the prime-order subgroup (requires is_on_curve()).
  bool is_in_subgroup() const { return Params::in_subgroup(JacobianPoint<Params>::from_affine(*this)); }

  AffinePoint operator-() const { return infinity ? *this : AffinePoint(x, -y); }
  friend bool operator==(const AffinePoint& a, const AffinePoint& b) {
    if (a.infinity || b.infinity) return a.infinity == b.infinity;
    return a.x == b.x && a.y == b.y;
  }
  friend bool operator!=(const AffinePoint& a, const AffinePoint& b) { return !(a == b); }

  JacobianPoint<Params> to_jacobian() const { return JacobianPoint<Params>::from_affine(*this); }
};

template <class Params>
struct JacobianPoint {
  using Base = typename Params::Base;
  using Affine = AffinePoint<Params>;
  Base X{}, Y{}, Z{};  // zero-initialised: the point at infinity

  static JacobianPoint identity() { return {Base::one(), Base::one(), Base::zero()}; }
  static JacobianPoint generator() { return from_affine(Affine::generator()); }
  static JacobianPoint from_affine(const Affine& p) {
    return p.infinity ? identity() : JacobianPoint{p.x, p.y, Base::one()};
  }

  bool is_identity() const { return Z.is_zero(); }
  // True for infinity or when Y^2 = X^3 + b Z^6.
  bool is_on_curve() const {
    if (is_identity()) return true;
    Base z2 = Z.square();
    return Y.square() == X.square() * X + Params::b() * z2.square() * z2;
  }
  // True for points of the prime-order subgroup (requires is_on_curve()).
  bool is_in_subgroup() const { return Params::in_subgroup(*this); }

  // 2P (dbl-2009-l with D = 4 X B; 3M + 4S). Infinity doubles to infinity since Z3 = 2 Y Z.
  JacobianPoint dbl() const {
    Base a = X.square(), b = Y.square(), c = b.square();
    Base d = (b * X).dbl().dbl();  // = 2 ((X + B)^2 - A - C)
    Base e = a.dbl() + a, f = e.square();
    JacobianPoint r;
    r.X = f - d.dbl();
    r.Y = e * (d - r.X) - c.dbl().dbl().dbl();
    r.Z = (Y * Z).dbl();
    return r;
  }

  // P + Q for any P, Q (add-2007-bl with Z3 = 2 Z1 Z2 H; 13M + 4S).
  friend JacobianPoint operator+(const JacobianPoint& p, const JacobianPoint& q) {
    if (p.is_identity()) return q;
    if (q.is_identity()) return p;
    Base z1z1 = p.Z.square(), z2z2 = q.Z.square();
    Base u1 = p.X * z2z2, u2 = q.X * z1z1;
    Base s1 = p.Y * q.Z * z2z2, s2 = q.Y * p.Z * z1z1;
    Base h = u2 - u1;
    Base r = (s2 - s1).dbl();
    if (h.is_zero()) return r.is_zero() ? p.dbl() : identity();  // P = Q or P = -Q
    Base i = h.dbl().square(), j = h * i, v = u1 * i;
    JacobianPoint out;
    out.X = r.square() - j - v.dbl();
    out.Y = r * (v - out.X) - (s1 * j).dbl();
    out.Z = (p.Z * q.Z * h).dbl();  // = ((Z1 + Z2)^2 - Z1Z1 - Z2Z2) H
    return out;
  }

  // P + Q for an affine Q (madd-2007-bl with Z3 = 2 Z1 H; 8M + 3S). In each
  // product the freshly computed factor comes first: the multiplication
  // kernel takes its left operand from registers and its right one from
  // memory, so a fresh right operand would be stored first (232 -> 208 ns).
  JacobianPoint add_mixed(const Affine& q) const {
    if (q.infinity) return *this;
    if (is_identity()) return from_affine(q);
    Base z1z1 = Z.square();
    Base u2 = z1z1 * q.x, s2 = (z1z1 * Z) * q.y;
    Base h = u2 - X;
    Base r = (s2 - Y).dbl();
    if (h.is_zero()) return r.is_zero() ? dbl() : identity();
    Base hh = h.square(), i = hh.dbl().dbl(), j = i * h, v = i * X;
    JacobianPoint out;
    out.X = r.square() - j - v.dbl();
    out.Y = (v - out.X) * r - (j * Y).dbl();
    out.Z = (h * Z).dbl();  // = (Z1 + H)^2 - Z1Z1 - HH
    return out;
  }

  JacobianPoint operator-() const { return {X, -Y, Z}; }
  friend JacobianPoint operator-(const JacobianPoint& p, const JacobianPoint& q) { return p + (-q); }
  JacobianPoint& operator+=(const JacobianPoint& q) { return *this = *this + q; }
  JacobianPoint& operator-=(const JacobianPoint& q) { return *this = *this - q; }

  // Equality of the points represented: X1 Z2^2 = X2 Z1^2 and Y1 Z2^3 = Y2 Z1^3.
  friend bool operator==(const JacobianPoint& p, const JacobianPoint& q) {
    if (p.is_identity() || q.is_identity()) return p.is_identity() == q.is_identity();
    Base z1z1 = p.Z.square(), z2z2 = q.Z.square();
    return p.X * z2z2 == q.X * z1z1 && p.Y * z2z2 * q.Z == q.Y * z1z1 * p.Z;
  }
  friend bool operator!=(const JacobianPoint& p, const JacobianPoint& q) { return !(p == q); }

  // [k]P for a non-negative integer k given as little-endian 64-bit limbs
  // (width-5 NAF over 8 precomputed odd multiples).
  JacobianPoint mul(std::span<const uint64_t> k) const {
    constexpr unsigned w = 5;
    std::vector<int8_t> digits = wnaf_digits(k, w);
    if (digits.empty() || is_identity()) return identity();
    JacobianPoint odd[1 << (w - 2)];  // P, 3P, 5P, ..., 15P
    odd[0] = *this;
    JacobianPoint twice = dbl();
    for (unsigned i = 1; i < (1u << (w - 2)); ++i) odd[i] = odd[i - 1] + twice;
    JacobianPoint acc = identity();
    for (size_t i = digits.size(); i-- > 0;) {
      acc = acc.dbl();
      int d = digits[i];
      if (d > 0) acc += odd[d >> 1];
      if (d < 0) acc -= odd[(-d) >> 1];
    }
    return acc;
  }
  JacobianPoint mul(uint64_t k) const { return mul(std::span<const uint64_t>(&k, 1)); }

  // [k1]P + [k2]Q from the odd multiples P, 3P, ..., 15P and Q, ..., 15Q
  // (tables of 8) and the width-5 NAF digits of k1 and k2: Straus's interleaving,
  // one chain of doublings for both.
  static JacobianPoint interleaved_sum(const JacobianPoint* p_odd, const std::vector<int8_t>& k1_digits,
                                       const JacobianPoint* q_odd, const std::vector<int8_t>& k2_digits) {
    JacobianPoint acc = identity();
    for (size_t i = std::max(k1_digits.size(), k2_digits.size()); i-- > 0;) {
      acc = acc.dbl();
      int d1 = i < k1_digits.size() ? k1_digits[i] : 0;
      int d2 = i < k2_digits.size() ? k2_digits[i] : 0;
      if (d1 > 0) acc += p_odd[d1 >> 1];
      if (d1 < 0) acc -= p_odd[(-d1) >> 1];
      if (d2 > 0) acc += q_odd[d2 >> 1];
      if (d2 < 0) acc -= q_odd[(-d2) >> 1];
    }
    return acc;
  }

  // [s]P for a scalar of Fr (the group order r, so [s]P depends only on s mod r
  // for points of the subgroup). Curves with an endomorphism (Params::mul_fr) use it.
  friend JacobianPoint operator*(const JacobianPoint& p, const Fr& s) {
    if constexpr (requires { Params::mul_fr(p, s); }) {
      return Params::mul_fr(p, s);
    } else {
      ff::Limbs k = s.to_canonical();
      return p.mul(std::span<const uint64_t>(k));
    }
  }
  friend JacobianPoint operator*(const Fr& s, const JacobianPoint& p) { return p * s; }
  JacobianPoint& operator*=(const Fr& s) { return *this = *this * s; }

  // The affine form (one field inversion).
  Affine to_affine() const {
    if (is_identity()) return Affine::identity();
    Base zi = Z.inverse(), zi2 = zi.square();
    return {X * zi2, Y * zi2 * zi};
  }
};

// out[i] = in[i].to_affine() for all i, with one field inversion per thread
// (Montgomery's batch trick on chunks of at least 1024 points, run through
// parallel_for_chunks). Requires out.size() == in.size().
template <class Params>
void batch_to_affine(std::span<const JacobianPoint<Params>> in, std::span<AffinePoint<Params>> out) {
  using Base = typename Params::Base;
  if (in.size() != out.size()) {
    throw InputError("batch_to_affine: " + std::to_string(in.size()) + " points but room for " +
                     std::to_string(out.size()));
  }
  parallel_for_chunks(
      in.size(),
      [&](size_t begin, size_t end) {
        std::vector<Base> zs(end - begin);
        for (size_t i = begin; i < end; ++i) zs[i - begin] = in[i].Z;
        ff::batch_inverse(std::span<Base>(zs));  // zeros (points at infinity) stay zero
        for (size_t i = begin; i < end; ++i) {
          if (in[i].is_identity()) {
            out[i] = AffinePoint<Params>::identity();
            continue;
          }
          const Base& zi = zs[i - begin];
          Base zi2 = zi.square();
          out[i] = AffinePoint<Params>(in[i].X * zi2, in[i].Y * zi2 * zi);
        }
      },
      1024);
}

// The affine forms of points, with a single inversion.
template <class Params>
std::vector<AffinePoint<Params>> batch_to_affine(std::span<const JacobianPoint<Params>> in) {
  std::vector<AffinePoint<Params>> out(in.size());
  batch_to_affine(in, std::span<AffinePoint<Params>>(out));
  return out;
}

}  // namespace zkevm::ec
