#include "cpp/evm/precompiles/contracts.hpp"

namespace zkevm::evm::precompiles {
namespace {

constexpr uint64_t kInitVector[8] = {0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
                                     0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179};
// The message schedule sigma of RFC 7693; round i uses row i mod 10.
constexpr uint8_t kSigma[10][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4}, {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13}, {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11}, {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5}, {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
};

constexpr uint64_t rotr(uint64_t x, unsigned n) { return (x >> n) | (x << (64 - n)); }

// The mixing function G of RFC 7693, 3.1.
inline void mix(uint64_t v[16], int a, int b, int c, int d, uint64_t x, uint64_t y) {
  v[a] = v[a] + v[b] + x;
  v[d] = rotr(v[d] ^ v[a], 32);
  v[c] = v[c] + v[d];
  v[b] = rotr(v[b] ^ v[c], 24);
  v[a] = v[a] + v[b] + y;
  v[d] = rotr(v[d] ^ v[a], 16);
  v[c] = v[c] + v[d];
  v[b] = rotr(v[b] ^ v[c], 63);
}

uint64_t load_le64(const uint8_t* p) {
  uint64_t value = 0;
  for (int i = 7; i >= 0; --i) value = value << 8 | p[i];
  return value;
}

// The compression function F of RFC 7693, 3.2, with the round count as a parameter (EIP-152).
void compress(uint64_t h[8], const uint64_t m[16], uint64_t t0, uint64_t t1, bool final_block, uint32_t rounds) {
  uint64_t v[16];
  for (int i = 0; i < 8; ++i) {
    v[i] = h[i];
    v[i + 8] = kInitVector[i];
  }
  v[12] ^= t0;
  v[13] ^= t1;
  if (final_block) v[14] = ~v[14];
  for (uint32_t round = 0; round < rounds; ++round) {
    const uint8_t* s = kSigma[round % 10];
    mix(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
    mix(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
    mix(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
    mix(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
    mix(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
    mix(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
    mix(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
    mix(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
  }
  for (int i = 0; i < 8; ++i) h[i] ^= v[i] ^ v[i + 8];
}

}  // namespace

// 0x09 (EIP-152): the BLAKE2b compression F. The input is exactly 213 bytes:
// rounds (4, big-endian) || h (64) || m (128) || t (16) || f (1), words of h,
// m, t little-endian; f must be 0 or 1. One gas per round.
PrecompileResult blake2f(std::span<const uint8_t> input, uint64_t gas_limit) {
  if (input.size() != 213) return failure(gas_limit, "blake2f: input is " + std::to_string(input.size()) + " bytes, expected 213");
  const uint32_t rounds = uint32_t{input[0]} << 24 | uint32_t{input[1]} << 16 | uint32_t{input[2]} << 8 | input[3];
  PrecompileResult result = charge(rounds, gas_limit);
  if (result.status != PrecompileStatus::Success) return result;
  if (input[212] > 1) return failure(gas_limit, "blake2f: final block flag is " + std::to_string(input[212]) + ", expected 0 or 1");
  uint64_t h[8], m[16];
  for (int i = 0; i < 8; ++i) h[i] = load_le64(input.data() + 4 + 8 * i);
  for (int i = 0; i < 16; ++i) m[i] = load_le64(input.data() + 68 + 8 * i);
  compress(h, m, load_le64(input.data() + 196), load_le64(input.data() + 204), input[212] == 1, rounds);
  result.output.resize(64);
  for (int i = 0; i < 8; ++i) {
    for (int j = 0; j < 8; ++j) result.output[8 * i + j] = static_cast<uint8_t>(h[i] >> (8 * j));
  }
  return result;
}

}  // namespace zkevm::evm::precompiles
