#pragma once
// Keygen: the preprocessed half of a PLONKish proof. From a constraint system,
// the circuit's fixed assignment (selectors, tables, constants) and the copy
// constraints it records, keygen builds
//   - the verifying key: k, the constraint system (shape), the commitments to
//     every fixed polynomial of the widened space (circuit fixed columns, then
//     l_0, l_last, l_active, X and the permutation's σ_j) and a digest, the
//     Keccak-256 of the key's canonical serialization, which separates the
//     Fiat-Shamir transcript per circuit;
//   - the proving key: the verifying key plus those polynomials in Lagrange,
//     coefficient and extended-coset form, the SRS and the evaluation domain.
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "cpp/pcs/srs.hpp"
#include "cpp/plonk/protocol.hpp"
#include "cpp/poly/domain.hpp"

namespace zkevm::plonk {

using poly::Coeff;
using poly::ExtendedLagrange;
using poly::Lagrange;
using poly::Polynomial;

struct VerifyingKey {
  std::shared_ptr<const ConstraintSystem> cs;
  std::shared_ptr<const Protocol> protocol;
  uint32_t k = 0;
  std::vector<G1Affine> fixed_commitments;  // widened fixed columns, in order
  Hash256 digest{};                          // Keccak-256 of to_bytes()

  // Versioned canonical bytes: "zkVK", version, k, shape digest, commitments.
  std::vector<uint8_t> to_bytes() const;
  // The key in bytes for the constraint system cs (the circuit's own
  // configure(), as in halo2: the shape is code, the key holds k and the
  // commitments). EncodingError on a wrong magic, version or length or a bad
  // point; InputError when the key was made for another constraint system.
  static VerifyingKey from_bytes(std::span<const uint8_t> bytes, const ConstraintSystem& cs);
};

struct ProvingKey {
  VerifyingKey vk;
  pcs::Srs srs;
  poly::EvaluationDomain domain;
  // The virtual fixed columns on H (l_0, l_last, l_active, X, σ_j), as argument_witness wants them.
  std::vector<std::vector<Fr>> preprocessed;
  // Every widened fixed column in coefficient form and on the extended coset.
  std::vector<Polynomial<Coeff>> fixed_coeff;
  std::vector<Polynomial<ExtendedLagrange>> fixed_extended;

  // Versioned bytes: "zkPK", version, the verifying key's bytes (length
  // first), then the coefficients of every widened fixed column (32-byte LE).
  // The SRS is not included.
  std::vector<uint8_t> to_bytes() const;
  // The key in bytes for the constraint system cs with this SRS (the one it
  // was made with: another SRS gives proofs that do not verify). The
  // extended-coset forms are recomputed. EncodingError on a wrong magic,
  // version or length, a bad point or a non-canonical scalar; InputError when
  // the key was made for another constraint system or the SRS is too small.
  static ProvingKey from_bytes(std::span<const uint8_t> bytes, const ConstraintSystem& cs, const pcs::Srs& srs);
};

// The proving key for circuit at 2^k rows; cs must come from circuit.configure.
// Runs both synthesis phases (phase 1 with arbitrary challenge values: fixed
// values must not depend on them). InputError when the SRS has fewer than 2^k
// powers or k does not fit the circuit.
ProvingKey keygen(const ConstraintSystem& cs, Circuit& circuit, const pcs::Srs& srs, uint32_t k);

}  // namespace zkevm::plonk
