#include "cpp/pcs/kzg.hpp"

#include <bit>
#include <string>

#include "cpp/ec/msm.hpp"
#include "cpp/poly/evaluate.hpp"
#include "cpp/util/error.hpp"

namespace zkevm::pcs {

G1Affine commit(const Srs& srs, const Polynomial<Coeff>& p) {
  if (p.size() > srs.size()) {
    throw InputError("KZG commit: polynomial of " + std::to_string(p.size()) + " coefficients exceeds the SRS of " +
                     std::to_string(srs.size()) + " powers");
  }
  return ec::msm(srs.g1_powers().first(p.size()), p.span()).to_affine();
}

G1Affine commit_lagrange(const Srs& srs, const Polynomial<Lagrange>& p) {
  const std::size_t n = p.size();
  if (n == 0 || !std::has_single_bit(n)) {
    throw InputError("KZG commit_lagrange: " + std::to_string(n) + " evaluations is not a power-of-two domain");
  }
  const auto basis = srs.lagrange(static_cast<unsigned>(std::countr_zero(n)));
  return ec::msm(basis, p.span()).to_affine();
}

Opening open(const Srs& srs, const Polynomial<Coeff>& p, const Fr& z) {
  Opening opening;
  // The quotient by (X - z) ignores the remainder, which is exactly p(z).
  const Polynomial<Coeff> quotient = poly::divide_by_linear(p, z, &opening.value);
  opening.proof = commit(srs, quotient);
  return opening;
}

bool verify(const VerifierKey& key, const G1Affine& commitment, const Fr& z, const Fr& value, const G1Affine& proof) {
  const G1Jacobian w = G1Jacobian::from_affine(proof);
  const G1Affine lhs = (G1Jacobian::from_affine(commitment) - G1Jacobian::from_affine(key.g1) * value + w * z).to_affine();
  const G1Affine ps[2] = {lhs, -proof};
  return ec::pairing_check(std::span<const G1Affine>(ps), std::span<const ec::G2Prepared>(key.prepared));
}

}  // namespace zkevm::pcs
