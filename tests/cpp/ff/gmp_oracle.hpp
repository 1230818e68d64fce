#pragma once
// Conversions between 4-limb values and GMP integers, and the random/edge
// inputs the field tests share.
#include <gmpxx.h>

#include <random>
#include <vector>

#include "cpp/ff/bn254.hpp"
#include "cpp/ff/secp256k1.hpp"

namespace zkevm::ff::test {

inline mpz_class to_mpz(const Limbs& a) {
  mpz_class r;
  mpz_import(r.get_mpz_t(), 4, -1, sizeof(uint64_t), 0, 0, a.data());
  return r;
}

// a must be in [0, 2^256).
inline Limbs from_mpz(const mpz_class& a) {
  Limbs r{};
  size_t count = 0;
  mpz_export(r.data(), &count, -1, sizeof(uint64_t), 0, 0, a.get_mpz_t());
  return r;
}

template <class F>
mpz_class modulus_mpz() {
  return to_mpz(F::modulus);
}

template <class F>
mpz_class value(const F& x) {
  return to_mpz(x.to_canonical());
}

template <class F>
F from_mpz_mod(const mpz_class& a) {
  mpz_class p = modulus_mpz<F>();
  mpz_class r = a % p;
  if (r < 0) r += p;
  return F::from_canonical(from_mpz(r));
}

// Edge values: 0, 1, 2, p-1, p-2, (p-1)/2, (p+1)/2, 2^64, 2^128 - 1, 2^192,
// and the reductions of 2^256 - 1 and 2^256 - 2.
template <class F>
std::vector<F> edge_values() {
  mpz_class p = modulus_mpz<F>();
  mpz_class two256 = mpz_class(1) << 256;
  std::vector<mpz_class> ints = {0, 1, 2, p - 1, p - 2, (p - 1) / 2, (p + 1) / 2,
                                 mpz_class(1) << 64, (mpz_class(1) << 128) - 1, mpz_class(1) << 192,
                                 two256 - 1, two256 - 2};
  std::vector<F> out;
  for (const auto& v : ints) out.push_back(from_mpz_mod<F>(v));
  return out;
}

// Edge values then `n` random elements.
template <class F>
std::vector<F> test_values(size_t n, uint64_t seed) {
  std::vector<F> out = edge_values<F>();
  std::mt19937_64 rng(seed);
  for (size_t i = 0; i < n; ++i) out.push_back(F::random(rng));
  return out;
}

}  // namespace zkevm::ff::test
