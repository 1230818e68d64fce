#pragma once
// A cost model of proving a constraint system at 2^k rows with halo2-style
// KZG (the prover this layer builds), computed from the shape alone.
//
// Notation: n = 2^k, d = degree bound, e = extension factor (extended domain
// n·e), A advice / F fixed (incl. selectors) / I instance columns, L lookup
// groups (lookups sharing a table share m and φ, see constraint_system.hpp),
// S shuffles, P equality columns in C = ceil(P / (d − 2)) permutation chunks.
//
// Proof (a 5-byte header "zkPF" + version, then elements of 32 bytes: compressed G1 or Fr):
//   commitments  A (advice) + 2L (logUp multiplicity m and running sum φ)
//                + S (shuffle products) + C (permutation products)
//                + 1 (vanishing random polynomial) + (d − 1) (quotient pieces of degree < n)
//   evaluations  one per distinct (advice column, rotation) and (fixed column, rotation)
//                queried (equality columns are opened at x for the permutation),
//                l_0, l_last, l_active (3 when there is any argument) and X (a 4th
//                with the permutation), P sigma evaluations, 3C − 1 permutation products (z_i(x), z_i(ωx), and
//                z_i(ω^last x) linking chunk i to i + 1), 3L (m(x), φ(x), φ(ωx)),
//                2S (z(x), z(ωx)), 1 for the random polynomial; instance values are
//                evaluated by the verifier, and h(x) is derived by it.
//   opening      SHPLONK: 2 G1 points.
// Prover work:
//   MSMs of size n: one per proof commitment (the quotient pieces included), plus
//   the 2 SHPLONK opening commitments. Keygen: F + P (fixed and sigma commitments).
//   NTTs: size n inverse NTT for each witness-side polynomial (A + I + 2L + S + C);
//   size n·e coset NTT for each of those; one size n·e inverse coset NTT of the quotient.
//   Keygen adds F + P inverse NTTs of size n and F + P + 3 coset NTTs (fixed, sigmas,
//   l_0, l_last, l_active) kept in the proving key.
// Prover memory (peak model): every polynomial the quotient reads is held as
// Lagrange values (n), coefficients (n) and extended values (n·e):
//   32 · [(F + P + A + I + 2L + S + C) · (2n + n·e) + 4 · n·e]
// (the 4 extended-size vectors: l_0, l_last, l_active and the quotient accumulator).
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "cpp/plonk/constraint_system.hpp"

namespace zkevm::plonk {

// The proof's header: "zkPF" and a version byte (proof.hpp).
inline constexpr size_t kProofHeaderBytes = 5;

struct CostEstimate {
  struct Work {
    size_t size = 0;   // points (NTT) or bases (MSM)
    size_t count = 0;
    std::string what;
  };

  uint32_t k = 0;
  size_t n = 0;
  uint32_t degree = 0;
  uint32_t extension_factor = 0;
  size_t advice_cells = 0;           // A · usable rows
  size_t proof_commitments = 0;
  size_t proof_evaluations = 0;
  size_t opening_points = 2;         // SHPLONK
  size_t proof_bytes = 0;
  size_t verifying_key_commitments = 0;
  std::vector<Work> prover_msms, prover_ntts, keygen_msms, keygen_ntts;
  size_t prover_memory_bytes = 0;

  // Total MSM bases / NTT points over the prover's work lists.
  size_t total_msm_bases() const;
  size_t total_ntt_points() const;
  std::string to_string() const;
};

// The cost of proving cs at 2^k rows under the model above; InputError when k
// leaves no usable rows.
CostEstimate estimate_cost(const ConstraintSystem& cs, uint32_t k);

}  // namespace zkevm::plonk
