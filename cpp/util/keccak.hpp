#pragma once
// Keccak-256 as Ethereum uses it (the original Keccak padding 0x01, not
// SHA3-256's 0x06). Lives in util because both the EVM (addresses, storage
// keys, the trie) and the Fiat-Shamir transcript hash with it.
#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace zkevm {

using Hash256 = std::array<uint8_t, 32>;

// Keccak-f[1600] on a 25-lane state, 24 rounds.
void keccak_f1600(uint64_t state[25]);

// Incremental Keccak-256: update() any number of times, then finalize() once.
class Keccak256 {
 public:
  Keccak256() = default;
  void update(std::span<const uint8_t> data);
  // Returns the digest; the object must not be updated afterwards.
  Hash256 finalize();

 private:
  static constexpr std::size_t kRate = 136;  // (1600 - 2*256) / 8 bytes
  uint64_t state_[25] = {};
  uint8_t buffer_[kRate] = {};
  std::size_t buffered_ = 0;
};

// Returns Keccak-256 of data.
Hash256 keccak256(std::span<const uint8_t> data);
// Returns Keccak-256 of the bytes of text.
Hash256 keccak256(std::string_view text);

}  // namespace zkevm
