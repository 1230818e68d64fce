#include "cpp/plonk/constraint_system.hpp"

#include <algorithm>
#include <sstream>

#include "cpp/util/error.hpp"

namespace zkevm::plonk {
namespace {

uint32_t max_degree(const std::vector<Expression>& es) {
  uint32_t d = 0;
  for (const auto& e : es) d = std::max(d, e.degree());
  return d;
}

uint32_t next_power_of_two(uint32_t x) {
  uint32_t p = 1;
  while (p < x) p <<= 1;
  return p;
}

}  // namespace

uint32_t Gate::degree() const {
  uint32_t d = 0;
  for (const auto& c : constraints) d = std::max(d, c.polynomial.degree());
  return d;
}

uint32_t Lookup::required_degree() const {
  const uint32_t df = max_degree(inputs), dt = max_degree(table);
  const uint32_t dqin = input_selector.degree(), dqt = table_selector.degree();
  return 1 + std::max({1 + df + dt, dqin + dt, 1 + dqt + df});
}

uint32_t Shuffle::required_degree() const { return 2 + std::max(max_degree(inputs), max_degree(shuffle)); }

std::vector<ColumnInfo>& ConstraintSystem::columns_mut(ColumnKind kind) {
  switch (kind) {
    case ColumnKind::Advice: return advice_;
    case ColumnKind::Fixed: return fixed_;
    case ColumnKind::Instance: return instance_;
  }
  throw InternalError("constraint system: unknown column kind");
}

const std::vector<ColumnInfo>& ConstraintSystem::columns(ColumnKind kind) const {
  return const_cast<ConstraintSystem*>(this)->columns_mut(kind);
}

const ColumnInfo& ConstraintSystem::column_info(AnyColumn column) const {
  const auto& cols = columns(column.kind);
  if (column.index >= cols.size()) {
    throw InputError("constraint system: " + default_column_name(column) + " does not exist (" +
                     std::to_string(cols.size()) + " " + to_string(column.kind) + " columns)");
  }
  return cols[column.index];
}

std::string ConstraintSystem::column_name(AnyColumn column) const {
  const auto& cols = columns(column.kind);
  if (column.index < cols.size() && !cols[column.index].name.empty()) return cols[column.index].name;
  return default_column_name(column);
}

ColumnNamer ConstraintSystem::namer() const {
  return [this](AnyColumn c) { return column_name(c); };
}

Column<Advice> ConstraintSystem::advice(uint32_t index) const {
  if (index >= advice_.size()) {
    throw InputError("constraint system: advice column " + std::to_string(index) + " does not exist (" +
                     std::to_string(advice_.size()) + " advice columns)");
  }
  return Column<Advice>(index, advice_[index].phase);
}

Column<Advice> ConstraintSystem::advice_column(const std::string& name, uint8_t phase) {
  if (phase > 1) {
    throw InputError("constraint system: advice column '" + name + "' has phase " + std::to_string(phase) +
                     "; only phases 0 and 1 exist");
  }
  advice_.push_back(ColumnInfo{name, phase});
  return Column<Advice>(static_cast<uint32_t>(advice_.size() - 1), phase);
}

Column<Fixed> ConstraintSystem::fixed_column(const std::string& name) {
  fixed_.push_back(ColumnInfo{name});
  return Column<Fixed>(static_cast<uint32_t>(fixed_.size() - 1));
}

Column<Instance> ConstraintSystem::instance_column(const std::string& name) {
  instance_.push_back(ColumnInfo{name});
  return Column<Instance>(static_cast<uint32_t>(instance_.size() - 1));
}

Selector ConstraintSystem::selector(const std::string& name) {
  const uint32_t index = static_cast<uint32_t>(selectors_.size());
  Column<Fixed> column = fixed_column(name.empty() ? "selector[" + std::to_string(index) + "]" : name);
  fixed_[column.index()].is_selector = true;
  selectors_.emplace_back(index, column);
  return selectors_.back();
}

Challenge ConstraintSystem::challenge_usable_after(uint8_t phase) {
  if (phase != 0) {
    throw InputError("constraint system: a challenge can only be drawn after phase 0 (advice has phases 0 and 1), got " +
                     std::to_string(phase));
  }
  challenges_.emplace_back(static_cast<uint32_t>(challenges_.size()), phase);
  return challenges_.back();
}

void ConstraintSystem::enable_equality(AnyColumn column) {
  ColumnInfo& info = const_cast<ColumnInfo&>(column_info(column));
  if (info.equality) return;
  info.equality = true;
  equality_.push_back(column);
}

void ConstraintSystem::enable_constant(Column<Fixed> column) {
  ColumnInfo& info = const_cast<ColumnInfo&>(column_info(column.any()));
  if (info.is_selector) throw InputError("constraint system: selector column " + column_name(column) + " cannot hold constants");
  if (info.constants) return;
  info.constants = true;
  constants_.push_back(column);
  enable_equality(column.any());
}

void ConstraintSystem::set_name(AnyColumn column, const std::string& name) {
  const_cast<ColumnInfo&>(column_info(column)).name = name;
}

void ConstraintSystem::check_expression(const Expression& e, const std::string& where) const {
  for (const auto& [column, rotation] : e.queries()) {
    if (column.index >= columns(column.kind).size()) {
      throw InputError(where + ": queries " + default_column_name(column) + ", which does not exist");
    }
  }
  for (const auto& s : e.selectors()) {
    if (s.index() >= selectors_.size()) {
      throw InputError(where + ": uses selector " + std::to_string(s.index()) + ", which does not exist");
    }
  }
  for (const auto& c : e.challenges()) {
    if (c.index() >= challenges_.size()) {
      throw InputError(where + ": uses challenge " + std::to_string(c.index()) + ", which does not exist");
    }
  }
}

void ConstraintSystem::create_gate(const std::string& name, std::vector<Constraint> constraints) {
  if (constraints.empty()) throw InputError("gate '" + name + "': no constraints");
  for (size_t i = 0; i < constraints.size(); ++i) {
    if (constraints[i].name.empty()) constraints[i].name = "constraint " + std::to_string(i);
    check_expression(constraints[i].polynomial, "gate '" + name + "', constraint '" + constraints[i].name + "'");
  }
  gates_.push_back(Gate{name, std::move(constraints)});
}

void ConstraintSystem::create_gate(const std::string& name, const Expression& polynomial) {
  create_gate(name, std::vector<Constraint>{Constraint{name, polynomial}});
}

void ConstraintSystem::lookup(const std::string& name, const std::string& table_name, std::vector<Expression> inputs,
                              std::vector<Expression> table, std::optional<Expression> input_selector,
                              std::optional<Expression> table_selector) {
  const std::string where = "lookup '" + name + "'";
  if (inputs.empty()) throw InputError(where + ": empty input tuple");
  if (inputs.size() != table.size()) {
    throw InputError(where + ": " + std::to_string(inputs.size()) + " input expressions but " +
                     std::to_string(table.size()) + " table expressions");
  }
  Lookup l{name, table_name.empty() ? name : table_name, std::move(inputs), std::move(table),
           input_selector.value_or(Expression(1)), table_selector.value_or(Expression(1))};
  for (const auto& e : l.inputs) check_expression(e, where);
  for (const auto& e : l.table) check_expression(e, where);
  check_expression(l.input_selector, where);
  check_expression(l.table_selector, where);
  lookups_.push_back(std::move(l));
}

void ConstraintSystem::shuffle(const std::string& name, std::vector<Expression> inputs,
                               std::vector<Expression> shuffle) {
  const std::string where = "shuffle '" + name + "'";
  if (inputs.empty()) throw InputError(where + ": empty input tuple");
  if (inputs.size() != shuffle.size()) {
    throw InputError(where + ": " + std::to_string(inputs.size()) + " input expressions but " +
                     std::to_string(shuffle.size()) + " shuffle expressions");
  }
  for (const auto& e : inputs) check_expression(e, where);
  for (const auto& e : shuffle) check_expression(e, where);
  shuffles_.push_back(Shuffle{name, std::move(inputs), std::move(shuffle)});
}

uint32_t ConstraintSystem::degree() const {
  uint32_t d = std::max<uint32_t>(minimum_degree_, 1);
  if (!equality_.empty()) d = std::max<uint32_t>(d, 3);
  for (const auto& g : gates_) d = std::max(d, g.degree());
  for (const auto& l : lookups_) d = std::max(d, l.required_degree());
  for (const auto& s : shuffles_) d = std::max(d, s.required_degree());
  return d;
}

uint32_t ConstraintSystem::lookup_group_degree(const std::vector<size_t>& group) const {
  uint32_t sum_f = 0;
  const Lookup& first = lookups_.at(group.front());
  const uint32_t dt = max_degree(first.table), dqt = first.table_selector.degree();
  for (size_t i : group) sum_f += max_degree(lookups_.at(i).inputs);
  uint32_t inner = std::max(1 + sum_f + dt, 1 + dqt + sum_f);
  for (size_t i : group) {
    const Lookup& l = lookups_[i];
    inner = std::max(inner, l.input_selector.degree() + dt + sum_f - max_degree(l.inputs));
  }
  return 1 + inner;
}

std::vector<std::vector<size_t>> ConstraintSystem::lookup_groups() const {
  const uint32_t bound = degree();
  std::vector<std::vector<size_t>> groups;
  auto same_table = [](const Lookup& a, const Lookup& b) {
    if (a.table.size() != b.table.size() || !a.table_selector.structurally_equal(b.table_selector)) return false;
    for (size_t j = 0; j < a.table.size(); ++j) {
      if (!a.table[j].structurally_equal(b.table[j])) return false;
    }
    return true;
  };
  for (size_t i = 0; i < lookups_.size(); ++i) {
    bool placed = false;
    for (auto& g : groups) {
      if (!same_table(lookups_[g.front()], lookups_[i])) continue;
      g.push_back(i);
      if (lookup_group_degree(g) <= bound) {
        placed = true;
        break;
      }
      g.pop_back();
    }
    if (!placed) groups.push_back({i});
  }
  return groups;
}

size_t ConstraintSystem::permutation_chunk_size() const { return std::max<uint32_t>(degree(), 3) - 2; }

size_t ConstraintSystem::permutation_chunks() const {
  const size_t m = permutation_chunk_size();
  return (equality_.size() + m - 1) / m;
}

uint32_t ConstraintSystem::extension_factor() const { return next_power_of_two(std::max<uint32_t>(degree(), 2) - 1); }

std::vector<std::set<Rotation>> ConstraintSystem::advice_query_rotations() const {
  std::vector<std::set<Rotation>> out(advice_.size());
  auto add = [&](const Expression& e) {
    for (const auto& [column, rotation] : e.queries()) {
      if (column.kind == ColumnKind::Advice) out[column.index].insert(rotation);
    }
  };
  for (const auto& g : gates_) {
    for (const auto& c : g.constraints) add(c.polynomial);
  }
  for (const auto& l : lookups_) {
    for (const auto& e : l.inputs) add(e);
    for (const auto& e : l.table) add(e);
    add(l.input_selector);
    add(l.table_selector);
  }
  for (const auto& s : shuffles_) {
    for (const auto& e : s.inputs) add(e);
    for (const auto& e : s.shuffle) add(e);
  }
  // The permutation argument opens every equality-enabled column at x.
  for (const auto& c : equality_) {
    if (c.kind == ColumnKind::Advice) out[c.index].insert(Rotation::cur());
  }
  return out;
}

size_t ConstraintSystem::blinding_factors() const {
  size_t queries = 1;
  for (const auto& rotations : advice_query_rotations()) queries = std::max(queries, rotations.size());
  // max(3, queries) openings (the permutation and lookup polynomials are opened
  // at up to 3 points), one more for the multi-open, one spare.
  return std::max<size_t>(3, queries) + 2;
}

size_t ConstraintSystem::usable_rows(uint32_t k) const {
  if (k > Fr::two_adicity) {
    throw InputError("k = " + std::to_string(k) + " exceeds the largest domain of Fr (2^" +
                     std::to_string(Fr::two_adicity) + " rows)");
  }
  const size_t n = size_t{1} << k;
  const size_t reserved = blinding_factors() + 1;
  if (n <= reserved) {
    throw InputError("k = " + std::to_string(k) + " gives " + std::to_string(n) + " rows, but " +
                     std::to_string(reserved) + " are reserved for blinding; use a larger k");
  }
  return n - reserved;
}

uint8_t ConstraintSystem::num_phases() const {
  for (const auto& a : advice_) {
    if (a.phase == 1) return 2;
  }
  return 1;
}

LayoutReport ConstraintSystem::layout_report(uint32_t k, size_t rows_used) const {
  LayoutReport r;
  r.k = k;
  r.usable_rows = usable_rows(k);
  r.rows = size_t{1} << k;
  r.rows_used = rows_used;
  r.blinding_rows = blinding_factors();
  for (const auto& a : advice_) ++r.advice_columns[a.phase];
  r.fixed_columns = fixed_.size();
  r.selectors = selectors_.size();
  r.instance_columns = instance_.size();
  r.equality_columns = equality_.size();
  r.permutation_chunks = permutation_chunks();
  r.gates = gates_.size();
  for (const auto& g : gates_) r.constraints += g.constraints.size();
  r.lookups = lookups_.size();
  r.lookup_groups = lookup_groups().size();
  r.shuffles = shuffles_.size();
  r.challenges = challenges_.size();
  r.max_degree = degree();
  r.extension_factor = extension_factor();
  return r;
}

std::string LayoutReport::to_string() const {
  std::ostringstream s;
  s << "k = " << k << ": " << rows << " rows, " << rows_used << " used, " << usable_rows << " usable, "
    << blinding_rows << " blinding + 1 last\n"
    << "columns: " << advice_columns[0] + advice_columns[1] << " advice (" << advice_columns[0] << " phase 0, "
    << advice_columns[1] << " phase 1), " << fixed_columns << " fixed (" << selectors << " selectors), "
    << instance_columns << " instance\n"
    << "arguments: " << gates << " gates (" << constraints << " constraints), " << lookups << " lookups (" << lookup_groups
    << " multiplicity columns), "
    << shuffles << " shuffles, " << equality_columns << " equality columns in " << permutation_chunks
    << " permutation chunks, " << challenges << " challenges\n"
    << "max degree " << max_degree << ", extended domain " << extension_factor << " x n";
  return s.str();
}

}  // namespace zkevm::plonk
