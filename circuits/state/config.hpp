#pragma once
// The State circuit: proves the RW table (circuits/tables/rw_table.hpp)
// consistent, so that every read the EVM circuit looks up returns what was
// last written.
//
// Layout: the circuit owns every usable row of the RW table's columns (the
// table has no selector, so no row may escape the rules). Rows 0..N−1 hold the
// trace's operations sorted by (tag, id, address, field_tag, key, rw_counter),
// rows N..M−1 are Padding rows (M = usable rows, at least one padding row),
// with rw_counters N+1..M in order.
//
// Sort key: kSortLimbs = 47 limbs < 2^11 (the u11 table, 2048 rows, so the
// State circuit fits k = 12 beside the Keccak circuit's tables), most
// significant first:
//   position 0       tag                  (0..12 through the tag one-hot)
//   positions 1-3    id                   (3 limb columns, 33 bits)
//   positions 4-18   address              (15 limb columns, 165 bits)
//   position 19      field_tag            (u11 lookup)
//   positions 20-43  key_hi, key_lo       (12 + 12 limb columns, 132 bits each)
//   positions 44-46  rw_counter           (3 limb columns)
// Every row after the first names the first position where it differs from
// the previous row, as a one-hot pair (diff_group[p / 8], diff_index[p % 8]);
// the limbs before it are equal and its limb difference minus 1 (sort_diff) is
// in u11, so the rows are strictly increasing. same_key = the first difference
// is in rw_counter.
//
// Rules per row (gate "state row"), with same_key from the sort:
//   a read returns value_prev; on the same key value_prev is the previous
//   row's value and initial_value is carried; on a new key value_prev is the
//   initial value; only Storage and Account have a nonzero initial value (the
//   pre-state: the MPT circuit binds it later through initial_value_lookup());
//   Stack: the first access of a slot is a write, the stack pointer (key) is
//   < 1024 (2·sp in u11); Memory: the value is a byte; CallContext, TxLog and TxReceipt are
//   written once (read-only after); Start and Padding rows hold only their
//   counter.
// rw_counter contiguity: a shuffle of rw_counter against the fixed column
// row_counter = 1..M shows the counters are a permutation of 1..M; Padding
// rows are consecutive and the last row is Padding with counter M, so the
// operations hold exactly 1..N. The EVM circuit's EndBlock looks up the
// Padding row with counter (its final rw_counter) to show it made N lookups.
#include <array>
#include <vector>

#include "circuits/tables/range_table.hpp"
#include "circuits/tables/rw_table.hpp"
#include "cpp/plonk/assignment.hpp"

namespace zkevm::circuits::state {

inline constexpr uint32_t kLimbBits = 11;
inline constexpr size_t kIdLimbs = 3, kAddressLimbs = 15, kKeyHalfLimbs = 12, kCounterLimbs = 3;
// Sort positions of each part (layout above).
inline constexpr size_t kIdPos = 1, kAddressPos = kIdPos + kIdLimbs, kFieldTagPos = kAddressPos + kAddressLimbs,
                        kKeyPos = kFieldTagPos + 1, kCounterPos = kKeyPos + 2 * kKeyHalfLimbs;
inline constexpr size_t kSortLimbs = kCounterPos + kCounterLimbs;  // 47
inline constexpr size_t kDiffIndices = 8, kDiffGroups = (kSortLimbs + kDiffIndices - 1) / kDiffIndices;
inline constexpr size_t kTags = 13;  // evm::RwTag Start .. Padding

struct StateConfig {
  RwTable rw;
  RangeTable limb_range;  // u11
  plonk::Selector q_state, q_first, q_sort, q_last;
  plonk::Column<plonk::Fixed> row_counter;  // 1..M on the usable rows
  std::array<plonk::Column<plonk::Advice>, kIdLimbs> id_limbs;
  std::array<plonk::Column<plonk::Advice>, kAddressLimbs> address_limbs;
  std::array<plonk::Column<plonk::Advice>, 2 * kKeyHalfLimbs> key_limbs;  // key_hi's limbs, then key_lo's
  std::array<plonk::Column<plonk::Advice>, kCounterLimbs> counter_limbs;
  std::array<plonk::Column<plonk::Advice>, kDiffGroups> diff_group;
  std::array<plonk::Column<plonk::Advice>, kDiffIndices> diff_index;
  plonk::Column<plonk::Advice> sort_diff, same_key, range_check;
  std::array<plonk::Column<plonk::Advice>, kTags> is_tag;

  // Declares the columns, gates, lookups and the shuffle over the shared RW
  // table and the limb range table (u11: limb_range_table()). byte_rlc is unused (words are hi/lo limbs) but kept so
  // every sub-circuit configures alike.
  static StateConfig configure(plonk::ConstraintSystem& cs, const RwTable& rw, const RangeTable& limb_range,
                               plonk::Challenge byte_rlc);

  // The limb at sort position p (0..kSortLimbs−1), queried at rotation r.
  plonk::Expression sort_limb(size_t p, plonk::Rotation r = plonk::Rotation::cur()) const;
  // 1 when the row's tag is t (the one-hot column).
  plonk::Expression is(evm::RwTag t) const { return is_tag[static_cast<size_t>(t)].cur(); }

  // The first access of every Storage and Account key, for the MPT circuit to
  // bind later: a lookup of these inputs into its table of pre-state values,
  // (tag, address, field_tag, key_hi, key_lo, initial_value_hi, initial_value_lo),
  // switched on by initial_value_selector(). Not bound yet: until the MPT
  // circuit lands, initial values are the prover's claim.
  std::vector<plonk::Expression> initial_value_lookup() const;
  plonk::Expression initial_value_selector() const;

  // Assigns rows, exactly as given, to rows 0.. (every usable row: sorted
  // operations then padding, as state_rows() makes them), the RW table
  // included, and every helper column derived from them. InputError when the
  // count is not the usable row count or a value does not fit its limbs (id
  // or rw_counter ≥ 2^32). A dishonest order or value is assigned as given,
  // for the soundness tests.
  void assign(plonk::Assignment& a, const std::vector<RwRow>& rows) const;
};

// The range table of the State circuit's limbs (u11); InputError from
// StateConfig::configure for another width.
inline RangeTable limb_range_table(plonk::ConstraintSystem& cs) { return RangeTable::configure(cs, kLimbBits); }

// The State circuit's rows for usable_rows rows: the operations (rw_table_rows
// output, any order) sorted, then Padding rows with counters N+1..usable_rows.
// InputError when fewer than one padding row would remain.
std::vector<RwRow> state_rows(std::vector<RwRow> operations, size_t usable_rows);

}  // namespace zkevm::circuits::state
