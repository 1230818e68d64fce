#include "cpp/util/keccak.hpp"

#include <algorithm>
#include <bit>
#include <cstring>

namespace zkevm {
namespace {

constexpr uint64_t kRoundConstants[24] = {
    0x0000000000000001ULL, 0x0000000000008082ULL, 0x800000000000808aULL, 0x8000000080008000ULL,
    0x000000000000808bULL, 0x0000000080000001ULL, 0x8000000080008081ULL, 0x8000000000008009ULL,
    0x000000000000008aULL, 0x0000000000000088ULL, 0x0000000080008009ULL, 0x000000008000000aULL,
    0x000000008000808bULL, 0x800000000000008bULL, 0x8000000000008089ULL, 0x8000000000008003ULL,
    0x8000000000008002ULL, 0x8000000000000080ULL, 0x000000000000800aULL, 0x800000008000000aULL,
    0x8000000080008081ULL, 0x8000000000008080ULL, 0x0000000080000001ULL, 0x8000000080008008ULL};

// Rotation offsets r[x + 5y] of the rho step.
constexpr int kRho[25] = {0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14};

inline uint64_t load_le(const uint8_t* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  if constexpr (std::endian::native == std::endian::big) v = __builtin_bswap64(v);
  return v;
}

}  // namespace

void keccak_f1600(uint64_t a[25]) {
  for (int round = 0; round < 24; ++round) {
    // theta: every lane absorbs the parity of two neighbouring columns.
    uint64_t c[5], d[5];
    for (int x = 0; x < 5; ++x) c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
    for (int x = 0; x < 5; ++x) d[x] = c[(x + 4) % 5] ^ std::rotl(c[(x + 1) % 5], 1);
    for (int i = 0; i < 25; ++i) a[i] ^= d[i % 5];
    // rho and pi: B[y, 2x+3y] = rot(A[x, y], r[x, y]).
    uint64_t b[25];
    for (int x = 0; x < 5; ++x)
      for (int y = 0; y < 5; ++y) b[y + 5 * ((2 * x + 3 * y) % 5)] = std::rotl(a[x + 5 * y], kRho[x + 5 * y]);
    // chi: the only non-linear step.
    for (int y = 0; y < 25; y += 5)
      for (int x = 0; x < 5; ++x) a[y + x] = b[y + x] ^ (~b[y + (x + 1) % 5] & b[y + (x + 2) % 5]);
    // iota
    a[0] ^= kRoundConstants[round];
  }
}

void Keccak256::update(std::span<const uint8_t> data) {
  const uint8_t* p = data.data();
  std::size_t n = data.size();
  if (n == 0) return;  // an empty span may carry a null pointer, which memcpy must not see
  if (buffered_ > 0) {
    std::size_t take = std::min(n, kRate - buffered_);
    std::memcpy(buffer_ + buffered_, p, take);
    buffered_ += take;
    p += take;
    n -= take;
    if (buffered_ < kRate) return;
    for (int i = 0; i < 17; ++i) state_[i] ^= load_le(buffer_ + 8 * i);
    keccak_f1600(state_);
    buffered_ = 0;
  }
  while (n >= kRate) {
    for (int i = 0; i < 17; ++i) state_[i] ^= load_le(p + 8 * i);
    keccak_f1600(state_);
    p += kRate;
    n -= kRate;
  }
  std::memcpy(buffer_, p, n);
  buffered_ = n;
}

Hash256 Keccak256::finalize() {
  std::memset(buffer_ + buffered_, 0, kRate - buffered_);
  buffer_[buffered_] ^= 0x01;  // Keccak padding, not SHA-3's 0x06
  buffer_[kRate - 1] ^= 0x80;
  for (int i = 0; i < 17; ++i) state_[i] ^= load_le(buffer_ + 8 * i);
  keccak_f1600(state_);
  Hash256 out;
  for (int i = 0; i < 4; ++i) {
    uint64_t v = state_[i];
    for (int j = 0; j < 8; ++j) out[8 * i + j] = static_cast<uint8_t>(v >> (8 * j));
  }
  return out;
}

Hash256 keccak256(std::span<const uint8_t> data) {
  Keccak256 h;
  h.update(data);
  return h.finalize();
}

Hash256 keccak256(std::string_view text) {
  return keccak256(std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(text.data()), text.size()));
}

}  // namespace zkevm
