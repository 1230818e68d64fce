#include "cpp/evm/precompiles/keccak256.hpp"

#include <cstring>

namespace zkevm::evm::precompiles {
namespace {

constexpr uint64_t kRoundConstants[24] = {
    0x0000000000000001, 0x0000000000008082, 0x800000000000808a, 0x8000000080008000, 0x000000000000808b, 0x0000000080000001,
    0x8000000080008081, 0x8000000000008009, 0x000000000000008a, 0x0000000000000088, 0x0000000080008009, 0x000000008000000a,
    0x000000008000808b, 0x800000000000008b, 0x8000000000008089, 0x8000000000008003, 0x8000000000008002, 0x8000000000000080,
    0x000000000000800a, 0x800000008000000a, 0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
};
// Rotation offset of lane x + 5y (the rho step).
constexpr unsigned kRotation[25] = {0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14};

constexpr uint64_t rotl(uint64_t x, unsigned n) { return n == 0 ? x : (x << n) | (x >> (64 - n)); }

void keccak_f1600(uint64_t a[25]) {
  for (uint64_t round_constant : kRoundConstants) {
    uint64_t c[5], b[25];
    for (int x = 0; x < 5; ++x) c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
    for (int x = 0; x < 5; ++x) {
      const uint64_t d = c[(x + 4) % 5] ^ rotl(c[(x + 1) % 5], 1);
      for (int y = 0; y < 25; y += 5) a[x + y] ^= d;
    }
    // rho and pi: B[y, 2x + 3y] = rot(A[x, y], r[x, y]).
    for (int x = 0; x < 5; ++x) {
      for (int y = 0; y < 5; ++y) b[y + 5 * ((2 * x + 3 * y) % 5)] = rotl(a[x + 5 * y], kRotation[x + 5 * y]);
    }
    for (int y = 0; y < 25; y += 5) {
      for (int x = 0; x < 5; ++x) a[x + y] = b[x + y] ^ (~b[(x + 1) % 5 + y] & b[(x + 2) % 5 + y]);
    }
    a[0] ^= round_constant;
  }
}

void absorb_block(uint64_t state[25], const uint8_t* block, std::size_t rate) {
  for (std::size_t i = 0; i < rate / 8; ++i) {
    uint64_t lane = 0;
    for (int j = 7; j >= 0; --j) lane = lane << 8 | block[8 * i + j];
    state[i] ^= lane;
  }
  keccak_f1600(state);
}

}  // namespace

std::array<uint8_t, 32> keccak256(std::span<const uint8_t> data) {
  constexpr std::size_t kRate = 136;  // (1600 - 2 * 256) / 8 bytes
  uint64_t state[25] = {};
  const std::size_t full = data.size() / kRate;
  for (std::size_t i = 0; i < full; ++i) absorb_block(state, data.data() + kRate * i, kRate);
  uint8_t last[kRate] = {};
  const std::size_t rest = data.size() % kRate;
  if (rest != 0) std::memcpy(last, data.data() + kRate * full, rest);
  last[rest] ^= 0x01;
  last[kRate - 1] ^= 0x80;
  absorb_block(state, last, kRate);
  std::array<uint8_t, 32> digest;
  for (int i = 0; i < 32; ++i) digest[i] = static_cast<uint8_t>(state[i / 8] >> (8 * (i % 8)));
  return digest;
}

}  // namespace zkevm::evm::precompiles
