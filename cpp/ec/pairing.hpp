#pragma once
// The optimal ate pairing on BN254, e: G1 x G2 -> GT (the order-r subgroup of
// Fq12^*), e(P, Q) = final_exponentiation(miller_loop(P, Q)) with
//   miller_loop = f_{6x+2,Q}(P) * l_{T,psi(Q)}(P) * l_{T+psi(Q),-psi^2(Q)}(P),  T = [6x+2]Q,
// and the final exponent (p^12 - 1) / r: the same value as py_ecc's pairing
// (tests/python/test_ec.py compares them exactly).
//
// G2 points enter the Miller loop through G2Prepared: the coefficients of all
// its line functions, computed once from Q alone (Q's doubling and addition
// steps do not depend on P), so verifying many proofs against one fixed G2
// element (a KZG key) costs only the line evaluations and Fq12 products.
//
// All inputs must be in their subgroups (the decoders of encoding.hpp check
// that); points at infinity are allowed and contribute the factor 1.
#include <span>
#include <utility>
#include <vector>

#include "cpp/ec/g1.hpp"
#include "cpp/ec/g2.hpp"
#include "cpp/ff/fq12.hpp"

namespace zkevm::ec {

using ff::Fq12;

// One line function l evaluated at P = (xP, yP) in G1 is
//   c0 yP + (c1 xP) w + c2 v w      (basis of cpp/ff/fq12.hpp; a sparse "034" element).
struct LineCoefficients {
  Fq2 c0, c1, c2;
};

// The line coefficients of the Miller loop for one G2 point, in loop order.
struct G2Prepared {
  std::vector<LineCoefficients> lines;  // empty for the point at infinity
  bool infinity = true;

  G2Prepared() = default;
  // Runs Q's side of the Miller loop; Q must be in G2.
  explicit G2Prepared(const G2Affine& q);
};

// f_Q(P) before the final exponentiation (1 when P or Q is infinity).
Fq12 miller_loop(const G1Affine& p, const G2Affine& q);
Fq12 miller_loop(const G1Affine& p, const G2Prepared& q);
// prod_i f_{Q_i}(P_i) sharing one chain of Fq12 squarings; InputError when
// the spans differ in length.
Fq12 multi_miller_loop(std::span<const G1Affine> ps, std::span<const G2Prepared> qs);

// f^((p^12 - 1) / r): easy part by Frobenius and one inversion, hard part
// (p^4 - p^2 + 1) / r by the addition chain of Scott et al., "On the final
// exponentiation for calculating pairings on ordinary elliptic curves" (2009),
// with cyclotomic squarings. f must be nonzero.
Fq12 final_exponentiation(const Fq12& f);

// e(P, Q).
Fq12 pairing(const G1Affine& p, const G2Affine& q);
// prod_i e(P_i, Q_i) with one final exponentiation.
Fq12 multi_pairing(std::span<const std::pair<G1Affine, G2Affine>> pairs);
// True when prod_i e(P_i, Q_i) = 1 (the EIP-197 check; true for no pairs).
bool pairing_check(std::span<const std::pair<G1Affine, G2Affine>> pairs);
bool pairing_check(std::span<const G1Affine> ps, std::span<const G2Prepared> qs);

namespace detail {
// Q's side of the loop in homogeneous projective coordinates (x = X/Z, y = Y/Z).
struct G2Homogeneous {
  Fq2 X, Y, Z;
};
// T <- 2T; returns the tangent line at T.
LineCoefficients doubling_step(G2Homogeneous& t);
// T <- T + Q for an affine Q != +-T; returns the line through T and Q.
LineCoefficients addition_step(G2Homogeneous& t, const G2Affine& q);
// f^x for f in the cyclotomic subgroup, x the BN parameter.
Fq12 cyclotomic_exp_by_x(const Fq12& f);
}  // namespace detail

}  // namespace zkevm::ec
