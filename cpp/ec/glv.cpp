#include "cpp/ec/glv.hpp"

#include "cpp/ec/g1.hpp"

namespace zkevm::ec {

namespace {

using u128 = unsigned __int128;

// The reduced lattice {(a, b) : a + b lambda = 0 mod r}, from the extended
// Euclidean algorithm on (r, lambda) stopped at sqrt(r) (GLV, section 4):
//   v1 = (a1, b1) = (0x89d3256894d213e3, -0x6f4d8248eeb859fc8211bbeb7d4f1128)
//   v2 = (a2, b2) = (0x6f4d8248eeb859fd0be4e1541221250b, 0x89d3256894d213e3)
// with a1 b2 - a2 b1 = r. For k, c1 = round(b2 k / r) and c2 = round(-b1 k / r)
// are taken as floor(k g_i / 2^256) with g1 = round(2^256 b2 / r),
// g2 = round(2^256 (-b1) / r); then (k1, k2) = (k, 0) - c1 v1 - c2 v2 has both
// halves below 0.98 * 2^127 in absolute value.
constexpr u128 make_u128(uint64_t hi, uint64_t lo) { return (static_cast<u128>(hi) << 64) | lo; }
constexpr u128 kA1 = 0x89d3256894d213e3ULL;
constexpr u128 kMinusB1 = make_u128(0x6f4d8248eeb859fcULL, 0x8211bbeb7d4f1128ULL);
constexpr u128 kA2 = make_u128(0x6f4d8248eeb859fdULL, 0x0be4e1541221250bULL);
constexpr u128 kB2 = 0x89d3256894d213e3ULL;
constexpr uint64_t kG1[2] = {0xd91d232ec7e0b3d7ULL, 0x2ULL};
constexpr uint64_t kG2[3] = {0x7a7bd9d4391eb18eULL, 0x4ccef014a773d2cfULL, 0x2ULL};

// floor(k * g / 2^256) for k of 4 limbs and g of n limbs (the result fits 128 bits).
template <size_t N>
u128 mul_shift_256(const ff::Limbs& k, const uint64_t (&g)[N]) {
  uint64_t product[4 + N + 1] = {};
  for (size_t i = 0; i < 4; ++i) {
    u128 carry = 0;
    for (size_t j = 0; j < N; ++j) {
      u128 t = static_cast<u128>(k[i]) * g[j] + product[i + j] + carry;
      product[i + j] = static_cast<uint64_t>(t);
      carry = t >> 64;
    }
    product[i + N] = static_cast<uint64_t>(carry);
  }
  return make_u128(product[5], product[4]);
}

GlvHalf to_half(u128 value_mod_2_128) {
  bool negative = (value_mod_2_128 >> 127) != 0;
  return {negative ? u128(0) - value_mod_2_128 : value_mod_2_128, negative};
}

}  // namespace

GlvDecomposition glv_decompose(const Fr& k) {
  ff::Limbs limbs = k.to_canonical();
  u128 c1 = mul_shift_256(limbs, kG1), c2 = mul_shift_256(limbs, kG2);
  // Exact values are below 2^127 in absolute value, so arithmetic mod 2^128 is exact.
  u128 k_low = make_u128(limbs[1], limbs[0]);
  u128 k1 = k_low - c1 * kA1 - c2 * kA2;
  u128 k2 = c1 * kMinusB1 - c2 * kB2;
  return {to_half(k1), to_half(k2)};
}

const Fr& glv_lambda() {
  static const Fr lambda = Fr::from_string("0xb3c4d79d41a917585bfc41088d8daaa78b17ea66b99c90dd");
  return lambda;
}

const Fq& glv_beta() {
  static const Fq beta = Fq::from_string("0x59e26bcea0d48bacd4f263f1acdb5c4f5763473177fffffe");
  return beta;
}

G1Jacobian G1Params::mul_fr(const G1Jacobian& p, const Fr& s) {
  if (p.is_identity() || s.is_zero()) return G1Jacobian::identity();
  GlvDecomposition d = glv_decompose(s);
  auto digits_of = [](const GlvHalf& h) {
    uint64_t limbs[2] = {static_cast<uint64_t>(h.magnitude), static_cast<uint64_t>(h.magnitude >> 64)};
    return wnaf_digits(std::span<const uint64_t>(limbs), 5);
  };
  std::vector<int8_t> d1 = digits_of(d.k1), d2 = digits_of(d.k2);
  // Odd multiples of +-P, and of +-phi(P) = (beta X, Y, Z) from the same table.
  G1Jacobian base = d.k1.negative ? -p : p;
  G1Jacobian p_odd[8], q_odd[8];
  p_odd[0] = base;
  G1Jacobian twice = base.dbl();
  for (int i = 1; i < 8; ++i) p_odd[i] = p_odd[i - 1] + twice;
  const Fq& beta = glv_beta();
  bool flip = d.k1.negative != d.k2.negative;  // phi(+-P) with k2's sign
  for (int i = 0; i < 8; ++i) q_odd[i] = {p_odd[i].X * beta, flip ? -p_odd[i].Y : p_odd[i].Y, p_odd[i].Z};
  return G1Jacobian::interleaved_sum(p_odd, d1, q_odd, d2);
}

}  // namespace zkevm::ec
