#include "cpp/pcs/shplonk.hpp"

#include <string>

#include "cpp/ec/msm.hpp"
#include "cpp/poly/evaluate.hpp"
#include "cpp/util/error.hpp"

namespace zkevm::pcs {

namespace {

void check_points(std::span<const Fr> points, std::size_t index) {
  if (points.empty()) throw InputError("SHPLONK opening " + std::to_string(index) + ": no points to open at");
  for (std::size_t a = 0; a < points.size(); ++a) {
    for (std::size_t b = a + 1; b < points.size(); ++b) {
      if (points[a] == points[b]) {
        throw InputError("SHPLONK opening " + std::to_string(index) + ": point " + std::to_string(a) +
                         " is repeated at position " + std::to_string(b));
      }
    }
  }
}

// Z_S(z) = prod_{s in S} (z - s).
Fr vanishing(std::span<const Fr> set, const Fr& z) {
  Fr acc = Fr::one();
  for (const Fr& s : set) acc *= z - s;
  return acc;
}

// r(z) for the interpolant r of (points[j], values[j]) (Lagrange's formula).
Fr interpolate_at(std::span<const Fr> points, std::span<const Fr> values, const Fr& z) {
  std::vector<Fr> denominators(points.size());
  for (std::size_t j = 0; j < points.size(); ++j) {
    Fr d = Fr::one();
    for (std::size_t k = 0; k < points.size(); ++k) {
      if (k != j) d *= points[j] - points[k];
    }
    denominators[j] = d;
  }
  ff::batch_inverse(denominators);  // nonzero: the points are distinct
  Fr sum = Fr::zero();
  for (std::size_t j = 0; j < points.size(); ++j) {
    Fr numerator = values[j] * denominators[j];
    for (std::size_t k = 0; k < points.size(); ++k) {
      if (k != j) numerator *= z - points[k];
    }
    sum += numerator;
  }
  return sum;
}

// T, the distinct points of all openings.
template <class Opening>
std::vector<Fr> union_of_points(std::span<const Opening> openings) {
  std::vector<Fr> all;
  for (const auto& o : openings) {
    for (const Fr& p : o.points) {
      bool seen = false;
      for (const Fr& q : all) seen = seen || q == p;
      if (!seen) all.push_back(p);
    }
  }
  return all;
}

// gamma^i Z_{T \ S_i}(z) for every opening: the weight of f_i in L.
template <class Opening>
std::vector<Fr> opening_weights(std::span<const Opening> openings, const Fr& gamma, const Fr& z, const Fr& z_t) {
  std::vector<Fr> weights(openings.size());
  std::vector<Fr> z_s(openings.size());
  for (std::size_t i = 0; i < openings.size(); ++i) z_s[i] = vanishing(openings[i].points, z);
  ff::batch_inverse(z_s);  // nonzero: z is not in T (checked by the caller)
  Fr gamma_i = Fr::one();
  for (std::size_t i = 0; i < openings.size(); ++i, gamma_i *= gamma) weights[i] = gamma_i * z_t * z_s[i];
  return weights;
}

}  // namespace

ShplonkProof shplonk_open(const Srs& srs, std::span<const ProverOpening> openings, Challenger& challenger) {
  if (openings.empty()) throw InputError("SHPLONK: nothing to open");
  for (std::size_t i = 0; i < openings.size(); ++i) {
    if (openings[i].polynomial == nullptr) throw InputError("SHPLONK opening " + std::to_string(i) + ": no polynomial");
    check_points(openings[i].points, i);
  }

  // h = sum_i gamma^i (f_i - r_i) / Z_{S_i}: dividing by each (X - s) in turn and
  // dropping the remainders leaves the quotient of f_i by Z_{S_i}.
  const Fr gamma = challenger.squeeze_challenge();
  Polynomial<Coeff> h;
  Fr gamma_i = Fr::one();
  for (const ProverOpening& o : openings) {
    Polynomial<Coeff> q = *o.polynomial;
    for (const Fr& s : o.points) q = poly::divide_by_linear(q, s);
    h.add_scaled(gamma_i, q);
    gamma_i *= gamma;
  }
  ShplonkProof proof;
  proof.h_commitment = commit(srs, h);
  challenger.absorb_point(proof.h_commitment);

  const Fr z = challenger.squeeze_challenge();
  const std::vector<Fr> all_points = union_of_points(openings);
  const Fr z_t = vanishing(all_points, z);
  if (z_t.is_zero()) throw InternalError("SHPLONK: the challenge z hit an opening point");
  const std::vector<Fr> weights = opening_weights(openings, gamma, z, z_t);

  // L = sum_i w_i (f_i - r_i(z)) - Z_T(z) h.
  Polynomial<Coeff> l = h * (-z_t);
  for (std::size_t i = 0; i < openings.size(); ++i) {
    const ProverOpening& o = openings[i];
    std::vector<Fr> values(o.points.size());
    for (std::size_t j = 0; j < o.points.size(); ++j) values[j] = poly::evaluate(*o.polynomial, o.points[j]);
    l.add_scaled(weights[i], *o.polynomial);
    if (l.empty()) l = Polynomial<Coeff>(1);
    l[0] -= weights[i] * interpolate_at(o.points, values, z);
  }
  proof.opening = commit(srs, poly::divide_by_linear(l, z));  // L(z) = 0
  challenger.absorb_point(proof.opening);
  return proof;
}

bool shplonk_verify(const VerifierKey& key, std::span<const VerifierOpening> openings, const ShplonkProof& proof,
                    Challenger& challenger) {
  if (openings.empty()) throw InputError("SHPLONK: nothing to verify");
  for (std::size_t i = 0; i < openings.size(); ++i) {
    check_points(openings[i].points, i);
    if (openings[i].evaluations.size() != openings[i].points.size()) {
      throw InputError("SHPLONK opening " + std::to_string(i) + ": " + std::to_string(openings[i].points.size()) +
                       " points but " + std::to_string(openings[i].evaluations.size()) + " evaluations");
    }
  }
  const Fr gamma = challenger.squeeze_challenge();
  challenger.absorb_point(proof.h_commitment);
  const Fr z = challenger.squeeze_challenge();
  challenger.absorb_point(proof.opening);

  const Fr z_t = vanishing(union_of_points(openings), z);
  if (z_t.is_zero()) return false;
  const std::vector<Fr> weights = opening_weights(openings, gamma, z, z_t);

  // [L] + z W' = sum_i w_i C_i - (sum_i w_i r_i(z)) G1 - Z_T(z) W + z W', one MSM.
  std::vector<G1Affine> points;
  std::vector<Fr> scalars;
  Fr constant = Fr::zero();
  for (std::size_t i = 0; i < openings.size(); ++i) {
    points.push_back(openings[i].commitment);
    scalars.push_back(weights[i]);
    constant += weights[i] * interpolate_at(openings[i].points, openings[i].evaluations, z);
  }
  points.insert(points.end(), {key.g1, proof.h_commitment, proof.opening});
  scalars.insert(scalars.end(), {-constant, -z_t, z});
  const G1Affine lhs = ec::msm(points, scalars).to_affine();
  const G1Affine ps[2] = {lhs, -proof.opening};
  return ec::pairing_check(std::span<const G1Affine>(ps), std::span<const ec::G2Prepared>(key.prepared));
}

}  // namespace zkevm::pcs
