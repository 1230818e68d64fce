#pragma once
// The sparse representation of Keccak lanes used by the Keccak circuit: a
// 64-bit lane is the number Σ d_i 13^i whose base-13 digit d_i stands for bit
// i. Adding sparse lanes adds digit-wise (no carries while every digit sum
// stays below 13), so θ's and the absorption's XORs become field additions;
// the parity of a digit is the XOR. Lookup tables map a few digits at a time
// to their parity (normalisation) or to χ's output. 13^68 < p, so a
// decomposition into chunks is unique even when the top chunk is looked up
// in a table wider than it (see DESIGN-NOTES "## Keccak circuit").
#include <array>
#include <cstdint>

#include "cpp/ff/bn254.hpp"

namespace zkevm::circuits::keccak {

using Fr = ff::Fr;

inline constexpr uint64_t kBase = 13;
inline constexpr int kLaneBits = 64;
inline constexpr int kRounds = 24;
inline constexpr int kRateLanes = 17;   // 136-byte rate of Keccak-256
inline constexpr int kRateBytes = 136;
// Digits per chunk: θ and ρ/π normalisation, χ.
inline constexpr int kNormDigits = 3;
inline constexpr int kChiDigits = 5;

// One digit per bit of a lane (values 0..12).
using Digits = std::array<uint8_t, kLaneBits>;

// ρ rotation offsets r[x][y] (lane x + 5y), from the Keccak reference.
inline constexpr int kRho[5][5] = {{0, 36, 3, 41, 18},
                                   {1, 44, 10, 45, 2},
                                   {62, 6, 43, 15, 61},
                                   {28, 55, 25, 21, 56},
                                   {27, 20, 39, 8, 14}};

// ι round constants.
inline constexpr uint64_t kRoundConstants[kRounds] = {
    0x0000000000000001ULL, 0x0000000000008082ULL, 0x800000000000808aULL, 0x8000000080008000ULL,
    0x000000000000808bULL, 0x0000000080000001ULL, 0x8000000080008081ULL, 0x8000000000008009ULL,
    0x000000000000008aULL, 0x0000000000000088ULL, 0x0000000080008009ULL, 0x000000008000000aULL,
    0x000000008000808bULL, 0x800000000000008bULL, 0x8000000000008089ULL, 0x8000000000008003ULL,
    0x8000000000008002ULL, 0x8000000000000080ULL, 0x000000000000800aULL, 0x800000008000000aULL,
    0x8000000080008081ULL, 0x8000000000008080ULL, 0x0000000080000001ULL, 0x8000000080008008ULL};

// 13^i as a field element, i < 72.
inline const Fr& base_power(int i) {
  static const std::array<Fr, 72> powers = [] {
    std::array<Fr, 72> p;
    p[0] = Fr::one();
    for (int j = 1; j < 72; ++j) p[j] = p[j - 1] * Fr::from_u64(kBase);
    return p;
  }();
  return powers[static_cast<size_t>(i)];
}

// Σ digits[start + j] 13^j for j < len (len ≤ 5, so it fits a u64).
inline uint64_t pack_digits(const Digits& digits, int start, int len) {
  uint64_t v = 0;
  for (int j = len - 1; j >= 0; --j) v = v * kBase + digits[static_cast<size_t>(start + j)];
  return v;
}

// The sparse lane Σ d_i 13^i as a field element.
inline Fr sparse_lane(const Digits& digits) {
  Fr v = Fr::zero();
  const Fr base = Fr::from_u64(kBase);
  for (int i = kLaneBits - 1; i >= 0; --i) v = v * base + Fr::from_u64(digits[static_cast<size_t>(i)]);
  return v;
}

// The digits of a 64-bit word (0 or 1 each).
inline Digits bits_of(uint64_t word) {
  Digits d{};
  for (int i = 0; i < kLaneBits; ++i) d[static_cast<size_t>(i)] = static_cast<uint8_t>((word >> i) & 1);
  return d;
}

// χ on one digit position: the index 3 − 2a + b − c of bits a, b, c (0..4)
// determines a ⊕ (¬b ∧ c) (indices 0..4 map to 0, 1, 1, 0, 0).
inline constexpr uint8_t chi_index(uint8_t a, uint8_t b, uint8_t c) { return static_cast<uint8_t>(3 - 2 * a + b - c); }
inline constexpr uint8_t chi_of_index(uint8_t index) { return (index == 1 || index == 2) ? 1 : 0; }

// The sparse form of a byte: Σ bit_j 13^j.
inline uint64_t sparse_byte(uint8_t byte) {
  uint64_t v = 0;
  for (int j = 7; j >= 0; --j) v = v * kBase + ((byte >> j) & 1);
  return v;
}

}  // namespace zkevm::circuits::keccak
