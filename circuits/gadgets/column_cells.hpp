#pragma once
// A CellSource that gives every cell its own advice column (rotation 0) and
// range-checks every byte cell with its own lookup into a u8 fixed column:
// the simplest layout, for a chip used alone (tests, experiments). The EVM
// circuit shares a pool of columns among its execution states instead.
#include "circuits/gadgets/cells.hpp"

namespace zkevm::circuits::gadgets {

class ColumnCells : public CellSource {
 public:
  // u8_table: a fixed column holding 0..255 (filled by the owner); the byte
  // lookups are switched on by `enable`.
  ColumnCells(plonk::ConstraintSystem& cs, plonk::Column<plonk::Fixed> u8_table, Expression enable)
      : cs_(&cs), u8_(u8_table), enable_(std::move(enable)) {}

  WCell cell(const std::string& name) override { return WCell{cs_->advice_column(name), 0}; }
  WCell byte_cell(const std::string& name) override {
    WCell c{cs_->advice_column(name), 0};
    cs_->lookup(name + " is a byte", "u8", {c.expr()}, {u8_.cur()}, enable_);
    return c;
  }

 private:
  plonk::ConstraintSystem* cs_;
  plonk::Column<plonk::Fixed> u8_;
  Expression enable_;
};

}  // namespace zkevm::circuits::gadgets
