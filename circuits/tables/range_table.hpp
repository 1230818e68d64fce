#pragma once
// Fixed range tables: one fixed column holding 0 .. 2^bits − 1 on rows
// 0 .. 2^bits − 1 (and 0 on the rows after, which is in range anyway).
// RangeTable(8) is the u8 table (bytes), RangeTable(16) the u16 table (the
// State circuit's limbs and sort differences). The u16 table needs 2^16
// usable rows, so circuits that use it run at k >= 17.
#include <cstdint>
#include <string>
#include <vector>

#include "cpp/plonk/assignment.hpp"

namespace zkevm::circuits {

struct RangeTable {
  uint32_t bits = 8;
  plonk::Column<plonk::Fixed> value;

  // A table of 2^bits values (bits 1..20).
  static RangeTable configure(plonk::ConstraintSystem& cs, uint32_t bits);

  // "u8", "u16", ...: the table name used in lookups.
  std::string name() const { return std::string(1, 'u').append(std::to_string(bits)); }
  // The table side of a lookup: (value).
  std::vector<plonk::Expression> columns() const { return {value.cur()}; }
  // Number of rows it fills.
  size_t rows() const { return size_t{1} << bits; }

  // Fills the fixed column (phase 0). InputError when 2^bits rows do not fit.
  void assign(plonk::Assignment& a) const;
};

inline RangeTable u8_table(plonk::ConstraintSystem& cs) { return RangeTable::configure(cs, 8); }
inline RangeTable u16_table(plonk::ConstraintSystem& cs) { return RangeTable::configure(cs, 16); }

}  // namespace zkevm::circuits
