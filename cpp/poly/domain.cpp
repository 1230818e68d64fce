#include "cpp/poly/domain.hpp"

#include <string>

#include "cpp/util/error.hpp"
#include "cpp/util/parallel.hpp"

namespace zkevm::poly {

EvaluationDomain::EvaluationDomain(unsigned k, unsigned extension_log) {
  if (k > NttPlan::max_log_size || extension_log > NttPlan::max_log_size - k) {
    throw InputError("evaluation domain: k = " + std::to_string(k) + " extended by 2^" +
                     std::to_string(extension_log) + " needs 2^" + std::to_string(k + extension_log) +
                     " points, but Fr's largest power-of-two subgroup has 2^" + std::to_string(NttPlan::max_log_size));
  }
  plan_ = NttPlan::get(k);
  extended_plan_ = NttPlan::get(k + extension_log);
  coset_generator_ = Fr::multiplicative_generator();
  coset_generator_inv_ = coset_generator_.inverse();

  // g^n * (omega_ext^n)^i - 1 for i < 2^e; omega_ext^n has order 2^e.
  const std::size_t period = std::size_t{1} << extension_log;
  const Fr g_n = coset_generator_.pow(static_cast<uint64_t>(size()));
  const Fr step = extended_omega().pow(static_cast<uint64_t>(size()));
  vanishing_on_coset_ = powers(step, period, g_n);
  for (Fr& v : vanishing_on_coset_) v -= Fr::one();
  vanishing_on_coset_inv_ = vanishing_on_coset_;
  ff::batch_inverse(vanishing_on_coset_inv_);  // nonzero: g is not in H_ext
}

namespace {
template <class From>
void require_at_most(const Polynomial<From>& p, std::size_t n, const char* what) {
  if (p.size() > n) {
    throw InputError(std::string(what) + ": " + std::to_string(p.size()) + " " + From::name +
                     " values do not fit a domain of size " + std::to_string(n));
  }
}
template <class From>
void require_exactly(const Polynomial<From>& p, std::size_t n, const char* what) {
  if (p.size() != n) {
    throw InputError(std::string(what) + ": expected " + std::to_string(n) + " " + From::name + " values, got " +
                     std::to_string(p.size()));
  }
}
}  // namespace

Polynomial<Lagrange> EvaluationDomain::coeff_to_lagrange(Polynomial<Coeff> p) const {
  require_at_most(p, size(), "coeff_to_lagrange");
  std::vector<Fr> values = p.take();
  values.resize(size());
  plan_->forward(values);
  return Polynomial<Lagrange>(std::move(values));
}

Polynomial<Coeff> EvaluationDomain::lagrange_to_coeff(Polynomial<Lagrange> p) const {
  require_exactly(p, size(), "lagrange_to_coeff");
  std::vector<Fr> values = p.take();
  plan_->inverse(values);
  return Polynomial<Coeff>(std::move(values));
}

Polynomial<ExtendedLagrange> EvaluationDomain::coeff_to_extended(Polynomial<Coeff> p) const {
  require_at_most(p, extended_size(), "coeff_to_extended");
  std::vector<Fr> values = p.take();
  values.resize(extended_size());
  extended_plan_->coset_forward(values, coset_generator_);
  return Polynomial<ExtendedLagrange>(std::move(values));
}

Polynomial<Coeff> EvaluationDomain::extended_to_coeff(Polynomial<ExtendedLagrange> p) const {
  require_exactly(p, extended_size(), "extended_to_coeff");
  std::vector<Fr> values = p.take();
  extended_plan_->coset_inverse(values, coset_generator_);
  return Polynomial<Coeff>(std::move(values));
}

void EvaluationDomain::divide_by_vanishing_on_coset(Polynomial<ExtendedLagrange>& p) const {
  require_exactly(p, extended_size(), "divide_by_vanishing_on_coset");
  const std::size_t mask = vanishing_on_coset_inv_.size() - 1;
  parallel_for_chunks(
      p.size(),
      [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) p[i] *= vanishing_on_coset_inv_[i & mask];
      },
      detail::kElementwiseChunk);
}

Fr EvaluationDomain::vanishing_at(const Fr& z) const {
  return z.pow(static_cast<uint64_t>(size())) - Fr::one();
}

Fr EvaluationDomain::omega_power(Rotation rotation) const {
  // omega_power reduces its index mod n; a negative rotation r is n - |r| mod n.
  const std::size_t n = size();
  const std::size_t magnitude = static_cast<std::size_t>(rotation.value < 0 ? -static_cast<int64_t>(rotation.value)
                                                                           : rotation.value) % n;
  return plan_->omega_power(rotation.value < 0 ? n - magnitude : magnitude);
}

Fr EvaluationDomain::rotate_omega(const Fr& z, Rotation rotation) const { return z * omega_power(rotation); }

}  // namespace zkevm::poly
