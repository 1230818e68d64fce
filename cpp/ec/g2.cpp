#include "cpp/ec/g2.hpp"

namespace zkevm::ec {

namespace {

using u128 = unsigned __int128;

// 6x^2, the eigenvalue of psi on G2 (p = r + 6x^2, so psi = [p] = [6x^2]).
constexpr u128 kSixXSquared = (static_cast<u128>(0x6f4d8248eeb859fbULL) << 64) | 0xf83e9682e87cfd46ULL;

// (k / m, k mod m) for k < 2^256 and m < 2^127 with k / m < 2^128, by binary
// long division (the remainder stays below 2m < 2^128).
std::pair<u128, u128> divide(const ff::Limbs& k, u128 m) {
  u128 quotient = 0, remainder = 0;
  for (int i = 255; i >= 0; --i) {
    remainder = (remainder << 1) | ((k[i / 64] >> (i % 64)) & 1);
    quotient <<= 1;
    if (remainder >= m) {
      remainder -= m;
      quotient |= 1;
    }
  }
  return {quotient, remainder};
}

std::vector<int8_t> wnaf_of(u128 v) {
  uint64_t limbs[2] = {static_cast<uint64_t>(v), static_cast<uint64_t>(v >> 64)};
  return wnaf_digits(std::span<const uint64_t>(limbs), 5);
}

}  // namespace

// k = k0 + k1 6x^2 with k0, k1 < 2^127 (k < r < 2^254 and 6x^2 > 2^126), so
// [k]Q = [k0]Q + [k1]psi(Q): half the doublings, psi costing a few Fq2 products.
G2Jacobian G2Params::mul_fr(const G2Jacobian& q, const Fr& s) {
  if (q.is_identity() || s.is_zero()) return G2Jacobian::identity();
  auto [k1, k0] = divide(s.to_canonical(), kSixXSquared);
  G2Jacobian q_odd[8], psi_odd[8];
  q_odd[0] = q;
  G2Jacobian twice = q.dbl();
  for (int i = 1; i < 8; ++i) q_odd[i] = q_odd[i - 1] + twice;
  for (int i = 0; i < 8; ++i) psi_odd[i] = psi_power(q_odd[i], 1);
  return G2Jacobian::interleaved_sum(q_odd, wnaf_of(k0), psi_odd, wnaf_of(k1));
}

}  // namespace zkevm::ec
