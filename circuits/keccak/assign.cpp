// The Keccak circuit's assignment: lookup tables, selectors and the cells of
// every block, from the natively computed witness (witness.hpp).
#include <string>

#include "circuits/keccak/config.hpp"
#include "cpp/util/error.hpp"

namespace zkevm::circuits {

using namespace keccak;
using plonk::Assignment;

namespace {

Fr fr(uint64_t v) { return Fr::from_u64(v); }

uint64_t power13(int e) {
  uint64_t v = 1;
  for (int i = 0; i < e; ++i) v *= kBase;
  return v;
}

// The parity digits of digits[start, start + len), packed.
uint64_t pack_parity(const Digits& digits, int start, int len) {
  uint64_t v = 0;
  for (int j = len - 1; j >= 0; --j) v = v * kBase + (digits[static_cast<size_t>(start + j)] & 1);
  return v;
}

// A big-endian 16-byte number as a field element.
Fr be_number(const uint8_t* bytes) {
  Fr v = Fr::zero();
  for (int i = 0; i < 16; ++i) v = v * fr(256) + fr(bytes[i]);
  return v;
}

constexpr uint64_t kNormTableRows = 13 * 13 * 13;
constexpr uint64_t kChiTableRows = 5 * 5 * 5 * 5 * 5;

}  // namespace

size_t KeccakConfig::table_rows() { return kChiTableRows; }

void KeccakConfig::assign(Assignment& asg, const KeccakWitness& witness) const {
  const RoundLayout& layout = RoundLayout::get();
  const size_t rows = rows_for_blocks(witness.blocks.size());
  if (rows > asg.usable_rows() || table_rows() > asg.usable_rows()) {
    throw InputError("keccak circuit: " + std::to_string(witness.blocks.size()) + " blocks need " +
                     std::to_string(std::max(rows, table_rows())) + " usable rows, k = " + std::to_string(asg.k()) +
                     " has " + std::to_string(asg.usable_rows()));
  }
  // Tables.
  for (uint64_t v = 0; v < kNormTableRows; ++v) {
    uint64_t out = 0, rest = v, scale = 1;
    for (int j = 0; j < kNormDigits; ++j, rest /= kBase, scale *= kBase) out += (rest % kBase & 1) * scale;
    asg.assign(norm_table_in, v, fr(v));
    asg.assign(norm_table_out, v, fr(out));
    asg.enable_selector(q_norm_table, v);
  }
  for (uint64_t row = 0; row < kChiTableRows; ++row) {
    uint64_t in = 0, out = 0, rest = row, scale = 1;
    for (int j = 0; j < kChiDigits; ++j, rest /= 5, scale *= kBase) {
      in += (rest % 5) * scale;
      out += chi_of_index(static_cast<uint8_t>(rest % 5)) * scale;
    }
    asg.assign(chi_table_in, row, fr(in));
    asg.assign(chi_table_out, row, fr(out));
    asg.enable_selector(q_chi_table, row);
  }
  for (uint64_t b = 0; b < 256; ++b) {
    asg.assign(byte_table, b, fr(b));
    asg.assign(byte_table_sparse, b, fr(sparse_byte(static_cast<uint8_t>(b))));
    asg.enable_selector(q_byte_table, b);
  }
  // is_final is 0 everywhere but on final output rows.
  const std::vector<Fr> zeros(asg.usable_rows(), Fr::zero());
  asg.assign_column(table.is_final, zeros);
  for (size_t row = 0; row < asg.usable_rows(); ++row) {
    if (row % kBlockRows != static_cast<size_t>(kOutputRow) || row >= rows) asg.enable_selector(q_not_output, row);
  }

  for (size_t b = 0; b < witness.blocks.size(); ++b) {
    const BlockWitness& block = witness.blocks[b];
    const size_t base = b * kBlockRows;
    // Rounds.
    for (int round = 0; round < kRounds; ++round) {
      const size_t row = base + static_cast<size_t>(round * kRowsPerRound);
      const State& s = block.states[round];
      const RoundValues v = compute_round(s, round);
      asg.enable_selector(q_round, row);
      asg.assign(round_constant, row, sparse_lane(bits_of(kRoundConstants[round])));
      for (int i = 0; i < 25; ++i) asg.assign(state[i], row, sparse_lane(s[i]));
      auto put_norm = [&](const Slot& slot, uint64_t in, uint64_t out) {
        asg.assign(norm_in[slot.column], row + slot.row, fr(in));
        asg.assign(norm_out[slot.column], row + slot.row, fr(out));
      };
      for (int x = 0; x < 5; ++x) {
        for (const Chunk& ch : layout.theta[x]) {
          put_norm(ch.slot, pack_digits(v.theta_sum[x], ch.position, ch.length),
                   pack_parity(v.theta_sum[x], ch.position, ch.length));
        }
      }
      for (int x = 0; x < 5; ++x) {
        for (int y = 0; y < 5; ++y) {
          const RhoLane& lane = layout.rho[x][y];
          const Digits& d = v.theta_out[x + 5 * y];
          for (const Chunk& ch : lane.chunks) {
            put_norm(ch.slot, pack_digits(d, ch.position, ch.length), pack_parity(d, ch.position, ch.length));
          }
          if (lane.short_chunk >= 0) {
            const Chunk& ch = lane.chunks[static_cast<size_t>(lane.short_chunk)];
            const uint64_t scale = power13(kNormDigits - ch.length);
            put_norm(lane.range_slot, pack_digits(d, ch.position, ch.length) * scale,
                     pack_parity(d, ch.position, ch.length) * scale);
          }
        }
      }
      for (int x = 0; x < 5; ++x) {
        for (int y = 0; y < 5; ++y) {
          const Digits& d = v.chi_index[x + 5 * y];
          for (const Chunk& ch : layout.chi[x][y]) {
            uint64_t out = 0;
            for (int j = ch.length - 1; j >= 0; --j) out = out * kBase + chi_of_index(d[ch.position + j]);
            asg.assign(chi_in[ch.slot.column], row + ch.slot.row, fr(pack_digits(d, ch.position, ch.length)));
            asg.assign(chi_out[ch.slot.column], row + ch.slot.row, fr(out));
          }
        }
      }
    }
    // Output row.
    const size_t out_row = base + kOutputRow;
    const State& out = block.states[kRounds];
    asg.enable_selector(q_output, out_row);
    for (int i = 0; i < 25; ++i) asg.assign(state[i], out_row, sparse_lane(out[i]));
    for (const Chunk& ch : layout.output_lane0) {
      asg.assign(norm_in[ch.slot.column], out_row, fr(pack_digits(out[0], ch.position, ch.length)));
      asg.assign(norm_out[ch.slot.column], out_row, fr(pack_parity(out[0], ch.position, ch.length)));
    }
    // A named region per block, so failures say "keccak block 3, offset 45".
    plonk::Region region = asg.region("keccak block " + std::to_string(b), base);
    region.assign_advice(table.is_final, kOutputRow, block.is_final ? Fr::one() : Fr::zero());
    asg.assign(table.input_len, out_row, fr(block.input_len));
    asg.assign(table.output_hi, out_row, be_number(block.output.data()));
    asg.assign(table.output_lo, out_row, be_number(block.output.data() + 16));
    // Byte rows: the input block, then the output bytes.
    asg.enable_selector(q_absorb, base);
    asg.assign(fresh, base, b == 0 ? Fr::one() : Fr::zero());
    const uint64_t len_before = block.input_len - static_cast<uint64_t>(block.data_bytes);
    Fr acc = Fr::zero(), out_acc = Fr::zero();
    for (int i = kByteRows - 1; i >= 0; --i) {
      const size_t row = base + static_cast<size_t>(i);
      const uint8_t value = i < kRateBytes ? block.bytes[i] : block.output[i - kRateBytes];
      const Fr sparse = fr(sparse_byte(value));
      acc = (i % 8 == 7) ? sparse : sparse + acc * base_power(8);
      asg.assign(byte, row, fr(value));
      asg.assign(byte_sparse, row, sparse);
      asg.assign(word_acc, row, acc);
      asg.enable_selector(i % 8 == 7 ? q_word_end : q_word, row);
    }
    for (int i = 0; i < kRateBytes; ++i) {
      const size_t row = base + static_cast<size_t>(i);
      const bool padding = i >= block.data_bytes;
      asg.assign(is_pad, row, padding ? Fr::one() : Fr::zero());
      asg.assign(length, row, fr(len_before + static_cast<uint64_t>(std::min(i + 1, block.data_bytes))));
      asg.enable_selector(i == 0 ? q_data_first : q_data_next, row);
      if (i == kRateBytes - 1) asg.enable_selector(q_data_last, row);
    }
    for (int i = kSqueezeRow; i < kByteRows; ++i) {
      const size_t row = base + static_cast<size_t>(i);
      const Fr value = fr(block.output[i - kSqueezeRow]);
      const bool first = i == kSqueezeRow || i == kSqueezeRow + 16;
      out_acc = first ? value : out_acc * fr(256) + value;
      asg.assign(output_acc, row, out_acc);
      asg.enable_selector(first ? q_out_first : q_out_next, row);
    }
  }
}

void KeccakConfig::assign_phase1(Assignment& asg, const KeccakWitness& witness,
                                 const plonk::Challenges& challenges) const {
  const Fr r = challenges.get(byte_rlc);
  Fr acc = Fr::zero();
  for (size_t b = 0; b < witness.blocks.size(); ++b) {
    const BlockWitness& block = witness.blocks[b];
    const size_t base = b * kBlockRows;
    if (block.fresh) acc = Fr::zero();
    for (int i = 0; i < kRateBytes; ++i) {
      if (i < block.data_bytes) acc = acc * r + fr(block.bytes[i]);
      asg.assign(rlc, base + static_cast<size_t>(i), acc);
    }
    asg.assign(table.input_rlc, base + kOutputRow, acc);
  }
}

}  // namespace zkevm::circuits
