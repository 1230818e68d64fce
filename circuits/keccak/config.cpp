#include "circuits/keccak/config.hpp"

#include <string>

namespace zkevm::circuits {

using namespace keccak;
using plonk::Advice;
using plonk::Column;
using plonk::Constraint;
using plonk::Expression;

namespace {

// "[x][y]" (appended piecewise: GCC 12 warns falsely on "[" + std::to_string(x)).
std::string lane_name(int x, int y) {
  std::string s(1, '[');
  s += std::to_string(x);
  s += "][";
  s += std::to_string(y);
  s += ']';
  return s;
}

Fr fr(uint64_t v) { return Fr::from_u64(v); }

// Σ_i 13^i over the 64 digits: the sparse lane with every digit 1.
Fr all_ones() {
  Fr v = Fr::zero();
  for (int i = 0; i < kLaneBits; ++i) v += base_power(i);
  return v;
}

}  // namespace

KeccakConfig KeccakConfig::configure(plonk::ConstraintSystem& cs, const KeccakTable& table, plonk::Challenge byte_rlc) {
  const RoundLayout& layout = RoundLayout::get();
  KeccakConfig c;
  c.table = table;
  c.byte_rlc = byte_rlc;
  for (int i = 0; i < 25; ++i) c.state[i] = cs.advice_column("keccak.state" + lane_name(i % 5, i / 5));
  for (uint32_t j = 0; j < layout.norm_columns; ++j) {
    c.norm_in.push_back(cs.advice_column("keccak.norm_in" + std::to_string(j)));
    c.norm_out.push_back(cs.advice_column("keccak.norm_out" + std::to_string(j)));
  }
  for (uint32_t j = 0; j < layout.chi_columns; ++j) {
    c.chi_in.push_back(cs.advice_column("keccak.chi_in" + std::to_string(j)));
    c.chi_out.push_back(cs.advice_column("keccak.chi_out" + std::to_string(j)));
  }
  c.byte = cs.advice_column("keccak.byte");
  c.byte_sparse = cs.advice_column("keccak.byte_sparse");
  c.word_acc = cs.advice_column("keccak.word_acc");
  c.is_pad = cs.advice_column("keccak.is_pad");
  c.length = cs.advice_column("keccak.length");
  c.rlc = cs.advice_column("keccak.rlc", 1);
  c.output_acc = cs.advice_column("keccak.output_acc");

  c.q_round = cs.selector("keccak.q_round");
  c.q_absorb = cs.selector("keccak.q_absorb");
  c.q_data_first = cs.selector("keccak.q_data_first");
  c.q_data_next = cs.selector("keccak.q_data_next");
  c.q_data_last = cs.selector("keccak.q_data_last");
  c.q_word = cs.selector("keccak.q_word");
  c.q_word_end = cs.selector("keccak.q_word_end");
  c.q_out_first = cs.selector("keccak.q_out_first");
  c.q_out_next = cs.selector("keccak.q_out_next");
  c.q_output = cs.selector("keccak.q_output");
  c.q_not_output = cs.selector("keccak.q_not_output");
  c.q_norm_table = cs.selector("keccak.q_norm_table");
  c.q_chi_table = cs.selector("keccak.q_chi_table");
  c.q_byte_table = cs.selector("keccak.q_byte_table");
  c.round_constant = cs.fixed_column("keccak.round_constant");
  c.fresh = cs.fixed_column("keccak.fresh");
  c.norm_table_in = cs.fixed_column("keccak.norm_table_in");
  c.norm_table_out = cs.fixed_column("keccak.norm_table_out");
  c.chi_table_in = cs.fixed_column("keccak.chi_table_in");
  c.chi_table_out = cs.fixed_column("keccak.chi_table_out");
  c.byte_table = cs.fixed_column("keccak.byte_table");
  c.byte_table_sparse = cs.fixed_column("keccak.byte_table_sparse");

  // --- one Keccak-f round ------------------------------------------------------
  {
    auto norm_in = [&](const Slot& s) { return c.norm_in[s.column].rot(static_cast<int32_t>(s.row)); };
    auto norm_out = [&](const Slot& s) { return c.norm_out[s.column].rot(static_cast<int32_t>(s.row)); };
    auto chi_in = [&](const Slot& s) { return c.chi_in[s.column].rot(static_cast<int32_t>(s.row)); };
    auto chi_out = [&](const Slot& s) { return c.chi_out[s.column].rot(static_cast<int32_t>(s.row)); };
    const Expression q = c.q_round;
    std::vector<Constraint> constraints;
    // θ: C[x] is cut into chunks; their normalised outputs give C[x] and rot1(C[x]).
    Expression c_norm[5], c_rot1[5];
    for (int x = 0; x < 5; ++x) {
      Expression sum = c.state[x].cur();
      for (int y = 1; y < 5; ++y) sum = sum + c.state[x + 5 * y].cur();
      Expression chunks;
      for (const Chunk& ch : layout.theta[x]) {
        chunks = chunks + norm_in(ch.slot) * base_power(ch.position);
        c_norm[x] = c_norm[x] + norm_out(ch.slot) * base_power(ch.position);
        c_rot1[x] = c_rot1[x] + norm_out(ch.slot) * base_power((ch.position + 1) % kLaneBits);
      }
      constraints.push_back({"theta column sum C[" + std::to_string(x) + "]", q * (sum - chunks)});
    }
    // θ's output A' = A + C[x−1] + rot1(C[x+1]) is cut at 64 − r; the normalised
    // chunks placed at (position + r) mod 64 give π's lane B[y][2x + 3y].
    Expression b[25];
    for (int x = 0; x < 5; ++x) {
      for (int y = 0; y < 5; ++y) {
        const RhoLane& lane = layout.rho[x][y];
        const Expression theta_out = c.state[x + 5 * y].cur() + c_norm[(x + 4) % 5] + c_rot1[(x + 1) % 5];
        Expression chunks, rotated;
        for (const Chunk& ch : lane.chunks) {
          chunks = chunks + norm_in(ch.slot) * base_power(ch.position);
          rotated = rotated + norm_out(ch.slot) * base_power((ch.position + kRho[x][y]) % kLaneBits);
        }
        constraints.push_back({"rho-pi lane decomposition" + lane_name(x, y), q * (theta_out - chunks)});
        if (lane.short_chunk >= 0) {
          const Chunk& ch = lane.chunks[static_cast<size_t>(lane.short_chunk)];
          constraints.push_back({"rho-pi short chunk range" + lane_name(x, y),
                                 q * (norm_in(lane.range_slot) - norm_in(ch.slot) * base_power(kNormDigits - ch.length))});
        }
        b[y + 5 * ((2 * x + 3 * y) % 5)] = rotated;
      }
    }
    // χ: the index 3 − 2B[x] + B[x+1] − B[x+2] is cut into 5-digit chunks; their
    // outputs are the next state; ι adds the round constant to lane 0.
    const Fr threes = all_ones() * fr(3);
    for (int x = 0; x < 5; ++x) {
      for (int y = 0; y < 5; ++y) {
        const Expression index =
            Expression(threes) - b[x + 5 * y] * 2 + b[(x + 1) % 5 + 5 * y] - b[(x + 2) % 5 + 5 * y];
        Expression chunks, out;
        for (const Chunk& ch : layout.chi[x][y]) {
          chunks = chunks + chi_in(ch.slot) * base_power(ch.position);
          out = out + chi_out(ch.slot) * base_power(ch.position);
        }
        constraints.push_back({"chi decomposition" + lane_name(x, y), q * (index - chunks)});
        if (x == 0 && y == 0) out = out + c.round_constant.cur();
        constraints.push_back({"next state (chi, iota)" + lane_name(x, y),
                               q * (c.state[x + 5 * y].rot(kRowsPerRound) - out)});
      }
    }
    cs.create_gate("keccak round", std::move(constraints));
  }

  // --- absorption: the block's lanes join the previous output (or zero) --------
  // carry is 1 when the block continues the input of the block before it.
  const Expression carry = (Expression(1) - c.fresh.cur()) * (Expression(1) - c.table.is_final.prev());
  {
    std::vector<Constraint> constraints;
    for (int i = 0; i < 25; ++i) {
      Expression v = c.state[i].cur() - carry * c.state[i].prev();
      if (i < kRateLanes) v = v - c.word_acc.rot(8 * i);
      constraints.push_back({"absorb lane" + lane_name(i % 5, i / 5), Expression(c.q_absorb) * v});
    }
    cs.create_gate("keccak absorb", std::move(constraints));
  }

  // --- input bytes: padding, length, RLC; lane words ---------------------------
  {
    const Expression first = c.q_data_first, next = c.q_data_next;
    const Expression pad = c.is_pad.cur(), data = Expression(1) - c.is_pad.cur();
    const Expression r = byte_rlc;
    const Expression rlc_start = carry * c.table.input_rlc.prev();
    cs.create_gate("keccak input bytes",
                   {{"is_pad boolean", (first + next) * pad * data},
                    {"padding is a suffix", next * c.is_pad.prev() * data},
                    {"padding byte (block start)", first * pad * (c.byte.cur() - 1)},
                    {"padding byte", next * pad *
                                         (c.byte.cur() - (pad - c.is_pad.prev()) - Expression(c.q_data_last) * 0x80)},
                    {"input length (block start)",
                     first * (c.length.cur() - carry * c.table.input_len.prev() - data)},
                    {"input length", next * (c.length.cur() - c.length.prev() - data)},
                    {"input RLC (block start)",
                     first * (c.rlc.cur() - rlc_start - data * (rlc_start * (r - 1) + c.byte.cur()))},
                    {"input RLC", next * (c.rlc.cur() - c.rlc.prev() - data * (c.rlc.prev() * (r - 1) + c.byte.cur()))}});
    cs.create_gate("keccak lane words",
                   {{"lane word", Expression(c.q_word) * (c.word_acc.cur() - c.byte_sparse.cur() -
                                                          c.word_acc.next() * base_power(8))},
                    {"lane word (last byte)", Expression(c.q_word_end) * (c.word_acc.cur() - c.byte_sparse.cur())},
                    {"output word (first byte)", Expression(c.q_out_first) * (c.output_acc.cur() - c.byte.cur())},
                    {"output word", Expression(c.q_out_next) *
                                        (c.output_acc.cur() - c.output_acc.prev() * 256 - c.byte.cur())}});
  }

  // --- the output row: squeeze and the Keccak table row ------------------------
  {
    const Expression q = c.q_output;
    auto back = [](int block_row) { return block_row - kOutputRow; };
    Expression lane0_chunks, lane0_norm;
    for (const Chunk& ch : layout.output_lane0) {
      lane0_chunks = lane0_chunks + c.norm_in[ch.slot.column].cur() * base_power(ch.position);
      lane0_norm = lane0_norm + c.norm_out[ch.slot.column].cur() * base_power(ch.position);
    }
    std::vector<Constraint> constraints = {
        {"table is_final", q * (c.table.is_final.cur() - c.is_pad.rot(back(kRateBytes - 1)))},
        {"table input_len", q * (c.table.input_len.cur() - c.length.rot(back(kRateBytes - 1)))},
        {"table input_rlc", q * (c.table.input_rlc.cur() - c.rlc.rot(back(kRateBytes - 1)))},
        {"output lane 0 normalisation", q * (c.state[0].cur() - lane0_chunks)},
        {"output lane 0 bytes", q * (lane0_norm - c.word_acc.rot(back(kSqueezeRow)))},
    };
    for (int j = 1; j < 4; ++j) {
      constraints.push_back({"output lane " + std::to_string(j) + " bytes",
                             q * (c.state[j].cur() - c.word_acc.rot(back(kSqueezeRow + 8 * j)))});
    }
    constraints.push_back({"table output_hi", q * (c.table.output_hi.cur() - c.output_acc.rot(back(kSqueezeRow + 15)))});
    constraints.push_back({"table output_lo", q * (c.table.output_lo.cur() - c.output_acc.rot(back(kSqueezeRow + 31)))});
    cs.create_gate("keccak output", std::move(constraints));
    // Other circuits look up (1, rlc, len, hi, lo): only output rows may say 1.
    // (A selector, not 1 − q_output: gates must vanish on the blinding rows too.)
    cs.create_gate("keccak table rows", Expression(c.q_not_output) * c.table.is_final.cur());
  }

  // --- lookups -------------------------------------------------------------------
  // Inputs need no selector (the all-zero tuple is in every table); the table
  // selectors keep the zero rows past each table's end out of it (a table
  // with thousands of equal rows is slow to match in the prover).
  for (uint32_t j = 0; j < layout.norm_columns; ++j) {
    cs.lookup("keccak normalise", "keccak normalise table", {c.norm_in[j].cur(), c.norm_out[j].cur()},
              {c.norm_table_in.cur(), c.norm_table_out.cur()}, std::nullopt, Expression(c.q_norm_table));
  }
  for (uint32_t j = 0; j < layout.chi_columns; ++j) {
    cs.lookup("keccak chi", "keccak chi table", {c.chi_in[j].cur(), c.chi_out[j].cur()},
              {c.chi_table_in.cur(), c.chi_table_out.cur()}, std::nullopt, Expression(c.q_chi_table));
  }
  cs.lookup("keccak byte", "keccak byte table", {c.byte.cur(), c.byte_sparse.cur()},
            {c.byte_table.cur(), c.byte_table_sparse.cur()}, std::nullopt, Expression(c.q_byte_table));
  return c;
}

}  // namespace zkevm::circuits
