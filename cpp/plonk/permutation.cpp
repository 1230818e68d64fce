#include "cpp/plonk/permutation.hpp"

#include <algorithm>
#include <map>

#include "cpp/util/error.hpp"
#include "cpp/util/parallel.hpp"

namespace zkevm::plonk {

Fr permutation_delta() {
  // The volatile exponent keeps this a run-time computation: with the current
  // cpp/ff, a static Fr that GCC constant-initializes through the constexpr
  // field operations comes out as 0 (δ = 0 made every permutation product 1).
  volatile uint64_t exponent = uint64_t{1} << Fr::two_adicity;
  static const Fr delta = Fr::multiplicative_generator().pow(uint64_t{exponent});
  return delta;
}

Fr root_of_unity(uint32_t k) {
  if (k > Fr::two_adicity) throw InputError("no 2^" + std::to_string(k) + "-th root of unity in Fr");
  Fr w = Fr::root_of_unity();
  for (uint32_t i = k; i < Fr::two_adicity; ++i) w = w.square();
  return w;
}

PermutationMapping::PermutationMapping(const ConstraintSystem& cs, const Assignment& assignment) {
  const auto& columns = cs.equality_columns();
  const size_t n = assignment.n();
  std::map<AnyColumn, uint32_t> position;
  for (uint32_t j = 0; j < columns.size(); ++j) position[columns[j]] = j;

  using CellId = std::pair<uint32_t, uint32_t>;
  mapping_.assign(columns.size(), std::vector<CellId>(n));
  std::vector<std::vector<CellId>> aux(columns.size(), std::vector<CellId>(n));
  std::vector<std::vector<uint32_t>> sizes(columns.size(), std::vector<uint32_t>(n, 1));
  for (uint32_t j = 0; j < columns.size(); ++j) {
    for (uint32_t i = 0; i < n; ++i) mapping_[j][i] = aux[j][i] = {j, i};
  }
  auto id = [&](const Cell& c) -> CellId {
    auto it = position.find(c.column);
    if (it == position.end()) {
      throw InputError("permutation: " + cs.column_name(c.column) + " is in a copy but has no equality enabled");
    }
    return {it->second, static_cast<uint32_t>(c.row)};
  };
  for (const auto& [a, b] : assignment.copies()) {
    CellId left = id(a), right = id(b);
    CellId left_cycle = aux[left.first][left.second], right_cycle = aux[right.first][right.second];
    if (left_cycle == right_cycle) continue;  // already in one cycle
    if (sizes[left_cycle.first][left_cycle.second] < sizes[right_cycle.first][right_cycle.second]) {
      std::swap(left, right);
      std::swap(left_cycle, right_cycle);
    }
    // Relabel the right cycle with the left cycle's representative.
    sizes[left_cycle.first][left_cycle.second] += sizes[right_cycle.first][right_cycle.second];
    CellId cell = right;
    do {
      aux[cell.first][cell.second] = left_cycle;
      cell = mapping_[cell.first][cell.second];
    } while (cell != right);
    // Swapping the successors of left and right splices the two cycles into one.
    std::swap(mapping_[left.first][left.second], mapping_[right.first][right.second]);
  }
}

std::vector<std::vector<Fr>> PermutationMapping::sigma_values(uint32_t k) const {
  const size_t n = size_t{1} << k;
  std::vector<Fr> omega_powers(n);
  const Fr omega = root_of_unity(k);
  omega_powers[0] = Fr::one();
  for (size_t i = 1; i < n; ++i) omega_powers[i] = omega_powers[i - 1] * omega;
  std::vector<Fr> delta_powers(mapping_.size());
  Fr d = Fr::one();
  for (auto& p : delta_powers) {
    p = d;
    d *= permutation_delta();
  }
  std::vector<std::vector<Fr>> sigma(mapping_.size(), std::vector<Fr>(n));
  parallel_for(mapping_.size(), [&](size_t j) {
    for (size_t i = 0; i < n; ++i) {
      const auto [jj, ii] = mapping_[j][i];
      sigma[j][i] = delta_powers[jj] * omega_powers[ii];
    }
  });
  return sigma;
}

}  // namespace zkevm::plonk
