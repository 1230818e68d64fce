#include "circuits/keccak/layout.hpp"

namespace zkevm::circuits::keccak {
namespace {

// Hands out slots column by column within the round's rows.
class SlotAllocator {
 public:
  Slot next() {
    Slot s{static_cast<uint32_t>(count_ / kRowsPerRound), static_cast<uint32_t>(count_ % kRowsPerRound)};
    ++count_;
    return s;
  }
  uint32_t columns() const { return static_cast<uint32_t>((count_ + kRowsPerRound - 1) / kRowsPerRound); }

 private:
  size_t count_ = 0;
};

// Chunks of `digits` digits covering [begin, end).
void cut(std::vector<Chunk>& out, int begin, int end, int digits, SlotAllocator& slots) {
  for (int p = begin; p < end; p += digits) out.push_back(Chunk{p, std::min(digits, end - p), slots.next()});
}

RoundLayout build() {
  RoundLayout l;
  SlotAllocator norm, chi;
  for (int x = 0; x < 5; ++x) {
    cut(l.theta[x], 0, 63, kNormDigits, norm);
    cut(l.theta[x], 63, 64, kNormDigits, norm);
  }
  for (int x = 0; x < 5; ++x) {
    for (int y = 0; y < 5; ++y) {
      RhoLane& lane = l.rho[x][y];
      const int split = kLaneBits - kRho[x][y];
      cut(lane.chunks, 0, split, kNormDigits, norm);
      if (split < kLaneBits) {
        if (split % kNormDigits != 0) {
          lane.short_chunk = static_cast<int>(lane.chunks.size()) - 1;
          lane.range_slot = norm.next();
        }
        cut(lane.chunks, split, kLaneBits, kNormDigits, norm);
      }
    }
  }
  for (int x = 0; x < 5; ++x) {
    for (int y = 0; y < 5; ++y) cut(l.chi[x][y], 0, kLaneBits, kChiDigits, chi);
  }
  l.norm_columns = norm.columns();
  l.chi_columns = chi.columns();
  // The output row uses row 0 of the normalisation pool's first columns.
  for (int p = 0, c = 0; p < kLaneBits; p += kNormDigits, ++c) {
    l.output_lane0.push_back(Chunk{p, std::min(kNormDigits, kLaneBits - p), Slot{static_cast<uint32_t>(c), 0}});
  }
  return l;
}

}  // namespace

const RoundLayout& RoundLayout::get() {
  static const RoundLayout layout = build();
  return layout;
}

}  // namespace zkevm::circuits::keccak
