#pragma once
// EvaluationDomain: the multiplicative subgroup H = <omega> of size n = 2^k
// where the rows of a circuit live, and the extended coset g * H_ext of size
// 2^(k + e) (g = Fr's multiplicative generator, 7) where the quotient
// polynomial is computed: a gate of degree d needs 2^e >= d - 1 evaluations per
// row so that its product with the vanishing polynomial's inverse is exact.
// The domain converts between the three polynomial bases.
#include <cstddef>
#include <memory>
#include <span>
#include <vector>

#include "cpp/poly/ntt.hpp"
#include "cpp/poly/polynomial.hpp"
#include "cpp/poly/rotation.hpp"

namespace zkevm::poly {

class EvaluationDomain {
 public:
  // H of size 2^k and the extended coset of size 2^(k + extension_log);
  // InputError when k + extension_log > 28.
  EvaluationDomain(unsigned k, unsigned extension_log);

  unsigned k() const { return plan_->log_size(); }
  std::size_t size() const { return plan_->size(); }
  unsigned extension_log() const { return extended_plan_->log_size() - k(); }
  unsigned extended_k() const { return extended_plan_->log_size(); }
  std::size_t extended_size() const { return extended_plan_->size(); }

  // omega generates H; omega^n = 1.
  const Fr& omega() const { return plan_->omega(); }
  const Fr& omega_inv() const { return plan_->omega_inv(); }
  // n^-1.
  const Fr& size_inv() const { return plan_->size_inv(); }
  // omega_ext generates H_ext (omega_ext^(2^e) = omega).
  const Fr& extended_omega() const { return extended_plan_->omega(); }
  // g, the shift of the extended coset g * H_ext.
  const Fr& coset_generator() const { return coset_generator_; }
  const Fr& coset_generator_inv() const { return coset_generator_inv_; }
  // The NTT plans of H and H_ext (shared with every domain of the same sizes).
  const NttPlan& plan() const { return *plan_; }
  const NttPlan& extended_plan() const { return *extended_plan_; }

  // Zero polynomials of the right sizes.
  Polynomial<Coeff> empty_coeff() const { return Polynomial<Coeff>(size()); }
  Polynomial<Lagrange> empty_lagrange() const { return Polynomial<Lagrange>(size()); }
  Polynomial<ExtendedLagrange> empty_extended() const { return Polynomial<ExtendedLagrange>(extended_size()); }

  // Evaluations on H of a polynomial with at most n coefficients (padded to n).
  Polynomial<Lagrange> coeff_to_lagrange(Polynomial<Coeff> p) const;
  // The n coefficients of the polynomial with the given n evaluations on H.
  Polynomial<Coeff> lagrange_to_coeff(Polynomial<Lagrange> p) const;
  // Evaluations on g * H_ext of a polynomial with at most 2^(k+e) coefficients.
  Polynomial<ExtendedLagrange> coeff_to_extended(Polynomial<Coeff> p) const;
  // The 2^(k+e) coefficients of the polynomial with the given evaluations on g * H_ext.
  Polynomial<Coeff> extended_to_coeff(Polynomial<ExtendedLagrange> p) const;

  // Z_H(X) = X^n - 1 on g * H_ext: (g * omega_ext^i)^n - 1 = g^n * omega_ext^(n i) - 1
  // depends only on i mod 2^e, so this holds those 2^e values (all nonzero).
  const std::vector<Fr>& vanishing_on_coset() const { return vanishing_on_coset_; }
  // Their inverses.
  const std::vector<Fr>& vanishing_on_coset_inv() const { return vanishing_on_coset_inv_; }
  // p /= Z_H point-wise on g * H_ext (the step that turns the combined gates into the quotient).
  void divide_by_vanishing_on_coset(Polynomial<ExtendedLagrange>& p) const;

  // Z_H(z) = z^n - 1.
  Fr vanishing_at(const Fr& z) const;
  // z * omega^rotation (the point where a query at that rotation is opened).
  Fr rotate_omega(const Fr& z, Rotation rotation) const;
  // omega^rotation.
  Fr omega_power(Rotation rotation) const;

 private:
  std::shared_ptr<const NttPlan> plan_;
  std::shared_ptr<const NttPlan> extended_plan_;
  Fr coset_generator_, coset_generator_inv_;
  std::vector<Fr> vanishing_on_coset_, vanishing_on_coset_inv_;
};

}  // namespace zkevm::poly
