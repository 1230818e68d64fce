#pragma once
// The copy-constraint permutation σ (keygen's half of the permutation
// argument): the equality-enabled cells are partitioned into cycles, one per
// set of cells that must be equal, and σ maps each cell to the next cell of
// its cycle. With δ a generator of a coset family disjoint from H, cell
// (column j, row i) is labelled δ^j ω^i; the permutation argument proves
// Π (v + β·id + γ) = Π (v + β·σ + γ) over all equality cells.
#include <cstdint>
#include <vector>

#include "cpp/plonk/assignment.hpp"

namespace zkevm::plonk {

// δ = g^(2^S) for the multiplicative generator g and 2-adicity S of Fr: it has
// odd order, so the cosets δ^j H (j < that order) are pairwise disjoint.
Fr permutation_delta();

// A primitive 2^k-th root of unity ω (k ≤ 28).
Fr root_of_unity(uint32_t k);

class PermutationMapping {
 public:
  // The cycles of the copies recorded in the assignment (halo2's union of
  // cycles: merging the smaller cycle into the larger, swapping successors).
  PermutationMapping(const ConstraintSystem& cs, const Assignment& assignment);

  // The cell after (equality position j, row i) in its cycle, as (position, row).
  std::pair<uint32_t, uint32_t> next(uint32_t position, uint32_t row) const { return mapping_[position][row]; }
  size_t columns() const { return mapping_.size(); }

  // σ_j(ω^i) = δ^{j'} ω^{i'} for (j', i') = next(j, i), for every position j: n values each.
  std::vector<std::vector<Fr>> sigma_values(uint32_t k) const;

 private:
  std::vector<std::vector<std::pair<uint32_t, uint32_t>>> mapping_;
};

}  // namespace zkevm::plonk
