#pragma once
// Shared by the pcs tests: a small insecure SRS, random polynomials, a
// deterministic test challenger, and a .ptau writer that follows snarkjs'
// published layout (written independently of the reader under test).
#include <gtest/gtest.h>

#include <cstdint>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "cpp/pcs/shplonk.hpp"
#include "cpp/pcs/srs.hpp"

namespace zkevm::pcs::test {

inline const Srs& small_srs() {
  static const Srs srs = Srs::insecure_from_secret(Fr::from_u64(0x1234567890abcdefULL), 256);
  return srs;
}

inline Polynomial<Coeff> random_polynomial(std::size_t n, std::mt19937_64& rng) {
  Polynomial<Coeff> p(n);
  for (std::size_t i = 0; i < n; ++i) p[i] = Fr::random(rng);
  return p;
}

// Challenges from a running state mixed with every absorbed point. Not a hash:
// enough to make prover and verifier agree and to make challenges depend on
// the proof, which is all these tests need.
class TestChallenger : public Challenger {
 public:
  void absorb_point(const G1Affine& point) override {
    state_ = state_ * Fr::from_u64(1000003) + Fr::from_bytes_le_reduce(point.x.to_bytes_le()) +
             Fr::from_bytes_le_reduce(point.y.to_bytes_le()).square();
  }
  Fr squeeze_challenge() override {
    state_ = (state_ + Fr::from_u64(17)).pow(5) + Fr::from_u64(++counter_);
    return state_;
  }

 private:
  Fr state_ = Fr::from_u64(42);
  uint64_t counter_ = 0;
};

// --- .ptau writing -----------------------------------------------------------

inline void put_u32(std::vector<uint8_t>& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<uint8_t>(v >> (8 * i)));
}
inline void put_u64(std::vector<uint8_t>& out, uint64_t v) {
  for (int i = 0; i < 8; ++i) out.push_back(static_cast<uint8_t>(v >> (8 * i)));
}
// An Fq coordinate in Montgomery form, 32 bytes little-endian.
inline void put_fq_montgomery(std::vector<uint8_t>& out, const ff::Fq& x) {
  for (uint64_t limb : x.limbs) put_u64(out, limb);
}
inline void put_g1(std::vector<uint8_t>& out, const G1Affine& p) {
  if (p.infinity) {
    out.insert(out.end(), 64, 0);
    return;
  }
  put_fq_montgomery(out, p.x);
  put_fq_montgomery(out, p.y);
}
inline void put_g2(std::vector<uint8_t>& out, const G2Affine& p) {
  if (p.infinity) {
    out.insert(out.end(), 128, 0);
    return;
  }
  put_fq_montgomery(out, p.x.c0);
  put_fq_montgomery(out, p.x.c1);
  put_fq_montgomery(out, p.y.c0);
  put_fq_montgomery(out, p.y.c1);
}
inline void put_section(std::vector<uint8_t>& out, uint32_t type, const std::vector<uint8_t>& payload) {
  put_u32(out, type);
  put_u64(out, payload.size());
  out.insert(out.end(), payload.begin(), payload.end());
}

// The bytes of a .ptau file of the given power for secret tau (alpha = 2, beta = 3).
inline std::vector<uint8_t> ptau_bytes(const Fr& tau, uint32_t power) {
  const std::size_t n = std::size_t{1} << power;
  const Srs g1_srs = Srs::insecure_from_secret(tau, 2 * n - 1);
  std::vector<uint8_t> header, tau_g1, tau_g2, alpha_g1, beta_g1, beta_g2, contributions;
  put_u32(header, 32);
  for (uint64_t limb : ff::Fq::modulus) put_u64(header, limb);
  put_u32(header, power);
  put_u32(header, power);
  for (const G1Affine& p : g1_srs.g1_powers()) put_g1(tau_g1, p);
  ec::G2Jacobian g2_power = ec::G2Jacobian::generator();
  for (std::size_t i = 0; i < n; ++i, g2_power *= tau) put_g2(tau_g2, g2_power.to_affine());
  const G1Jacobian g1 = G1Jacobian::generator();
  Fr tau_i = Fr::one();
  for (std::size_t i = 0; i < n; ++i, tau_i *= tau) {
    put_g1(alpha_g1, (g1 * (Fr::from_u64(2) * tau_i)).to_affine());
    put_g1(beta_g1, (g1 * (Fr::from_u64(3) * tau_i)).to_affine());
  }
  put_g2(beta_g2, (ec::G2Jacobian::generator() * Fr::from_u64(3)).to_affine());
  put_u32(contributions, 0);

  std::vector<uint8_t> file = {'p', 't', 'a', 'u'};
  put_u32(file, 1);  // version
  put_u32(file, 7);  // sections
  put_section(file, 1, header);
  put_section(file, 2, tau_g1);
  put_section(file, 3, tau_g2);
  put_section(file, 4, alpha_g1);
  put_section(file, 5, beta_g1);
  put_section(file, 6, beta_g2);
  put_section(file, 7, contributions);
  return file;
}

inline std::string write_temp_file(const std::string& name, const std::vector<uint8_t>& bytes) {
  const std::string path = ::testing::TempDir() + name;
  std::ofstream out(path, std::ios::binary);
  out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  return path;
}

}  // namespace zkevm::pcs::test
