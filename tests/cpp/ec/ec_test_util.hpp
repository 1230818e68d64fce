#pragma once
// Helpers shared by the ec tests: random points, big integers from GMP.
#include <gmpxx.h>

#include <random>
#include <vector>

#include "cpp/ec/g1.hpp"
#include "cpp/ec/g2.hpp"

namespace zkevm::ec::test {

inline mpz_class to_mpz(std::span<const uint64_t> limbs) {
  mpz_class v = 0;
  for (size_t i = limbs.size(); i-- > 0;) v = (v << 64) + mpz_class(std::to_string(limbs[i]));
  return v;
}

// Little-endian 64-bit limbs of a non-negative integer.
inline std::vector<uint64_t> to_limbs(const mpz_class& v) {
  std::vector<uint64_t> out((mpz_sizeinbase(v.get_mpz_t(), 2) + 63) / 64 + 1, 0);
  size_t count = 0;
  mpz_export(out.data(), &count, -1, sizeof(uint64_t), 0, 0, v.get_mpz_t());
  return out;
}

inline mpz_class fq_modulus() { return to_mpz(Fq::modulus); }
inline mpz_class fr_modulus() { return to_mpz(Fr::modulus); }

inline G1Jacobian random_g1(std::mt19937_64& rng) { return G1Jacobian::generator() * Fr::random(rng); }
inline G2Jacobian random_g2(std::mt19937_64& rng) { return G2Jacobian::generator() * Fr::random(rng); }

// A random point on the twist E'(Fq2), almost surely outside G2.
inline G2Affine random_twist_point(std::mt19937_64& rng) {
  for (;;) {
    Fq2 x = Fq2::random(rng);
    if (auto y = (x.square() * x + G2Params::b()).sqrt()) return {x, *y};
  }
}

// The same point with a random Z, so tests do not only see Z = 1.
template <class P>
P rescaled(const P& p, std::mt19937_64& rng) {
  using B = typename P::Base;
  B l = B::random(rng), l2 = l.square();
  return {p.X * l2, p.Y * l2 * l, p.Z * l};
}

}  // namespace zkevm::ec::test
