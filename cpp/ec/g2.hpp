#pragma once
// G2 of BN254: the order-r subgroup of the sextic D-type twist
// E'(Fq2): y^2 = x^3 + 3 / xi, xi = 9 + u. E' has order r (2p - r), so points
// on the curve need a subgroup check. The generator is the one of Ethereum's
// EIP-197 precompile.
//
// The untwisting map E' -> E(Fq12) is (x, y) -> (x w^2, y w^3) (w^6 = xi in the
// tower of cpp/ff/fq12.hpp); psi = untwist^-1 o Frobenius o untwist is the
// endomorphism (x, y) -> (conj(x) g^2, conj(y) g^3) with g = xi^((p-1)/6).
#include <span>
#include <vector>

#include "cpp/ec/curve.hpp"
#include "cpp/ff/fq12.hpp"

namespace zkevm::ec {

using ff::Fq2;

struct G2Params;
using G2Affine = AffinePoint<G2Params>;
using G2Jacobian = JacobianPoint<G2Params>;

// The BN parameter x (p and r are polynomials in x): 4965661367192848881.
inline constexpr uint64_t kBnX = 0x44e992b44a6909f1ULL;

struct G2Params {
  using Base = Fq2;
  // b' = 3 / (9 + u).
  static Fq2 b() {
    static const Fq2 twist_b = Fq2{Fq::from_u64(3), Fq::zero()} * Fq2::xi().inverse();
    return twist_b;
  }
  static Fq2 generator_x() {
    static const Fq2 x{
        Fq::from_string("10857046999023057135944570762232829481370756359578518086990519993285655852781"),
        Fq::from_string("11559732032986387107991004021392285783925812861821192530917403151452391805634")};
    return x;
  }
  static Fq2 generator_y() {
    static const Fq2 y{
        Fq::from_string("8495653923123431417604973247489272438418190587263600148770280649306958101930"),
        Fq::from_string("4082367875863433681332203403145435568316851327593401208105741076214120093531")};
    return y;
  }
  // True when q (on the curve) is in G2; see below.
  static bool in_subgroup(const G2Jacobian& q);
  // [s]Q for Q in G2 through psi (g2.cpp); operator*(Fr) uses it.
  static G2Jacobian mul_fr(const G2Jacobian& q, const Fr& s);
};

// psi^k(Q) = (frob^k(x) g_k^2, frob^k(y) g_k^3), g_k = xi^((p^k-1)/6).
inline G2Jacobian psi_power(const G2Jacobian& q, unsigned k) {
  const auto& c = ff::detail::frobenius_coefficients();
  // In Jacobian coordinates Z picks up the Frobenius as well: x = X / Z^2.
  return {q.X.frobenius_map(k) * c.v[k], q.Y.frobenius_map(k) * c.v[k] * c.w[k], q.Z.frobenius_map(k)};
}
inline G2Affine psi_power(const G2Affine& q, unsigned k) {
  if (q.infinity) return q;
  const auto& c = ff::detail::frobenius_coefficients();
  return {q.x.frobenius_map(k) * c.v[k], q.y.frobenius_map(k) * c.v[k] * c.w[k]};
}

// On the order-r subgroup psi acts as multiplication by p = 6x^2 (mod r);
// conversely psi(Q) = [6x^2]Q holds only there (El Housni, Guillevic,
// Piellard, "Co-factor clearing and subgroup membership testing on
// pairing-friendly curves", 2022). A 127-bit multiplication instead of [r]Q.
inline bool G2Params::in_subgroup(const G2Jacobian& q) {
  static constexpr uint64_t six_x_squared[2] = {0xf83e9682e87cfd46ULL, 0x6f4d8248eeb859fbULL};
  return psi_power(q, 1) == q.mul(std::span<const uint64_t>(six_x_squared));
}

// out[i] = in[i].to_affine() with one field inversion; sizes must match.
inline void batch_to_affine(std::span<const G2Jacobian> in, std::span<G2Affine> out) {
  batch_to_affine<G2Params>(in, out);
}
inline std::vector<G2Affine> batch_to_affine(std::span<const G2Jacobian> in) {
  return batch_to_affine<G2Params>(in);
}

}  // namespace zkevm::ec
