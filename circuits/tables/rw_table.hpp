#pragma once
// The RW table: every read and write of the execution (bus-mapping RW ops),
// proved consistent by the State circuit (circuits/state) and looked up by the
// EVM circuit, one lookup per RW operation of a step.
//
// Columns (one row per operation; words as (hi, lo) 128-bit limbs):
//   rw_counter        global counter of the operation, 1..N (padding: N+1..)
//   is_write          1 for a write, 0 for a read
//   tag               evm::RwTag (Start 0 ... Padding 12)
//   id                call id (Stack, Memory, CallContext); tx id (TransientStorage,
//                     TxAccessList*, TxRefund, TxLog, TxReceipt); 0 otherwise
//                     (Storage and Account belong to the block's state)
//   address           account address (Storage, TransientStorage, Account, TxAccessList*, TxLog)
//   field_tag         AccountField, CallContextField, ReceiptField, or a log's topic count
//   key_hi, key_lo    storage key, memory address, stack pointer, log index
//   value_hi/lo       the value read, or written
//   value_prev_hi/lo  the key's value before this operation (= value for a read)
//   initial_value_hi/lo  the key's value before the first operation of the trace:
//                     the pre-state for Storage (the EIP-2200 committed value: a
//                     trace is one transaction) and Account, 0 for every other tag
//
// Row order: rw_table_rows() returns the operations in rw_counter order (the
// order the EVM circuit's steps produce them); the State circuit assigns
// them sorted by (tag, id, address, field_tag, key, rw_counter)
// (sort_rw_rows), then Padding rows. Both orders hold the same tuples, so the
// EVM circuit's lookups do not depend on it. Rows past the assigned ones are
// zero: a Start row with rw_counter 0, which no step looks up.
#include <vector>

#include "circuits/tables/table_values.hpp"
#include "cpp/evm/rw.hpp"
#include "cpp/plonk/assignment.hpp"

namespace zkevm::circuits {

// One operation, normalized for the circuits (ids, value_prev, initial_value filled).
struct RwRow {
  uint64_t rw_counter = 0;
  bool is_write = false;
  evm::RwTag tag = evm::RwTag::Padding;
  uint64_t id = 0;
  evm::Address address{};
  uint8_t field_tag = 0;
  evm::U256 key, value, value_prev, initial_value;
};

// The circuit rows of a trace's RW operations, in rw_counter order: ids
// normalized as in the layout, value_prev the key's current value (replayed,
// since the trace leaves it empty for Stack and Memory), initial_value the
// value before the key's first operation. InputError when the rw_counters are
// not 1..N in order.
std::vector<RwRow> rw_table_rows(const std::vector<evm::RwOp>& ops);

// rows sorted by (tag, id, address, field_tag, key, rw_counter): the State circuit's order.
void sort_rw_rows(std::vector<RwRow>& rows);

// A Padding row with the given counter.
RwRow rw_padding_row(uint64_t rw_counter);

struct RwTable {
  plonk::Column<plonk::Advice> rw_counter, is_write, tag, id, address, field_tag, key_hi, key_lo, value_hi, value_lo,
      value_prev_hi, value_prev_lo, initial_value_hi, initial_value_lo;

  static RwTable configure(plonk::ConstraintSystem& cs);

  // The table side of a lookup, in the column order above (14 expressions).
  std::vector<plonk::Expression> columns() const;

  // Writes rows to rows start.. (phase 0). InputError when they do not fit.
  void assign(plonk::Assignment& a, const std::vector<RwRow>& rows, size_t start = 0) const;
};

}  // namespace zkevm::circuits
