#include "cpp/ec/pairing.hpp"

#include <string>

namespace zkevm::ec {

namespace {

// The Miller loop runs over 6x + 2 = 29793968203157093288 in non-adjacent form
// (fewer addition steps than binary), most significant digit first.
const std::vector<int8_t>& loop_digits() {
  static const std::vector<int8_t> digits = [] {
    const uint64_t six_x_plus_2[2] = {0x9d797039be763ba8ULL, 0x1ULL};
    std::vector<int8_t> d = wnaf_digits(std::span<const uint64_t>(six_x_plus_2), 2);
    return std::vector<int8_t>(d.rbegin(), d.rend());
  }();
  return digits;
}

// f * l(P) for a line with coefficients c at P = (xP, yP).
inline Fq12 mul_by_line(const Fq12& f, const LineCoefficients& c, const G1Affine& p) {
  return f.mul_by_034(c.c0.mul_by_fq(p.y), c.c1.mul_by_fq(p.x), c.c2);
}

}  // namespace

namespace detail {

// Tangent at T on y^2 = x^3 + b' in homogeneous coordinates (Costello, Lange,
// Naehrig, "Faster pairing computations on curves with high-degree twists",
// 2010, as written in Aranha et al., "The realm of the pairings", 2013):
// the line y - yT - lambda (x - xT), lambda = 3 xT^2 / (2 yT), untwisted and
// scaled by -2 Y Z, is (-2 Y Z) yP + (3 X^2) xP w + (3 b' Z^2 - Y^2) v w.
// The point formulas are the cited ones scaled by 4 (T is projective), which
// removes their two halvings: X3 = 2 X Y (B - F), Y3 = (B + F)^2 - 12 E^2,
// Z3 = 4 B H with B = Y^2, E = 3 b' Z^2, F = 3 E, H = 2 Y Z.
LineCoefficients doubling_step(G2Homogeneous& t) {
  static const Fq2 three_b = G2Params::b().dbl() + G2Params::b();
  Fq2 xy = t.X * t.Y;
  Fq2 b = t.Y.square(), c = t.Z.square();
  Fq2 e = three_b * c, f = e.dbl() + e;
  Fq2 h = (t.Y + t.Z).square() - (b + c);  // 2 Y Z
  Fq2 i = e - b, j = t.X.square();
  Fq2 e_sq = e.square();
  t.X = (xy * (b - f)).dbl();
  t.Y = (b + f).square() - (e_sq.dbl() + e_sq).dbl().dbl();
  t.Z = (b * h).dbl().dbl();
  return {-h, j.dbl() + j, i};
}

// Chord through T and Q (same sources): with theta = Y - yQ Z and
// lambda = X - xQ Z the slope is theta / lambda, and the line scaled by lambda is
// lambda yP - theta xP w + (theta xQ - lambda yQ) v w.
LineCoefficients addition_step(G2Homogeneous& t, const G2Affine& q) {
  Fq2 theta = t.Y - q.y * t.Z, lambda = t.X - q.x * t.Z;
  Fq2 c = theta.square(), d = lambda.square();
  Fq2 e = lambda * d, f = t.Z * c, g = t.X * d;
  Fq2 h = e + f - g.dbl();
  t.X = lambda * h;
  t.Y = theta * (g - h) - t.Y * e;
  t.Z = t.Z * e;
  return {lambda, -theta, theta * q.x - lambda * q.y};
}

// Width-4 NAF of x (14 nonzero digits in +-{1, 3, 5, 7}): 63 cyclotomic
// squarings and 17 multiplications, against 23 for the plain NAF. Inverses in
// the cyclotomic subgroup are conjugates, so negative digits cost nothing.
Fq12 cyclotomic_exp_by_x(const Fq12& f) {
  static const std::vector<int8_t> digits = [] {
    std::vector<int8_t> d = wnaf_digits(std::span<const uint64_t>(&kBnX, 1), 4);
    return std::vector<int8_t>(d.rbegin(), d.rend());
  }();
  Fq12 odd[4], odd_inv[4];  // f, f^3, f^5, f^7 and their inverses
  Fq12 f2 = f.cyclotomic_square();
  odd[0] = f;
  for (int i = 1; i < 4; ++i) odd[i] = odd[i - 1] * f2;
  for (int i = 0; i < 4; ++i) odd_inv[i] = odd[i].conjugate();
  Fq12 r = digits[0] > 0 ? odd[digits[0] >> 1] : odd_inv[(-digits[0]) >> 1];
  for (size_t i = 1; i < digits.size(); ++i) {
    r = r.cyclotomic_square();
    if (digits[i] > 0) r *= odd[digits[i] >> 1];
    if (digits[i] < 0) r *= odd_inv[(-digits[i]) >> 1];
  }
  return r;
}

}  // namespace detail

G2Prepared::G2Prepared(const G2Affine& q) {
  if (q.infinity) return;
  infinity = false;
  const auto& digits = loop_digits();
  lines.reserve(digits.size() + 32);
  G2Affine minus_q = -q;
  detail::G2Homogeneous t{q.x, q.y, Fq2::one()};
  for (size_t i = 1; i < digits.size(); ++i) {
    lines.push_back(detail::doubling_step(t));
    if (digits[i] > 0) lines.push_back(detail::addition_step(t, q));
    if (digits[i] < 0) lines.push_back(detail::addition_step(t, minus_q));
  }
  // The two extra lines of the optimal ate pairing: with Q1 = psi(Q) and
  // Q2 = psi^2(Q) (images of Frobenius), add Q1 and then -Q2.
  lines.push_back(detail::addition_step(t, psi_power(q, 1)));
  lines.push_back(detail::addition_step(t, -psi_power(q, 2)));
}

Fq12 multi_miller_loop(std::span<const G1Affine> ps, std::span<const G2Prepared> qs) {
  if (ps.size() != qs.size()) {
    throw InputError("multi_miller_loop: " + std::to_string(ps.size()) + " G1 points but " +
                     std::to_string(qs.size()) + " G2 points");
  }
  std::vector<size_t> active;
  for (size_t k = 0; k < ps.size(); ++k)
    if (!ps[k].infinity && !qs[k].infinity) active.push_back(k);
  Fq12 f = Fq12::one();
  if (active.empty()) return f;
  const auto& digits = loop_digits();
  size_t line = 0;
  for (size_t i = 1; i < digits.size(); ++i) {
    if (i > 1) f = f.square();
    for (size_t k : active) f = mul_by_line(f, qs[k].lines[line], ps[k]);
    ++line;
    if (digits[i] != 0) {
      for (size_t k : active) f = mul_by_line(f, qs[k].lines[line], ps[k]);
      ++line;
    }
  }
  for (int extra = 0; extra < 2; ++extra, ++line)
    for (size_t k : active) f = mul_by_line(f, qs[k].lines[line], ps[k]);
  return f;
}

Fq12 miller_loop(const G1Affine& p, const G2Prepared& q) {
  return multi_miller_loop(std::span<const G1Affine>(&p, 1), std::span<const G2Prepared>(&q, 1));
}

Fq12 miller_loop(const G1Affine& p, const G2Affine& q) { return miller_loop(p, G2Prepared(q)); }

Fq12 final_exponentiation(const Fq12& f) {
  // Easy part: f^((p^6 - 1)(p^2 + 1)) lands in the cyclotomic subgroup.
  Fq12 t = f.conjugate() * f.inverse();
  t = t.frobenius_map(2) * t;
  // Hard part: (p^4 - p^2 + 1) / r = l0 + l1 p + l2 p^2 + l3 p^3 with
  // l3 = 1, l2 = 6x^2 + 1, l1 = -36x^3 - 18x^2 - 12x + 1, l0 = -36x^3 - 30x^2 - 18x - 2,
  // computed as y0 y1^2 y2^6 y3^12 y4^18 y5^30 y6^36 (Scott et al., section 5).
  Fq12 fx = detail::cyclotomic_exp_by_x(t);
  Fq12 fx2 = detail::cyclotomic_exp_by_x(fx);
  Fq12 fx3 = detail::cyclotomic_exp_by_x(fx2);
  Fq12 y0 = t.frobenius_map(1) * t.frobenius_map(2) * t.frobenius_map(3);
  Fq12 y1 = t.conjugate();
  Fq12 y2 = fx2.frobenius_map(2);
  Fq12 y3 = fx.frobenius_map(1).conjugate();
  Fq12 y4 = (fx * fx2.frobenius_map(1)).conjugate();
  Fq12 y5 = fx2.conjugate();
  Fq12 y6 = (fx3 * fx3.frobenius_map(1)).conjugate();
  Fq12 t0 = y6.cyclotomic_square() * y4 * y5;
  Fq12 t1 = y3 * y5 * t0;
  t0 = t0 * y2;
  t1 = (t1.cyclotomic_square() * t0).cyclotomic_square();
  t0 = t1 * y1;
  t1 = t1 * y0;
  t0 = t0.cyclotomic_square();
  return t0 * t1;
}

Fq12 pairing(const G1Affine& p, const G2Affine& q) { return final_exponentiation(miller_loop(p, q)); }

namespace {
Fq12 product_of_miller_loops(std::span<const std::pair<G1Affine, G2Affine>> pairs) {
  std::vector<G1Affine> ps;
  std::vector<G2Prepared> qs;
  ps.reserve(pairs.size());
  qs.reserve(pairs.size());
  for (const auto& [p, q] : pairs) {
    ps.push_back(p);
    qs.emplace_back(q);
  }
  return multi_miller_loop(ps, qs);
}
}  // namespace

Fq12 multi_pairing(std::span<const std::pair<G1Affine, G2Affine>> pairs) {
  return final_exponentiation(product_of_miller_loops(pairs));
}

bool pairing_check(std::span<const std::pair<G1Affine, G2Affine>> pairs) { return multi_pairing(pairs).is_one(); }

bool pairing_check(std::span<const G1Affine> ps, std::span<const G2Prepared> qs) {
  return final_exponentiation(multi_miller_loop(ps, qs)).is_one();
}

}  // namespace zkevm::ec
