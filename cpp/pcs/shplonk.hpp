#pragma once
// SHPLONK: batch opening of several committed polynomials, each at its own set
// of points, with two G1 elements and one pairing check (Boneh, Drake, Fisch,
// Gabizon, "Efficient polynomial commitment schemes for multiple points and
// polynomials", 2020, section 4). For polynomials f_i opened on sets S_i with
// T the union of all S_i, r_i the interpolant of f_i's values on S_i and
// Z_S(X) = prod_{s in S}(X - s):
//   gamma <- challenge
//   W  = [h(tau)],  h = sum_i gamma^i (f_i - r_i) / Z_{S_i}     (exact division)
//   z  <- challenge
//   L  = sum_i gamma^i Z_{T\S_i}(z) (f_i - r_i(z)) - Z_T(z) h   (L(z) = 0)
//   W' = [(L / (X - z))(tau)]
// The verifier forms [L] from the commitments and checks
//   e([L] + z W', G2) = e(W', [tau]G2).
#include <span>
#include <vector>

#include "cpp/pcs/kzg.hpp"
#include "cpp/pcs/srs.hpp"

namespace zkevm::pcs {

// The Fiat-Shamir channel the argument draws its two challenges from. The
// caller has already absorbed the commitments and claimed evaluations; the
// argument absorbs W before drawing z and W' after. The plonk layer adapts its
// Keccak transcript to this interface.
class Challenger {
 public:
  virtual ~Challenger() = default;
  virtual void absorb_point(const G1Affine& point) = 0;
  virtual Fr squeeze_challenge() = 0;
};

// A committed polynomial and the distinct points it is opened at.
struct ProverOpening {
  const Polynomial<Coeff>* polynomial = nullptr;
  std::vector<Fr> points;
};

// The commitment, the points and the claimed values f(point), in the same order.
struct VerifierOpening {
  G1Affine commitment;
  std::vector<Fr> points;
  std::vector<Fr> evaluations;
};

struct ShplonkProof {
  G1Affine h_commitment;  // W = [h(tau)]G1
  G1Affine opening;       // W' = [(L / (X - z))(tau)]G1
};

// Proves every f_i(s) for s in its points (the values are what the verifier is
// told separately, normally through the transcript). InputError for an empty
// opening list, an opening without points or with a repeated point, or a
// polynomial larger than the SRS.
ShplonkProof shplonk_open(const Srs& srs, std::span<const ProverOpening> openings, Challenger& challenger);

// True when the proof shows all claimed evaluations. InputError on malformed
// queries (as above, or points and evaluations of different lengths).
bool shplonk_verify(const VerifierKey& key, std::span<const VerifierOpening> openings, const ShplonkProof& proof,
                    Challenger& challenger);

}  // namespace zkevm::pcs
