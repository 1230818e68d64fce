#pragma once
// Conversions between Fr and NTL's ZZ_p / ZZ_pX (modulus r), the oracle the
// polynomial tests compare against, and random inputs they share.
#include <NTL/ZZ_pX.h>

#include <ostream>
#include <random>
#include <vector>

#include "cpp/ff/bn254.hpp"
#include "cpp/poly/polynomial.hpp"

// GoogleTest prints field elements as hex instead of raw bytes.
namespace zkevm::ff {
template <class Params>
void PrintTo(const Field<Params>& x, std::ostream* os) {
  *os << x.to_hex(true);
}
}  // namespace zkevm::ff

namespace zkevm::poly::test {

using ff::Fr;

// Sets NTL's ZZ_p modulus to Fr's modulus r (call at the start of each test).
inline void init_ntl_modulus() {
  NTL::ZZ r = NTL::ZZFromBytes(reinterpret_cast<const unsigned char*>(Fr::modulus.data()), 32);
  NTL::ZZ_p::init(r);
}

inline NTL::ZZ_p to_ntl(const Fr& x) {
  auto bytes = x.to_bytes_le();
  return NTL::conv<NTL::ZZ_p>(NTL::ZZFromBytes(bytes.data(), 32));
}

inline Fr from_ntl(const NTL::ZZ_p& x) {
  std::array<uint8_t, 32> bytes{};
  NTL::BytesFromZZ(bytes.data(), NTL::rep(x), 32);
  return Fr::from_bytes_le(bytes);
}

inline NTL::ZZ_pX to_ntl(std::span<const Fr> coefficients) {
  NTL::ZZ_pX p;
  for (std::size_t i = 0; i < coefficients.size(); ++i) NTL::SetCoeff(p, static_cast<long>(i), to_ntl(coefficients[i]));
  return p;
}

// The first n coefficients of p (zeros above its degree).
inline std::vector<Fr> from_ntl(const NTL::ZZ_pX& p, std::size_t n) {
  std::vector<Fr> out(n);
  for (std::size_t i = 0; i < n; ++i) out[i] = from_ntl(NTL::coeff(p, static_cast<long>(i)));
  return out;
}

inline std::vector<Fr> random_values(std::size_t n, std::mt19937_64& rng) {
  std::vector<Fr> out(n);
  for (auto& v : out) v = Fr::random(rng);
  return out;
}

// sum_i a_i z^i, term by term (the slowest, most obvious evaluation).
inline Fr naive_evaluate(std::span<const Fr> coefficients, const Fr& z) {
  Fr acc = Fr::zero(), power = Fr::one();
  for (const Fr& c : coefficients) {
    acc += c * power;
    power *= z;
  }
  return acc;
}

}  // namespace zkevm::poly::test
