#pragma once
// The Keccak circuit's witness, computed natively: every input cut into
// 136-byte blocks with Keccak-256 padding, and for each block the sparse
// state digits at the start of every round (a digit may exceed 1 where the
// absorbed block or ι was added without normalising; its parity is the bit).
#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "circuits/keccak/sparse.hpp"

namespace zkevm::circuits::keccak {

using State = std::array<Digits, 25>;  // lane x + 5y

// One round's intermediate digits, derived from its input state.
struct RoundValues {
  std::array<Digits, 5> theta_sum;   // C[x] = Σ_y A[x][y]
  std::array<Digits, 25> theta_out;  // A'[x][y] = A + C[x−1] + rot1(C[x+1]) (normalised C)
  std::array<Digits, 25> chi_index;  // [X + 5Y]: 3 − 2B[X] + B[X+1] − B[X+2]
  State next;                        // χ's bits, + ι's bits on lane 0
};

// The values of round `round` on input state `state`.
RoundValues compute_round(const State& state, int round);

struct BlockWitness {
  std::array<uint8_t, kRateBytes> bytes{};  // the block as absorbed (data, then padding)
  int data_bytes = 0;        // non-padding bytes in the block
  bool is_final = false;     // the block carries padding: its output is the hash
  bool fresh = false;        // first block of its input (the state starts at zero)
  uint64_t input_len = 0;    // input bytes up to and including this block
  std::array<State, kRounds + 1> states{};  // round inputs, then the permutation's output
  std::array<uint8_t, 32> output{};         // the first 32 bytes of the output state
};

struct KeccakWitness {
  std::vector<BlockWitness> blocks;

  // Blocks for every input, then filler blocks (zero bytes, no padding, so
  // never final) up to `capacity` blocks when it is larger. InputError when
  // the inputs need more than a nonzero capacity.
  static KeccakWitness build(std::span<const std::vector<uint8_t>> inputs, size_t capacity = 0);
};

// Blocks the inputs need: Σ (len / 136 + 1).
size_t blocks_needed(std::span<const std::vector<uint8_t>> inputs);

}  // namespace zkevm::circuits::keccak
