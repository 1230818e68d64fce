#pragma once
// The prover's argument polynomials and the constraints the quotient enforces
// beyond the gates: the permutation (copy constraints), logUp lookups and
// shuffles. They are expressed as Expressions over a widened column space —
// the circuit's columns followed by virtual columns for the argument
// polynomials — so the evaluator compiles gates and arguments into one
// program, and the same constraints serve on the normal domain (checked here
// and in tests) and on the extended coset (the prover's quotient).
//
// Virtual fixed columns (preprocessed, part of the proving key):
//   l_0 (1 on row 0), l_last (1 on row u = usable rows), l_active (1 on rows < u),
//   x (the point ω^i itself), σ_j for each equality column j.
// Virtual advice columns (committed by the prover after θ, β, γ are drawn):
//   permutation products z_c (one per chunk), per lookup group (lookups into
//   one table, see ConstraintSystem::lookup_groups) the multiplicity m and
//   running sum φ, per shuffle the product z.
// Challenges after the circuit's own: θ (tuple compression), β, γ, then y,
// which folds all constraints into the quotient's numerator Σ y^(N−1−i) c_i.
//
// Constraints (each multiplied by the Lagrange selector shown):
//   permutation  l_0 (1 − z_0); l_last (z_{C−1}² − z_{C−1}); l_0 (z_c − z_{c−1}(ω^u X)) for c ≥ 1;
//                l_active (z_c(ωX) Π_j (v_j + β σ_j + γ) − z_c(X) Π_j (v_j + β δ^j X + γ))
//   logUp        l_0 φ; l_last φ; l_active ((φ(ωX) − φ(X)) Π_k(β + f_k)(β + t)
//                − Σ_k q_k (β + t) Π_{l≠k}(β + f_l) + m q_t Π_k(β + f_k))   (k over the group)
//   shuffle      l_0 (1 − z); l_last (z² − z); l_active (z(ωX)(γ + s) − z(X)(γ + f))
// with f = Σ θ^(k−1−i) f_i (Horner) and likewise t and s.
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "cpp/plonk/assignment.hpp"
#include "cpp/plonk/permutation.hpp"

namespace zkevm::plonk {

// Where the argument polynomials live in the widened column space.
struct ArgumentLayout {
  explicit ArgumentLayout(const ConstraintSystem& cs);

  // Virtual fixed columns.
  uint32_t l_0 = 0, l_last = 0, l_active = 0, x = 0, sigma_first = 0;
  size_t num_fixed = 0;  // circuit fixed columns + 4 + equality columns
  // Virtual advice columns.
  uint32_t permutation_first = 0, lookup_first = 0, shuffle_first = 0;
  size_t num_advice = 0;
  // Challenge indices: θ, β, γ, and y (combines the constraints for the quotient).
  uint32_t theta = 0, beta = 0, gamma = 0, y = 0;
  size_t num_challenges = 0;

  size_t permutation_chunks = 0, chunk_size = 0;
  std::vector<std::vector<size_t>> lookup_groups;  // cs.lookup_groups()
  // u: the row where l_last is 1, as a rotation back from row 0 (−(n − u)).
  int32_t last_rotation = 0;

  Column<Fixed> fixed(uint32_t index) const { return Column<Fixed>(index); }
  Column<Advice> advice(uint32_t index) const { return Column<Advice>(index, 1); }
  // m and φ of lookup group g.
  Column<Advice> lookup_multiplicity(size_t group) const { return advice(lookup_first + 2 * static_cast<uint32_t>(group)); }
  Column<Advice> lookup_running_sum(size_t group) const { return advice(lookup_first + 2 * static_cast<uint32_t>(group) + 1); }
};

// One constraint the quotient enforces, with the argument it belongs to.
struct ArgumentConstraint {
  std::string argument;  // "gate 'add'", "permutation", "lookup 'byte'", "shuffle 's'"
  std::string name;
  Expression polynomial;
};

// The permutation, lookup and shuffle constraints (not the gates).
std::vector<ArgumentConstraint> argument_constraints(const ConstraintSystem& cs, const ArgumentLayout& layout);
// The gates' constraints followed by argument_constraints.
std::vector<ArgumentConstraint> all_constraints(const ConstraintSystem& cs, const ArgumentLayout& layout);

// Σ y^(N−1−i) c_i over the constraints (Horner), y = Challenge(layout.y): the
// numerator of the quotient h = numerator / Z_H.
Expression combine_constraints(const std::vector<ArgumentConstraint>& constraints, const ArgumentLayout& layout);

// The virtual fixed columns on the normal domain of 2^k rows, in layout order
// (l_0, l_last, l_active, x, σ_0, ...).
std::vector<std::vector<Fr>> preprocessed_columns(const ConstraintSystem& cs, const ArgumentLayout& layout, uint32_t k,
                                                  const PermutationMapping& mapping);

// The virtual advice columns for an assignment, given the challenge values
// (the circuit's, then θ, β, γ; y is not needed yet) and the preprocessed columns; rows past the
// last row are filled from rng (blinding). InputError when a lookup input is
// not in its table or a shuffle's sides differ (no valid witness exists).
std::vector<std::vector<Fr>> argument_witness(const ConstraintSystem& cs, const ArgumentLayout& layout,
                                              const Assignment& assignment,
                                              const std::vector<std::vector<Fr>>& preprocessed,
                                              std::span<const Fr> challenges, std::mt19937_64& rng);

}  // namespace zkevm::plonk
