#pragma once
// Evaluating Lagrange-form data at points outside H without an inverse NTT.
// L_i is the Lagrange basis polynomial of H: L_i(omega^j) = [i == j], and for
// z not in H, L_i(z) = omega^i (z^n - 1) / (n (z - omega^i)).
#include <span>
#include <vector>

#include "cpp/poly/domain.hpp"

namespace zkevm::poly {

// p(z) for p given by its n evaluations on H (the barycentric formula
// p(z) = (z^n - 1)/n * sum_i p_i omega^i / (z - omega^i), one batch inversion
// per thread); for z in H it returns the matching evaluation.
Fr evaluate_lagrange(const EvaluationDomain& domain, const Polynomial<Lagrange>& p, const Fr& z);

// [L_{r mod n}(z) for r in rotations]: the Lagrange basis polynomials of the rows
// at the given rotations from row 0 (e.g. {0} for the first row, {-1} for the last).
std::vector<Fr> lagrange_basis_at(const EvaluationDomain& domain, const Fr& z, std::span<const Rotation> rotations);

}  // namespace zkevm::poly
