#pragma once
// KZG commitments (Kate, Zaverucha, Goldberg 2010) over BN254:
//   commit(p)  = [p(tau)]G1 = sum_i p_i [tau^i]G1           (one MSM)
//   open(p, z) = (p(z), W = [q(tau)]G1) with q = (p - p(z)) / (X - z)
//   verify: e(C - [v]G1 + [z]W, G2) = e(W, [tau]G2), i.e. p(tau) - v = q(tau)(tau - z).
#include "cpp/pcs/srs.hpp"
#include "cpp/poly/polynomial.hpp"

namespace zkevm::pcs {

using poly::Coeff;
using poly::Lagrange;
using poly::Polynomial;

// [p(tau)]G1 for p in coefficient form; InputError when p has more coefficients than the SRS has powers.
G1Affine commit(const Srs& srs, const Polynomial<Coeff>& p);
// [p(tau)]G1 for p given by its evaluations on the domain of size p.size() = 2^k
// (an MSM with the SRS's Lagrange basis); InputError unless 2^k <= srs.size().
G1Affine commit_lagrange(const Srs& srs, const Polynomial<Lagrange>& p);

// An opening of a committed polynomial at one point.
struct Opening {
  Fr value;        // p(z)
  G1Affine proof;  // [(p(X) - p(z)) / (X - z)](tau) G1
};

// The opening of p at z; InputError when p does not fit the SRS.
Opening open(const Srs& srs, const Polynomial<Coeff>& p, const Fr& z);

// True when the opening shows that the polynomial committed in `commitment` takes
// `value` at z. Points must be valid G1 points (decoders check that).
bool verify(const VerifierKey& key, const G1Affine& commitment, const Fr& z, const Fr& value, const G1Affine& proof);

}  // namespace zkevm::pcs
