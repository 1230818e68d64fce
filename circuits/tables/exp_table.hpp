#pragma once
// The Exp table: every EXP of the execution as a square-and-multiply chain,
// proved by the Exp circuit (later); the EVM circuit looks up an event's first
// row (base, exponent, result).
//
// Columns (one row per step of the chain):
//   identifier         the event's position + 1 (0 on unused rows)
//   is_first, is_last  1 on the event's first / last row
//   base_hi/lo         the base (same on every row of the event)
//   exponent_hi/lo     e_j: e_0 = the exponent, e_(j+1) = e_j >> 1, the last row has e_j = 1
//   result_hi/lo       base^(e_j) mod 2^256
// so that result_j = result_(j+1)^2 · base^(e_j mod 2). An exponent of 0 is
// one row (is_first = is_last = 1) with result 1.
//
// Row order: events in trace order, each from the full exponent down to 1.
// Lookups (first row): (is_first, base_hi, base_lo, exponent_hi, exponent_lo, result_hi, result_lo).
#include <vector>

#include "circuits/tables/table_values.hpp"
#include "cpp/evm/circuit_tables.hpp"
#include "cpp/plonk/assignment.hpp"

namespace zkevm::circuits {

struct ExpRow {
  uint64_t identifier = 0;
  bool is_first = false, is_last = false;
  evm::U256 base, exponent, result;
};

// The rows of the EXP events, in the layout's order.
std::vector<ExpRow> exp_table_rows(const std::vector<evm::ExpEvent>& events);

struct ExpTable {
  plonk::Column<plonk::Advice> identifier, is_first, is_last, base_hi, base_lo, exponent_hi, exponent_lo, result_hi,
      result_lo;

  static ExpTable configure(plonk::ConstraintSystem& cs);

  // The table side of a lookup: (is_first, base_hi, base_lo, exponent_hi, exponent_lo, result_hi, result_lo).
  std::vector<plonk::Expression> columns() const;

  // Writes rows to rows start.. (phase 0). InputError when they do not fit.
  void assign(plonk::Assignment& a, const std::vector<ExpRow>& rows, size_t start = 0) const;
};

}  // namespace zkevm::circuits
