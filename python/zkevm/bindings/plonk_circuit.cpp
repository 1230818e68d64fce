#include "python/zkevm/bindings/plonk_circuit.hpp"

#include <pybind11/stl.h>

#include "cpp/util/error.hpp"
#include "python/zkevm/bindings/plonk_values.hpp"

namespace zkevm::bindings {

using namespace plonk;

void CircuitBuilder::check_column(AnyColumn column, const char* what) const {
  if (column.index >= cs_.num_columns(column.kind)) {
    throw InputError(std::string(what) + ": circuit '" + name_ + "' has no " + default_column_name(column));
  }
  if (column.kind == ColumnKind::Advice) {
    const ColumnInfo& info = cs_.column_info(column);
    if (info.phase != recording_phase_) {
      throw InputError(std::string(what) + ": advice column '" + cs_.column_name(column) + "' belongs to phase " +
                       std::to_string(info.phase) +
                       (info.phase == 1 ? ": assign it in the phase-1 callback (Circuit.on_phase1), where the "
                                          "challenges are known"
                                        : ": phase-0 advice cannot be assigned in the phase-1 callback"));
    }
  }
}

void CircuitBuilder::check_region(int64_t region, size_t row) const {
  if (region < 0) return;
  if (static_cast<size_t>(region) >= region_starts_.size()) {
    throw InputError("circuit '" + name_ + "': region " + std::to_string(region) + " does not exist");
  }
  if (row < region_starts_[static_cast<size_t>(region)]) {
    throw InputError("circuit '" + name_ + "': row " + std::to_string(row) + " lies before region " +
                     std::to_string(region) + "'s start");
  }
}

size_t CircuitBuilder::open_region(const std::string& name, size_t start_row) {
  if (recording_phase_ == 0) {
    region_starts_.resize(phase0_regions_);
    ++phase0_regions_;
  }
  region_starts_.push_back(start_row);
  WitnessOp op;
  op.kind = WitnessOp::Kind::OpenRegion;
  op.row = start_row;
  op.name = name;
  ops().push_back(std::move(op));
  return region_starts_.size() - 1;
}

void CircuitBuilder::assign_cell(AnyColumn column, size_t row, const Fr& value, int64_t region) {
  check_column(column, "assign");
  check_region(region, row);
  WitnessOp op;
  op.kind = WitnessOp::Kind::Cell;
  op.column = column;
  op.row = row;
  op.region = region;
  op.value = value;
  ops().push_back(std::move(op));
}

void CircuitBuilder::assign_column(AnyColumn column, std::vector<Fr> values, size_t start, int64_t region) {
  check_column(column, "assign_column");
  check_region(region, start);
  WitnessOp op;
  op.kind = WitnessOp::Kind::Column;
  op.column = column;
  op.row = start;
  op.region = region;
  op.values = std::move(values);
  ops().push_back(std::move(op));
}

void CircuitBuilder::enable_selector(uint32_t selector, size_t row, int64_t region) {
  if (selector >= cs_.num_selectors()) {
    throw InputError("enable: circuit '" + name_ + "' has no selector " + std::to_string(selector));
  }
  check_region(region, row);
  WitnessOp op;
  op.kind = WitnessOp::Kind::EnableSelector;
  op.selector = selector;
  op.row = row;
  op.region = region;
  ops().push_back(std::move(op));
}

void CircuitBuilder::enable_selector_rows(uint32_t selector, std::vector<size_t> rows, int64_t region) {
  if (rows.empty()) return;
  if (selector >= cs_.num_selectors()) {
    throw InputError("enable: circuit '" + name_ + "' has no selector " + std::to_string(selector));
  }
  for (size_t row : rows) check_region(region, row);
  WitnessOp op;
  op.kind = WitnessOp::Kind::EnableSelector;
  op.selector = selector;
  op.row = rows.front();
  op.rows = std::move(rows);
  op.region = region;
  ops().push_back(std::move(op));
}

void CircuitBuilder::copy(const Cell& a, const Cell& b) {
  for (const Cell* c : {&a, &b}) {
    if (c->column.index >= cs_.num_columns(c->column.kind)) {
      throw InputError("copy: circuit '" + name_ + "' has no " + default_column_name(c->column));
    }
    if (!cs_.column_info(c->column).equality) {
      throw InputError("copy: column '" + cs_.column_name(c->column) +
                       "' does not have equality enabled (call enable_equality on it first)");
    }
  }
  WitnessOp op;
  op.kind = WitnessOp::Kind::Copy;
  op.column = a.column;
  op.row = a.row;
  op.other = b;
  ops().push_back(std::move(op));
}

void CircuitBuilder::assign_constant(AnyColumn advice_column, size_t row, const Fr& value, int64_t region) {
  if (advice_column.kind != ColumnKind::Advice) throw InputError("assign_constant: the column must be an advice column");
  check_column(advice_column, "assign_constant");
  if (cs_.constant_columns().empty()) {
    throw InputError("assign_constant: circuit '" + name_ +
                     "' has no constants column (call enable_constant on a fixed column first)");
  }
  check_region(region, row);
  WitnessOp op;
  op.kind = WitnessOp::Kind::Constant;
  op.column = advice_column;
  op.row = row;
  op.region = region;
  op.value = value;
  ops().push_back(std::move(op));
}

void CircuitBuilder::replay(const std::vector<WitnessOp>& ops, Assignment& a) const {
  auto advice = [&](AnyColumn c) { return Column<Advice>(c.index, cs_.column_info(c).phase); };
  auto offset = [&](const WitnessOp& op) { return op.row - a.regions().at(static_cast<size_t>(op.region)).start; };
  for (const WitnessOp& op : ops) {
    const bool in_region = op.region >= 0;
    Region region(a, in_region ? static_cast<size_t>(op.region) : 0);
    switch (op.kind) {
      case WitnessOp::Kind::OpenRegion:
        a.region(op.name, op.row);
        break;
      case WitnessOp::Kind::Cell:
        switch (op.column.kind) {
          case ColumnKind::Advice:
            if (in_region) {
              region.assign_advice(advice(op.column), offset(op), op.value);
            } else {
              a.assign(advice(op.column), op.row, op.value);
            }
            break;
          case ColumnKind::Fixed:
            if (in_region) {
              region.assign_fixed(Column<Fixed>(op.column.index), offset(op), op.value);
            } else {
              a.assign(Column<Fixed>(op.column.index), op.row, op.value);
            }
            break;
          case ColumnKind::Instance:
            a.assign(Column<Instance>(op.column.index), op.row, op.value);
            break;
        }
        break;
      case WitnessOp::Kind::Column: {
        if (op.values.empty()) break;
        switch (op.column.kind) {
          case ColumnKind::Advice: a.assign_column(advice(op.column), op.values, op.row); break;
          case ColumnKind::Fixed: a.assign_column(Column<Fixed>(op.column.index), op.values, op.row); break;
          case ColumnKind::Instance: a.assign_column(Column<Instance>(op.column.index), op.values, op.row); break;
        }
        // Re-assigning the last value through the region stretches the region over the whole span.
        const size_t last = op.row + op.values.size() - 1;
        if (in_region && op.column.kind == ColumnKind::Advice) {
          region.assign_advice(advice(op.column), last - a.regions().at(static_cast<size_t>(op.region)).start,
                               op.values.back());
        } else if (in_region && op.column.kind == ColumnKind::Fixed) {
          region.assign_fixed(Column<Fixed>(op.column.index), last - a.regions().at(static_cast<size_t>(op.region)).start,
                              op.values.back());
        }
        break;
      }
      case WitnessOp::Kind::EnableSelector: {
        const Selector s = cs_.selectors().at(op.selector);
        auto enable = [&](size_t row) {
          if (in_region) {
            region.enable_selector(s, row - a.regions().at(static_cast<size_t>(op.region)).start);
          } else {
            a.enable_selector(s, row);
          }
        };
        if (op.rows.empty()) {
          enable(op.row);
        } else {
          for (size_t row : op.rows) enable(row);
        }
        break;
      }
      case WitnessOp::Kind::Copy:
        a.copy(Cell{op.column, op.row}, op.other);
        break;
      case WitnessOp::Kind::Constant:
        if (in_region) {
          region.assign_constant(advice(op.column), offset(op), op.value);
        } else {
          a.assign_constant(advice(op.column), op.row, op.value);
        }
        break;
    }
  }
}

void CircuitBuilder::synthesize(Assignment& assignment) { replay(phase0_, assignment); }

void CircuitBuilder::synthesize_phase1(Assignment& assignment, const Challenges& challenges) {
  // Recording happens under the GIL; the replay works on a private copy, so
  // several provers may run the same circuit from different threads.
  std::vector<WitnessOp> recorded;
  {
    py::gil_scoped_acquire gil;
    phase1_.clear();
    region_starts_.resize(phase0_regions_);
    if (has_phase1_callback()) {
      py::list values;
      for (const Fr& v : challenges.values()) values.append(fr_to_py(v));
      recording_phase_ = 1;
      try {
        phase1_callback_(values);
      } catch (...) {
        recording_phase_ = 0;
        throw;
      }
      recording_phase_ = 0;
    }
    recorded = std::move(phase1_);
    phase1_.clear();
  }
  replay(recorded, assignment);
}

}  // namespace zkevm::bindings
