#pragma once
// Srs: the structured reference string of KZG over BN254,
//   [tau^i]G1 for i < n (monomial form), G2 and [tau]G2,
// and, derived on demand, the Lagrange form [L_i(tau)]G1 for a domain of size
// 2^k (L_i the Lagrange basis of that domain), which commits to a polynomial
// given by its evaluations without an inverse NTT.
//
// Sources: insecure_from_secret (tau known: tests and demos only) and
// load_ptau (the output of a powers-of-tau ceremony in snarkjs' .ptau format;
// see ptau.hpp).
#include <array>
#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "cpp/ec/g1.hpp"
#include "cpp/ec/g2.hpp"
#include "cpp/ec/pairing.hpp"
#include "cpp/ff/bn254.hpp"

namespace zkevm::pcs {

using ec::G1Affine;
using ec::G1Jacobian;
using ec::G2Affine;
using ff::Fr;

// What a KZG verifier needs: G1, G2 and [tau]G2, with the G2 points prepared
// for the Miller loop once.
struct VerifierKey {
  G1Affine g1;
  G2Affine g2, g2_tau;
  // G2 and [tau]G2 prepared, in this order, so a check of the form
  // e(A, G2) e(B, [tau]G2) = 1 is one pairing_check(std::array{A, B}, prepared).
  std::array<ec::G2Prepared, 2> prepared;

  VerifierKey(const G1Affine& g1_, const G2Affine& g2_, const G2Affine& g2_tau_);
};

class Srs {
 public:
  // The SRS for the known secret tau with n powers in G1. INSECURE: whoever
  // knows tau can forge openings; for tests and demos only. InputError for n = 0
  // or tau = 0.
  static Srs insecure_from_secret(const Fr& tau, std::size_t n);

  // An SRS from its parts; EncodingError unless the points are on the curve,
  // G2 points in the subgroup, g1_powers[0] and g2 the generators, and
  // e([tau]G1, G2) = e(G1, [tau]G2). `what` names the source in messages.
  Srs(std::vector<G1Affine> g1_powers, const G2Affine& g2, const G2Affine& g2_tau, const std::string& what);

  // Number of G1 powers: polynomials of up to size() coefficients can be committed.
  std::size_t size() const { return g1_powers_.size(); }
  std::span<const G1Affine> g1_powers() const { return g1_powers_; }
  const G1Affine& g1() const { return g1_powers_[0]; }
  const G2Affine& g2() const { return g2_; }
  const G2Affine& g2_tau() const { return g2_tau_; }
  // The verifier's part (computed once, shared by copies of this SRS).
  const VerifierKey& verifier_key() const { return *verifier_key_; }

  // [L_i(tau)]G1 for the domain of size 2^k, i < 2^k; computed on first use
  // and cached. InputError when 2^k > size().
  std::span<const G1Affine> lagrange(unsigned k) const;

  // The first n powers (n <= size()), sharing nothing mutable with this SRS.
  Srs truncated(std::size_t n) const;

 private:
  struct LagrangeCache {
    std::mutex mutex;
    std::map<unsigned, std::shared_ptr<const std::vector<G1Affine>>> bases;
  };

  Srs() = default;

  std::vector<G1Affine> g1_powers_;
  G2Affine g2_, g2_tau_;
  std::shared_ptr<const VerifierKey> verifier_key_;
  std::shared_ptr<LagrangeCache> lagrange_cache_;
  // Kept only by insecure_from_secret, to derive Lagrange bases by fixed-base
  // multiplication (ec::FixedBaseTable) instead of an NTT over G1.
  std::optional<Fr> insecure_secret_;
};

// The inverse NTT of points (size 2^k) over G1: out_i = (1/n) sum_j omega^(-ij) points_j.
// Applied to [tau^j]G1 it gives [L_i(tau)]G1.
std::vector<G1Affine> inverse_ntt_g1(std::span<const G1Affine> points);

}  // namespace zkevm::pcs
