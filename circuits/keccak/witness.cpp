#include "circuits/keccak/witness.hpp"

#include <string>

#include "cpp/util/error.hpp"

namespace zkevm::circuits::keccak {

RoundValues compute_round(const State& a, int round) {
  RoundValues v{};
  std::array<Digits, 5> c_bits{};
  for (int x = 0; x < 5; ++x) {
    for (int i = 0; i < kLaneBits; ++i) {
      int sum = 0;
      for (int y = 0; y < 5; ++y) sum += a[x + 5 * y][i];
      v.theta_sum[x][i] = static_cast<uint8_t>(sum);
      c_bits[x][i] = static_cast<uint8_t>(sum & 1);
    }
  }
  std::array<Digits, 25> b{};  // ρ/π output bits, [X + 5Y]
  for (int x = 0; x < 5; ++x) {
    const Digits& left = c_bits[(x + 4) % 5];
    const Digits& right = c_bits[(x + 1) % 5];
    for (int y = 0; y < 5; ++y) {
      Digits& out = v.theta_out[x + 5 * y];
      const int r = kRho[x][y];
      const int bx = y, by = (2 * x + 3 * y) % 5;
      for (int i = 0; i < kLaneBits; ++i) {
        out[i] = static_cast<uint8_t>(a[x + 5 * y][i] + left[i] + right[(i + 63) % 64]);
        b[bx + 5 * by][(i + r) % 64] = out[i] & 1;
      }
    }
  }
  for (int x = 0; x < 5; ++x) {
    for (int y = 0; y < 5; ++y) {
      Digits& index = v.chi_index[x + 5 * y];
      Digits& next = v.next[x + 5 * y];
      for (int i = 0; i < kLaneBits; ++i) {
        index[i] = chi_index(b[x + 5 * y][i], b[(x + 1) % 5 + 5 * y][i], b[(x + 2) % 5 + 5 * y][i]);
        next[i] = chi_of_index(index[i]);
      }
    }
  }
  for (int i = 0; i < kLaneBits; ++i) v.next[0][i] = static_cast<uint8_t>(v.next[0][i] + ((kRoundConstants[round] >> i) & 1));
  return v;
}

size_t blocks_needed(std::span<const std::vector<uint8_t>> inputs) {
  size_t n = 0;
  for (const auto& input : inputs) n += input.size() / kRateBytes + 1;
  return n;
}

namespace {

// Absorbs `block` into `prev` (zero when fresh) and runs the permutation.
void permute(BlockWitness& block, const State* prev) {
  State s{};
  if (prev) s = *prev;
  for (int lane = 0; lane < kRateLanes; ++lane) {
    for (int byte = 0; byte < 8; ++byte) {
      const uint8_t value = block.bytes[static_cast<size_t>(8 * lane + byte)];
      for (int j = 0; j < 8; ++j) s[lane][8 * byte + j] = static_cast<uint8_t>(s[lane][8 * byte + j] + ((value >> j) & 1));
    }
  }
  for (int round = 0; round < kRounds; ++round) {
    block.states[round] = s;
    s = compute_round(s, round).next;
  }
  block.states[kRounds] = s;
  for (int k = 0; k < 32; ++k) {
    uint8_t value = 0;
    for (int j = 0; j < 8; ++j) value = static_cast<uint8_t>(value | ((s[k / 8][8 * (k % 8) + j] & 1) << j));
    block.output[k] = value;
  }
}

}  // namespace

KeccakWitness KeccakWitness::build(std::span<const std::vector<uint8_t>> inputs, size_t capacity) {
  const size_t needed = blocks_needed(inputs);
  if (capacity != 0 && needed > capacity) {
    throw InputError("keccak circuit: the inputs need " + std::to_string(needed) + " blocks, capacity is " +
                     std::to_string(capacity));
  }
  KeccakWitness w;
  w.blocks.reserve(std::max(needed, capacity));
  for (const auto& input : inputs) {
    const size_t count = input.size() / kRateBytes + 1;
    for (size_t b = 0; b < count; ++b) {
      BlockWitness block;
      const size_t begin = b * kRateBytes;
      block.fresh = b == 0;
      block.is_final = b + 1 == count;
      block.data_bytes = static_cast<int>(std::min<size_t>(kRateBytes, input.size() - begin));
      for (int i = 0; i < block.data_bytes; ++i) block.bytes[i] = input[begin + static_cast<size_t>(i)];
      if (block.is_final) {
        block.bytes[block.data_bytes] |= 0x01;
        block.bytes[kRateBytes - 1] |= 0x80;
      }
      block.input_len = begin + static_cast<uint64_t>(block.data_bytes);
      permute(block, block.fresh ? nullptr : &w.blocks.back().states[kRounds]);
      w.blocks.push_back(block);
    }
  }
  while (w.blocks.size() < capacity) {
    BlockWitness block;
    const bool fresh = w.blocks.empty() || w.blocks.back().is_final;
    block.fresh = fresh;
    block.data_bytes = kRateBytes;
    block.input_len = (fresh ? 0 : w.blocks.back().input_len) + kRateBytes;
    permute(block, fresh ? nullptr : &w.blocks.back().states[kRounds]);
    w.blocks.push_back(block);
  }
  return w;
}

}  // namespace zkevm::circuits::keccak
