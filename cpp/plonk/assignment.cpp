#include "cpp/plonk/assignment.hpp"

#include <algorithm>

#include "cpp/util/error.hpp"

namespace zkevm::plonk {

// --- Challenges ---------------------------------------------------------------

const Fr& Challenges::get(Challenge c) const {
  if (!available(c)) {
    throw InputError("challenge " + std::to_string(c.index()) + " is not drawn yet: it is available after phase " +
                     std::to_string(c.phase()) + "'s advice is committed (use it in synthesize_phase1)");
  }
  return values_[c.index()];
}

void Challenges::set(Challenge c, const Fr& value) {
  if (c.index() >= values_.size()) {
    values_.resize(c.index() + 1);
    drawn_.resize(c.index() + 1, false);
  }
  values_[c.index()] = value;
  drawn_[c.index()] = true;
}

// --- Region -------------------------------------------------------------------

size_t Region::row(size_t offset) const { return assignment_->regions_[index_].start + offset; }

void Region::cover(size_t offset) {
  RegionInfo& r = assignment_->regions_[index_];
  r.size = std::max(r.size, offset + 1);
}

Cell Region::assign_advice(Column<Advice> column, size_t offset, const Fr& value) {
  Cell c = assignment_->assign(column, row(offset), value);
  cover(offset);
  return c;
}

Cell Region::assign_fixed(Column<Fixed> column, size_t offset, const Fr& value) {
  Cell c = assignment_->assign(column, row(offset), value);
  cover(offset);
  return c;
}

Cell Region::assign_constant(Column<Advice> column, size_t offset, const Fr& value) {
  Cell c = assignment_->assign_constant(column, row(offset), value);
  cover(offset);
  return c;
}

void Region::enable_selector(Selector selector, size_t offset) {
  assignment_->enable_selector(selector, row(offset));
  cover(offset);
}

// --- Assignment ---------------------------------------------------------------

Assignment::Assignment(const ConstraintSystem& cs, uint32_t k)
    : cs_(&cs), k_(k), n_(size_t{1} << k), usable_(cs.usable_rows(k)) {
  auto init = [&](Columns& cols, size_t count) {
    cols.values.assign(count, std::vector<Fr>(n_));
    cols.assigned.assign(count, std::vector<uint8_t>(n_, 0));
  };
  init(advice_, cs.num_advice_columns());
  init(fixed_, cs.num_fixed_columns());
  init(instance_, cs.num_instance_columns());
}

void Assignment::set_phase(uint8_t phase) {
  if (phase > 1) throw InputError("assignment: phase " + std::to_string(phase) + " does not exist (0 or 1)");
  phase_ = phase;
}

Assignment::Columns& Assignment::columns(ColumnKind kind) {
  switch (kind) {
    case ColumnKind::Advice: return advice_;
    case ColumnKind::Fixed: return fixed_;
    case ColumnKind::Instance: return instance_;
  }
  throw InternalError("assignment: unknown column kind");
}

const Assignment::Columns& Assignment::columns(ColumnKind kind) const {
  return const_cast<Assignment*>(this)->columns(kind);
}

Region Assignment::region(const std::string& name, size_t start_row) {
  if (start_row >= usable_) {
    throw InputError("region '" + name + "': start row " + std::to_string(start_row) + " is outside the " +
                     std::to_string(usable_) + " usable rows");
  }
  regions_.push_back(RegionInfo{name, start_row, 0});
  return Region(*this, regions_.size() - 1);
}

std::optional<size_t> Assignment::region_at(size_t row) const {
  for (size_t i = regions_.size(); i-- > 0;) {
    if (row >= regions_[i].start && row < regions_[i].start + regions_[i].size) return i;
  }
  return std::nullopt;
}

void Assignment::check_cell(AnyColumn column, size_t row, size_t count, const char* what) const {
  // Names are built only on the error paths: this runs once per assigned cell.
  if (column.index >= columns(column.kind).values.size()) {
    throw InputError(std::string(what) + ": " + default_column_name(column) + " does not exist");
  }
  if (row + count > usable_ || row + count < row) {
    throw InputError(std::string(what) + " " + cs_->column_name(column) + " at row " + std::to_string(row + count - 1) +
                     ": outside the usable rows [0, " + std::to_string(usable_) + ") of k = " + std::to_string(k_) +
                     " (the last " + std::to_string(n_ - usable_) + " rows are reserved for blinding)");
  }
  if (column.kind == ColumnKind::Advice) {
    const uint8_t phase = cs_->column_info(column).phase;
    if (phase != phase_) {
      throw InputError(std::string(what) + " " + cs_->column_name(column) + " (phase " + std::to_string(phase) + ") during phase " +
                       std::to_string(phase_) + ": advice is assigned only in its own phase");
    }
  }
}

void Assignment::set(AnyColumn column, size_t row, const Fr& value) {
  Columns& cols = columns(column.kind);
  cols.values[column.index][row] = value;
  cols.assigned[column.index][row] = 1;
  rows_used_ = std::max(rows_used_, row + 1);
}

Cell Assignment::assign(Column<Advice> column, size_t row, const Fr& value) {
  check_cell(column.any(), row, 1, "assign");
  set(column.any(), row, value);
  return Cell{column.any(), row};
}

Cell Assignment::assign(Column<Fixed> column, size_t row, const Fr& value) {
  check_cell(column.any(), row, 1, "assign");
  if (cs_->column_info(column.any()).is_selector && !value.is_zero() && !value.is_one()) {
    throw InputError("assign: selector " + cs_->column_name(column.any()) + " at row " + std::to_string(row) +
                     " must be 0 or 1, got " + value.to_string());
  }
  set(column.any(), row, value);
  return Cell{column.any(), row};
}

Cell Assignment::assign(Column<Instance> column, size_t row, const Fr& value) {
  check_cell(column.any(), row, 1, "assign");
  set(column.any(), row, value);
  return Cell{column.any(), row};
}

namespace {
template <class Cols>
void assign_span(Cols& cols, AnyColumn column, std::span<const Fr> values, size_t start, size_t& rows_used) {
  std::copy(values.begin(), values.end(), cols.values[column.index].begin() + static_cast<std::ptrdiff_t>(start));
  std::fill_n(cols.assigned[column.index].begin() + static_cast<std::ptrdiff_t>(start), values.size(), uint8_t{1});
  if (!values.empty()) rows_used = std::max(rows_used, start + values.size());
}
}  // namespace

void Assignment::assign_column(Column<Advice> column, std::span<const Fr> values, size_t start) {
  if (values.empty()) return;
  check_cell(column.any(), start, values.size(), "assign_column");
  assign_span(advice_, column.any(), values, start, rows_used_);
}

void Assignment::assign_column(Column<Fixed> column, std::span<const Fr> values, size_t start) {
  if (values.empty()) return;
  check_cell(column.any(), start, values.size(), "assign_column");
  if (cs_->column_info(column.any()).is_selector) {
    for (size_t i = 0; i < values.size(); ++i) {
      if (!values[i].is_zero() && !values[i].is_one()) {
        throw InputError("assign_column: selector " + cs_->column_name(column.any()) + " at row " +
                         std::to_string(start + i) + " must be 0 or 1, got " + values[i].to_string());
      }
    }
  }
  assign_span(fixed_, column.any(), values, start, rows_used_);
}

void Assignment::assign_column(Column<Instance> column, std::span<const Fr> values, size_t start) {
  if (values.empty()) return;
  check_cell(column.any(), start, values.size(), "assign_column");
  assign_span(instance_, column.any(), values, start, rows_used_);
}

void Assignment::enable_selector(Selector selector, size_t row) {
  if (selector.index() >= cs_->num_selectors()) {
    throw InputError("enable_selector: selector " + std::to_string(selector.index()) + " does not exist");
  }
  assign(selector.fixed_column(), row, Fr::one());
}

void Assignment::copy(const Cell& a, const Cell& b) {
  for (const Cell* c : {&a, &b}) {
    const ColumnInfo& info = cs_->column_info(c->column);
    if (!info.equality) {
      throw InputError("copy: " + cs_->column_name(c->column) +
                       " does not have equality enabled (call enable_equality on it in configure)");
    }
    if (c->row >= usable_) {
      throw InputError("copy: " + cs_->column_name(c->column) + " row " + std::to_string(c->row) +
                       " is outside the usable rows [0, " + std::to_string(usable_) + ")");
    }
  }
  copies_.emplace_back(a, b);
}

Cell Assignment::assign_constant(Column<Advice> column, size_t row, const Fr& value) {
  const auto& constants = cs_->constant_columns();
  if (constants.empty()) {
    throw InputError("assign_constant: no constants column (call enable_constant on a fixed column in configure)");
  }
  Cell advice = assign(column, row, value);
  auto [it, inserted] = constant_cells_.try_emplace(value.to_canonical());
  if (inserted) {
    const size_t slot = next_constant_row_++;
    if (slot >= constants.size() * usable_) {
      throw InputError("assign_constant: the " + std::to_string(constants.size()) + " constants column(s) are full (" +
                       std::to_string(constants.size() * usable_) + " distinct constants)");
    }
    it->second = assign(constants[slot / usable_], slot % usable_, value);
  }
  copy(advice, it->second);
  return advice;
}

const Fr& Assignment::value(AnyColumn column, size_t row) const {
  return column_values(column).at(row);
}

bool Assignment::is_assigned(AnyColumn column, size_t row) const { return column_assigned(column).at(row) != 0; }

const std::vector<Fr>& Assignment::column_values(AnyColumn column) const {
  const Columns& cols = columns(column.kind);
  if (column.index >= cols.values.size()) throw InputError("assignment: " + default_column_name(column) + " does not exist");
  return cols.values[column.index];
}

const std::vector<uint8_t>& Assignment::column_assigned(AnyColumn column) const {
  const Columns& cols = columns(column.kind);
  if (column.index >= cols.assigned.size()) throw InputError("assignment: " + default_column_name(column) + " does not exist");
  return cols.assigned[column.index];
}

ColumnSource column_source(const Assignment& a) {
  const ConstraintSystem& cs = a.constraint_system();
  ColumnSource s;
  s.size = a.n();
  for (uint32_t i = 0; i < cs.num_advice_columns(); ++i) s.advice.push_back(a.column_values({ColumnKind::Advice, i}).data());
  for (uint32_t i = 0; i < cs.num_fixed_columns(); ++i) s.fixed.push_back(a.column_values({ColumnKind::Fixed, i}).data());
  for (uint32_t i = 0; i < cs.num_instance_columns(); ++i) {
    s.instance.push_back(a.column_values({ColumnKind::Instance, i}).data());
  }
  return s;
}

}  // namespace zkevm::plonk
