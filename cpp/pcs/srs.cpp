#include "cpp/pcs/srs.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <string>

#include "cpp/ec/fixed_base.hpp"
#include "cpp/poly/domain.hpp"
#include "cpp/poly/lagrange.hpp"
#include "cpp/poly/ntt.hpp"
#include "cpp/util/error.hpp"
#include "cpp/util/parallel.hpp"

namespace zkevm::pcs {

namespace {

// [s_i]G1 for every scalar (8-bit signed windows over a shared table).
std::vector<G1Affine> generator_multiples(std::span<const Fr> scalars) {
  const ec::FixedBaseTable<ec::G1Params> table(G1Jacobian::generator());
  return table.mul_batch(scalars);
}

// Converts in parallel chunks, one inversion per chunk.
std::vector<G1Affine> to_affine_parallel(std::span<const G1Jacobian> points) {
  std::vector<G1Affine> out(points.size());
  parallel_for_chunks(
      points.size(),
      [&](std::size_t begin, std::size_t end) {
        ec::batch_to_affine(points.subspan(begin, end - begin), std::span<G1Affine>(out).subspan(begin, end - begin));
      },
      1024);
  return out;
}

}  // namespace

VerifierKey::VerifierKey(const G1Affine& g1_, const G2Affine& g2_, const G2Affine& g2_tau_)
    : g1(g1_), g2(g2_), g2_tau(g2_tau_), prepared{ec::G2Prepared(g2_), ec::G2Prepared(g2_tau_)} {}

std::vector<G1Affine> inverse_ntt_g1(std::span<const G1Affine> points) {
  const std::size_t n = points.size();
  if (n == 0 || !std::has_single_bit(n)) {
    throw InputError("inverse NTT over G1: size " + std::to_string(n) + " is not a power of two");
  }
  const unsigned k = static_cast<unsigned>(std::countr_zero(n));
  auto plan = poly::NttPlan::get(k);
  // Forward transform with omega (bit-reversed input, radix-2 decimation in time) ...
  std::vector<G1Jacobian> x(n);
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t r = 0;
    for (unsigned b = 0; b < k; ++b) r |= ((i >> b) & 1) << (k - 1 - b);
    x[r] = G1Jacobian::from_affine(points[i]);
  }
  for (std::size_t half = 1; half < n; half *= 2) {
    const std::size_t stride = n / (2 * half);  // omega_{2 half}^j = omega^(j * stride)
    parallel_for(
        n / 2,
        [&](std::size_t t) {
          const std::size_t block = t / half, j = t % half;
          G1Jacobian& u = x[block * 2 * half + j];
          G1Jacobian& v = x[block * 2 * half + j + half];
          const G1Jacobian twisted = j == 0 ? v : v * plan->omega_power(j * stride);
          v = u - twisted;
          u += twisted;
        },
        16);
  }
  // ... then i -> -i mod n turns omega into omega^-1, and the 1/n factor.
  std::reverse(x.begin() + 1, x.end());
  const Fr size_inv = plan->size_inv();
  parallel_for(n, [&](std::size_t i) { x[i] *= size_inv; }, 16);
  return to_affine_parallel(x);
}

Srs Srs::insecure_from_secret(const Fr& tau, std::size_t n) {
  if (n == 0) throw InputError("insecure SRS: the number of powers must be positive");
  if (tau.is_zero()) throw InputError("insecure SRS: tau must be nonzero");
  Srs srs;
  srs.g1_powers_ = generator_multiples(poly::powers(tau, n));
  srs.g2_ = G2Affine::generator();
  srs.g2_tau_ = (ec::G2Jacobian::generator() * tau).to_affine();
  srs.verifier_key_ = std::make_shared<const VerifierKey>(srs.g1(), srs.g2_, srs.g2_tau_);
  srs.lagrange_cache_ = std::make_shared<LagrangeCache>();
  srs.insecure_secret_ = tau;
  return srs;
}

Srs::Srs(std::vector<G1Affine> g1_powers, const G2Affine& g2, const G2Affine& g2_tau, const std::string& what)
    : g1_powers_(std::move(g1_powers)), g2_(g2), g2_tau_(g2_tau) {
  if (g1_powers_.size() < 2) {
    throw EncodingError(what + ": an SRS needs at least 2 powers of tau in G1, got " +
                        std::to_string(g1_powers_.size()));
  }
  if (g1_powers_[0] != G1Affine::generator()) throw EncodingError(what + ": the first G1 power is not the generator");
  if (g2_ != G2Affine::generator()) throw EncodingError(what + ": the first G2 power is not the generator");
  if (!g2_tau_.is_on_curve() || !g2_tau_.is_in_subgroup() || g2_tau_.is_identity()) {
    throw EncodingError(what + ": [tau]G2 is not a point of G2 other than the identity");
  }
  std::vector<uint8_t> bad(g1_powers_.size(), 0);
  parallel_for(g1_powers_.size(), [&](std::size_t i) { bad[i] = !g1_powers_[i].is_on_curve(); }, 1024);
  auto first_bad = std::find(bad.begin(), bad.end(), 1);
  if (first_bad != bad.end()) {
    throw EncodingError(what + ": G1 power " + std::to_string(first_bad - bad.begin()) + " is not on the curve");
  }
  // e([tau]G1, G2) = e(G1, [tau]G2): both parts use the same tau.
  const std::pair<G1Affine, G2Affine> pairs[2] = {{g1_powers_[1], g2_}, {-g1_powers_[0], g2_tau_}};
  if (!ec::pairing_check(pairs)) {
    throw EncodingError(what + ": [tau]G1 and [tau]G2 do not use the same tau");
  }
  verifier_key_ = std::make_shared<const VerifierKey>(g1(), g2_, g2_tau_);
  lagrange_cache_ = std::make_shared<LagrangeCache>();
}

std::span<const G1Affine> Srs::lagrange(unsigned k) const {
  if (k > poly::NttPlan::max_log_size || (std::size_t{1} << k) > size()) {
    throw InputError("SRS of " + std::to_string(size()) + " powers has no Lagrange basis for a domain of size 2^" +
                     std::to_string(k));
  }
  {
    std::lock_guard<std::mutex> lock(lagrange_cache_->mutex);
    auto it = lagrange_cache_->bases.find(k);
    if (it != lagrange_cache_->bases.end()) return *it->second;
  }
  const std::size_t n = std::size_t{1} << k;
  std::vector<G1Affine> basis;
  if (insecure_secret_) {
    // L_i(tau) directly (the barycentric weights at tau), then [L_i(tau)]G1.
    poly::EvaluationDomain domain(k, 0);
    std::vector<poly::Rotation> rows(n);
    for (std::size_t i = 0; i < n; ++i) rows[i] = poly::Rotation{static_cast<int32_t>(i)};
    basis = generator_multiples(poly::lagrange_basis_at(domain, *insecure_secret_, rows));
  } else {
    basis = inverse_ntt_g1(std::span<const G1Affine>(g1_powers_).first(n));
  }
  auto shared = std::make_shared<const std::vector<G1Affine>>(std::move(basis));
  std::lock_guard<std::mutex> lock(lagrange_cache_->mutex);
  return *lagrange_cache_->bases.emplace(k, std::move(shared)).first->second;
}

Srs Srs::truncated(std::size_t n) const {
  if (n == 0 || n > size()) {
    throw InputError("SRS of " + std::to_string(size()) + " powers cannot be truncated to " + std::to_string(n));
  }
  Srs out;
  out.g1_powers_.assign(g1_powers_.begin(), g1_powers_.begin() + static_cast<std::ptrdiff_t>(n));
  out.g2_ = g2_;
  out.g2_tau_ = g2_tau_;
  out.verifier_key_ = verifier_key_;
  out.lagrange_cache_ = std::make_shared<LagrangeCache>();
  out.insecure_secret_ = insecure_secret_;
  return out;
}

}  // namespace zkevm::pcs
