#include "cpp/poly/lagrange.hpp"

#include <mutex>
#include <string>

#include "cpp/util/error.hpp"
#include "cpp/util/parallel.hpp"

namespace zkevm::poly {

Fr evaluate_lagrange(const EvaluationDomain& domain, const Polynomial<Lagrange>& p, const Fr& z) {
  const std::size_t n = domain.size();
  if (p.size() != n) {
    throw InputError("evaluate_lagrange: expected " + std::to_string(n) + " evaluations, got " +
                     std::to_string(p.size()));
  }
  const NttPlan& plan = domain.plan();
  const Fr z_n_minus_1 = domain.vanishing_at(z);
  if (z_n_minus_1.is_zero()) {
    // z = omega^i for exactly one i: the polynomial's value there is stored.
    for (std::size_t i = 0; i < n; ++i) {
      if (plan.omega_power(i) == z) return p[i];
    }
    throw InternalError("evaluate_lagrange: z^n = 1 but z is not a power of omega");
  }
  std::mutex mutex;
  Fr sum = Fr::zero();
  parallel_for_chunks(
      n,
      [&](std::size_t begin, std::size_t end) {
        std::vector<Fr> denominators(end - begin);
        for (std::size_t i = begin; i < end; ++i) denominators[i - begin] = z - plan.omega_power(i);
        ff::batch_inverse(denominators);  // nonzero: z is not in H
        Fr acc = Fr::zero();
        for (std::size_t i = begin; i < end; ++i) acc += p[i] * plan.omega_power(i) * denominators[i - begin];
        std::lock_guard<std::mutex> lock(mutex);
        sum += acc;
      },
      1 << 14);
  return sum * z_n_minus_1 * domain.size_inv();
}

std::vector<Fr> lagrange_basis_at(const EvaluationDomain& domain, const Fr& z, std::span<const Rotation> rotations) {
  const Fr z_n_minus_1 = domain.vanishing_at(z);
  std::vector<Fr> out(rotations.size());
  if (z_n_minus_1.is_zero()) {
    for (std::size_t j = 0; j < rotations.size(); ++j) {
      out[j] = domain.omega_power(rotations[j]) == z ? Fr::one() : Fr::zero();
    }
    return out;
  }
  std::vector<Fr> denominators(rotations.size());
  for (std::size_t j = 0; j < rotations.size(); ++j) denominators[j] = z - domain.omega_power(rotations[j]);
  ff::batch_inverse(denominators);  // nonzero: z is not in H
  const Fr common = z_n_minus_1 * domain.size_inv();
  for (std::size_t j = 0; j < rotations.size(); ++j) {
    out[j] = common * domain.omega_power(rotations[j]) * denominators[j];
  }
  return out;
}

}  // namespace zkevm::poly
