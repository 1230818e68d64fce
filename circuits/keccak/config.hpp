#pragma once
// The Keccak circuit: proves every row of the Keccak table (circuits/tables/
// keccak_table.hpp). Each absorbed 136-byte block takes kBlockRows rows: the
// input bytes (one per row: byte, its sparse form, padding flag, running
// length and RLC) and 24 Keccak-f rounds of kRowsPerRound rows each (sparse
// base-13 lanes, θ/ρ/π normalised and χ evaluated through lookups of 3- and
// 5-digit chunks), then one output row: the permutation's output state, the
// 32 output bytes' check and the Keccak table row (is_final on an input's
// last block). The design and its cost are in docs/DESIGN-NOTES.md.
#include <cstdint>
#include <vector>

#include "circuits/keccak/layout.hpp"
#include "circuits/keccak/witness.hpp"
#include "circuits/tables/keccak_table.hpp"
#include "cpp/plonk/assignment.hpp"

namespace zkevm::circuits {

struct KeccakConfig {
  KeccakTable table;
  plonk::Challenge byte_rlc;

  // State lanes at each round's first row and at the output row, lane x + 5y.
  plonk::Column<plonk::Advice> state[25];
  // Lookup pools: (input, output) pairs.
  std::vector<plonk::Column<plonk::Advice>> norm_in, norm_out, chi_in, chi_out;
  // Byte rows.
  plonk::Column<plonk::Advice> byte, byte_sparse, word_acc, is_pad, length, rlc, output_acc;

  // Fixed: selectors, round constants, first-block flag, tables.
  plonk::Selector q_round, q_absorb, q_data_first, q_data_next, q_data_last, q_word, q_word_end, q_out_first,
      q_out_next, q_output, q_not_output, q_norm_table, q_chi_table, q_byte_table;
  plonk::Column<plonk::Fixed> round_constant, fresh;
  plonk::Column<plonk::Fixed> norm_table_in, norm_table_out, chi_table_in, chi_table_out, byte_table, byte_table_sparse;

  // Declares the columns, gates and lookups in cs; `table` is the shared
  // Keccak table, `byte_rlc` the shared phase-1 challenge.
  static KeccakConfig configure(plonk::ConstraintSystem& cs, const KeccakTable& table, plonk::Challenge byte_rlc);

  // Phase 0: the lookup tables, selectors and every phase-0 cell of the
  // witness's blocks, from row 0; is_final is 0 on every other usable row.
  // InputError when the blocks do not fit 2^k rows.
  void assign(plonk::Assignment& asg, const keccak::KeccakWitness& witness) const;
  // Phase 1: the running RLC of the input bytes and the table's input_rlc.
  void assign_phase1(plonk::Assignment& asg, const keccak::KeccakWitness& witness,
                     const plonk::Challenges& challenges) const;

  // Rows the blocks take, and rows the fixed tables take.
  static size_t rows_for_blocks(size_t blocks) { return blocks * keccak::kBlockRows; }
  static size_t table_rows();
};

}  // namespace zkevm::circuits
