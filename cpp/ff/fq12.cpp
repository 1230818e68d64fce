#include "cpp/ff/fq12.hpp"

namespace zkevm::ff {

namespace detail {

// gamma[1] = xi^((p-1)/6) and, since (p^k - 1)/6 = (p-1)/6 * (1 + p + ... + p^(k-1)),
// gamma[k] = prod_{j<k} gamma[1]^(p^j), where y^(p^j) is conjugation j times in Fq2.
const FrobeniusCoefficients& frobenius_coefficients() {
  static const FrobeniusCoefficients coefficients = [] {
    constexpr Limbs p_minus_1_sixth = div_small(Fq::p_minus_1, 6);
    Fq2 gamma1 = Fq2::xi().pow(std::span<const uint64_t>(p_minus_1_sixth));
    FrobeniusCoefficients c;
    c.w[0] = Fq2::one();
    for (unsigned k = 1; k < 12; ++k) c.w[k] = c.w[k - 1] * gamma1.frobenius_map(k - 1);
    for (unsigned k = 0; k < 12; ++k) {
      c.v[k] = c.w[k].square();
      c.v2[k] = c.v[k].square();
    }
    return c;
  }();
  return coefficients;
}

}  // namespace detail

namespace {

// (a0 + a1 s)^2 in Fq4 = Fq2[s] / (s^2 - xi): (a0^2 + xi a1^2) + 2 a0 a1 s.
void fq4_square(const Fq2& a0, const Fq2& a1, Fq2& t0, Fq2& t1) {
  Fq2 s0 = a0.square(), s1 = a1.square();
  t0 = s1.mul_by_nonresidue() + s0;
  t1 = (a0 + a1).square() - s0 - s1;
}

}  // namespace

// Granger and Scott, "Faster squaring in the cyclotomic subgroup of sixth degree
// extensions": with s = w^3 (s^2 = xi), Fq12 = Fq4[w] / (w^3 - s) and
// x = A + B w + C w^2 for A = z0 + z4 s, B = z3 + z2 s, C = z1 + z5 s (z_i the
// Fq2 coefficients in the basis of fq12.hpp). For x in the cyclotomic subgroup,
// x^2 = (3A^2 - 2 conj(A)) + (3 s C^2 + 2 conj(B)) w + (3B^2 - 2 conj(C)) w^2.
Fq12 Fq12::cyclotomic_square() const {
  const Fq2 &z0 = c0.c0, &z1 = c0.c1, &z2 = c0.c2, &z3 = c1.c0, &z4 = c1.c1, &z5 = c1.c2;
  Fq2 a0, a1, b0, b1, cc0, cc1;
  fq4_square(z0, z4, a0, a1);
  fq4_square(z3, z2, b0, b1);
  fq4_square(z1, z5, cc0, cc1);
  Fq12 r;
  // A' = 3A^2 - 2 conj(A).
  r.c0.c0 = (a0 - z0).dbl() + a0;
  r.c1.c1 = (a1 + z4).dbl() + a1;
  // B' = 3 s C^2 + 2 conj(B), s C^2 = xi cc1 + cc0 s.
  Fq2 xi_cc1 = cc1.mul_by_nonresidue();
  r.c1.c0 = (xi_cc1 + z3).dbl() + xi_cc1;
  r.c0.c2 = (cc0 - z2).dbl() + cc0;
  // C' = 3B^2 - 2 conj(C).
  r.c0.c1 = (b0 - z1).dbl() + b0;
  r.c1.c2 = (b1 + z5).dbl() + b1;
  return r;
}

}  // namespace zkevm::ff
