#pragma once
// Operations on coefficient-form polynomials: evaluation at a point and
// division by a linear factor (the quotient a KZG opening commits to).
#include "cpp/poly/polynomial.hpp"

namespace zkevm::poly {

// p(z) by Horner's rule, in parallel chunks (chunk c adds z^start_c * its own Horner sum).
Fr evaluate(const Polynomial<Coeff>& p, const Fr& z);

// The quotient q of p = q * (X - z) + r (synthetic division); q has p.size() - 1
// coefficients (none for a constant p). If remainder is given it receives r = p(z).
Polynomial<Coeff> divide_by_linear(const Polynomial<Coeff>& p, const Fr& z, Fr* remainder = nullptr);

}  // namespace zkevm::poly
