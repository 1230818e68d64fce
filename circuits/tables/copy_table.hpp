#pragma once
// The Copy table: every byte moved by a copy event (CALLDATACOPY, CODECOPY,
// RETURNDATACOPY, MCOPY, KECCAK256's input, LOG data, RETURN/REVERT, call
// inputs), proved by the Copy circuit (later) against the RW, Bytecode and Tx
// tables; the EVM circuit looks up each event's first row.
//
// Columns (one row per copied byte):
//   is_first, is_last      1 on the event's first / last byte
//   src_type, dst_type     evm::CopyDataType
//   src_id_hi/lo, dst_id_hi/lo  call id, tx id, or the code hash (word)
//   src_addr, dst_addr     the byte's source / destination address
//   length                 the event's byte count (same on every row)
//   bytes_left             length − position: length on the first row, 1 on the last
//   value                  the byte
//   rw_counter             the counter of the byte's first RW operation (the
//                          event's start on the first row; constant when the
//                          copy makes no RW operations)
//   rwc_inc_left           RW operations from this byte to the event's end
//   value_acc  (phase 1)   RLC of the event's bytes up to this one (byte_rlc, first byte highest power)
//   rlc_acc    (phase 1)   RLC of all the event's bytes (same on every row)
//
// Row order: events in trace order, bytes in order; zero rows after.
// Events of no bytes have no rows. Lookups (first row): (is_first, src_type,
// src_id_hi, src_id_lo, src_addr, dst_type, dst_id_hi, dst_id_lo, dst_addr,
// length, rw_counter, rwc_inc_left, rlc_acc).
#include <vector>

#include "circuits/tables/table_values.hpp"
#include "cpp/evm/circuit_tables.hpp"
#include "cpp/plonk/assignment.hpp"

namespace zkevm::circuits {

struct CopyRow {
  bool is_first = false, is_last = false;
  evm::CopyDataType src_type = evm::CopyDataType::Memory, dst_type = evm::CopyDataType::Memory;
  evm::U256 src_id, dst_id;
  uint64_t src_addr = 0, dst_addr = 0, length = 0, bytes_left = 0;
  uint8_t value = 0;
  uint64_t rw_counter = 0, rwc_inc_left = 0;
};

// The rows of the copy events, in the layout's order. InputError when an
// event's RW range is not a whole number of operations per byte.
std::vector<CopyRow> copy_table_rows(const std::vector<evm::CopyEvent>& events);

struct CopyTable {
  plonk::Column<plonk::Advice> is_first, is_last, src_type, src_id_hi, src_id_lo, src_addr, dst_type, dst_id_hi,
      dst_id_lo, dst_addr, length, bytes_left, value, rw_counter, rwc_inc_left;
  plonk::Column<plonk::Advice> value_acc, rlc_acc;  // phase 1

  static CopyTable configure(plonk::ConstraintSystem& cs);

  // The table side of a lookup (13 expressions, order in the file comment).
  std::vector<plonk::Expression> columns() const;

  // Writes the phase-0 columns of rows to rows start.. InputError when they do not fit.
  void assign(plonk::Assignment& a, const std::vector<CopyRow>& rows, size_t start = 0) const;
  // Writes value_acc and rlc_acc (phase 1) with r the byte_rlc challenge's value.
  void assign_phase1(plonk::Assignment& a, const std::vector<CopyRow>& rows, const Fr& r, size_t start = 0) const;
};

}  // namespace zkevm::circuits
