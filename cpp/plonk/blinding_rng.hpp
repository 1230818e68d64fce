#pragma once
// The generator of the prover's blinding values: Keccak-256 in counter mode
// over a 32-byte seed, taken from std::random_device (the OS entropy source)
// in normal mode or from a 64-bit seed in deterministic mode. A standard
// UniformRandomBitGenerator, so Fr::random_with accepts it.
#include <cstdint>
#include <limits>
#include <random>

#include "cpp/util/keccak.hpp"

namespace zkevm::plonk {

class BlindingRng {
 public:
  using result_type = uint64_t;
  static constexpr result_type min() { return 0; }
  static constexpr result_type max() { return std::numeric_limits<result_type>::max(); }

  // Seeded from the operating system's entropy.
  static BlindingRng from_entropy() {
    std::random_device device;
    Hash256 seed{};
    for (size_t i = 0; i < seed.size(); i += 4) {
      const uint32_t w = device();
      for (size_t j = 0; j < 4; ++j) seed[i + j] = static_cast<uint8_t>(w >> (8 * j));
    }
    return BlindingRng(seed);
  }
  // Seeded with a fixed value (reproducible proofs).
  static BlindingRng from_seed(uint64_t value) {
    Hash256 seed{};
    for (size_t j = 0; j < 8; ++j) seed[j] = static_cast<uint8_t>(value >> (8 * j));
    seed[31] = 0xd5;  // never equal to an entropy seed by accident of zeros
    return BlindingRng(seed);
  }

  result_type operator()() {
    if (used_ == 4) refill();
    result_type v = 0;
    for (size_t j = 0; j < 8; ++j) v |= static_cast<result_type>(block_[8 * used_ + j]) << (8 * j);
    ++used_;
    return v;
  }

 private:
  explicit BlindingRng(const Hash256& seed) : seed_(seed) {}
  void refill() {
    Keccak256 h;
    h.update(seed_);
    uint8_t c[8];
    for (size_t j = 0; j < 8; ++j) c[j] = static_cast<uint8_t>(counter_ >> (8 * j));
    h.update(c);
    block_ = h.finalize();
    ++counter_;
    used_ = 0;
  }
  Hash256 seed_;
  Hash256 block_{};
  uint64_t counter_ = 0;
  size_t used_ = 4;
};

}  // namespace zkevm::plonk
