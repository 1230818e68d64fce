#pragma once
// Where each cell of one Keccak-f round lives. A round occupies kRowsPerRound
// rows; its lookups are spread over two pools of column pairs (input, output):
// the normalisation pool (θ's column sums and ρ/π's lanes, 3-digit chunks)
// and the χ pool (5-digit chunks). The plan is the same for every round, so
// the round gate queries each slot at a fixed rotation from the round's first
// row. A block (one absorbed 136-byte block and its permutation) is 24 rounds
// plus one row holding the permutation's output and the Keccak table row.
#include <cstdint>
#include <vector>

#include "circuits/keccak/sparse.hpp"

namespace zkevm::circuits::keccak {

inline constexpr int kRowsPerRound = 9;
inline constexpr int kRoundRows = kRounds * kRowsPerRound;  // 216
inline constexpr int kBlockRows = kRoundRows + 1;           // + the output row
inline constexpr int kOutputRow = kRoundRows;               // block offset of the output row
// Byte rows of a block: input bytes 0..135, then the 32 output bytes.
inline constexpr int kSqueezeRow = kRateBytes;             // 136
inline constexpr int kByteRows = kRateBytes + 32;          // 168
static_assert(kByteRows <= kRoundRows, "byte rows must fit in a block");

// A lookup cell pair: column pair `column` of a pool, `row` rows below the round's first row.
struct Slot {
  uint32_t column = 0;
  uint32_t row = 0;
};

// A chunk of a lane: digits [position, position + length), with its slot.
struct Chunk {
  int position = 0;
  int length = 0;
  Slot slot;
};

// ρ/π's decomposition of lane (x, y) of A' (θ's output). The lane is cut at
// 64 − r (r its rotation) so that no chunk straddles the rotation; the chunk
// just below the cut, when shorter than 3 digits, is also looked up scaled by
// 13^(3 − length) (`range_slot`), which bounds it to its length.
struct RhoLane {
  std::vector<Chunk> chunks;
  int short_chunk = -1;  // index into chunks, or −1
  Slot range_slot;
};

struct RoundLayout {
  std::vector<Chunk> theta[5];   // C[x] = Σ_y A[x][y], chunks [0,3) … [60,63), [63,64)
  RhoLane rho[5][5];             // [x][y]
  std::vector<Chunk> chi[5][5];  // [X][Y] of χ's input index, 5-digit chunks
  uint32_t norm_columns = 0;     // pairs in the normalisation pool
  uint32_t chi_columns = 0;      // pairs in the χ pool
  std::vector<Chunk> output_lane0;  // the output row's normalisation of lane 0 (row 0 of that row)

  // The plan (computed once).
  static const RoundLayout& get();
};

}  // namespace zkevm::circuits::keccak
