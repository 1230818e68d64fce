#pragma once
// NttPlan: the number-theoretic transform over Fr for one size n = 2^k, with
// its twiddle factors precomputed once and shared through a process-wide cache.
//
// forward() maps coefficients a_0..a_{n-1} to evaluations a(omega^i) in natural
// order; inverse() maps them back. The transform is a decimation-in-frequency
// radix-2/4 network: the outer layers stream over the whole array two layers per
// pass, the inner layers run inside cache-sized blocks (one thread per block),
// then one bit-reversal pass restores natural order.
#include <cstddef>
#include <memory>
#include <span>
#include <vector>

#include "cpp/ff/bn254.hpp"

namespace zkevm::poly {

using ff::Fr;

class NttPlan {
 public:
  // Largest supported log2 size: Fr's 2-adicity (28).
  static constexpr unsigned max_log_size = Fr::two_adicity;

  // The plan for size 2^log_size from the process-wide cache (built on first use);
  // InputError when log_size > 28.
  static std::shared_ptr<const NttPlan> get(unsigned log_size);

  // A primitive 2^log_size-th root of unity: Fr::root_of_unity()^(2^(28 - log_size)).
  static Fr root_of_unity(unsigned log_size);

  // Builds the plan (prefer get(), which shares plans); InputError when log_size > 28.
  explicit NttPlan(unsigned log_size);

  unsigned log_size() const { return log_size_; }
  std::size_t size() const { return std::size_t{1} << log_size_; }
  // omega, a primitive n-th root of unity (omega^n = 1, omega^(n/2) = -1).
  const Fr& omega() const { return omega_; }
  const Fr& omega_inv() const { return omega_inv_; }
  // n^-1 in Fr.
  const Fr& size_inv() const { return size_inv_; }
  // omega^i for any i (reduced mod n), read from the twiddle table.
  Fr omega_power(std::size_t i) const;

  // In place: coefficients -> evaluations at omega^i, natural order. values.size() must be n.
  void forward(std::span<Fr> values) const;
  // In place: evaluations at omega^i -> coefficients. values.size() must be n.
  void inverse(std::span<Fr> values) const;
  // In place: coefficients -> evaluations at g * omega^i (the coset g*H).
  void coset_forward(std::span<Fr> values, const Fr& g) const;
  // In place: evaluations at g * omega^i -> coefficients.
  void coset_inverse(std::span<Fr> values, const Fr& g) const;
  // In place: coefficients -> evaluations at omega^i in bit-reversed order (no permutation pass).
  void forward_bit_reversed(std::span<Fr> values) const;

 private:
  void check_size(std::span<const Fr> values, const char* what) const;
  void dif_block(Fr* x, std::size_t len) const;
  void radix4_pass(Fr* x, std::size_t half) const;
  void radix2_pass(Fr* x, std::size_t half) const;
  void inverse_unscaled(std::span<Fr> values) const;

  unsigned log_size_;
  Fr omega_, omega_inv_, size_inv_;
  // twiddles_[m + j] = omega_{2m}^j for every power of two m < n and j < m, where
  // omega_{2m} = omega^(n / 2m): the factors of the layer with butterfly span m,
  // each layer's factors contiguous. twiddles_[n/2 + j] = omega^j.
  std::vector<Fr> twiddles_;
};

// Reorders values (size a power of two) so that index i moves to bit_reverse(i).
void bit_reverse_permute(std::span<Fr> values);

// values[i] *= first * base^i for every i, in parallel.
void scale_by_powers(std::span<Fr> values, const Fr& base, const Fr& first = Fr::one());

// [first, first*base, ..., first*base^(n-1)], in parallel.
std::vector<Fr> powers(const Fr& base, std::size_t n, const Fr& first = Fr::one());

}  // namespace zkevm::poly
