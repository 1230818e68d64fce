#pragma once
// Assignment: the values of every column on 2^k rows (the witness, the fixed
// columns and the public inputs), the copy constraints between cells, and the
// named regions that failure reports point into.
//
// Synthesis runs by phase: phase 0 assigns fixed columns, selectors, instance
// values and phase-0 advice; once phase-0 advice is committed the challenges
// are drawn and phase 1 assigns the phase-1 advice (which may use them).
// Assigning an advice column outside its phase is an InputError, so a
// circuit cannot accidentally change committed values. A Circuit implements
// both steps; the MockProver and the real prover drive it the same way:
//
//   Assignment a(cs, k);
//   circuit.synthesize(a);                       // phase 0
//   challenges = draw(...);                      // seeded RNG or transcript
//   a.set_phase(1); circuit.synthesize_phase1(a, challenges);
//
// Every cell records whether it was assigned, so the MockProver can report
// cells a gate reads that nobody wrote.
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "cpp/plonk/constraint_system.hpp"
#include "cpp/plonk/evaluator.hpp"

namespace zkevm::plonk {

// Challenge values for the current synthesis; a challenge is available once drawn.
class Challenges {
 public:
  Challenges() = default;
  explicit Challenges(size_t count) : values_(count), drawn_(count, false) {}

  // The value of c; InputError when it has not been drawn yet (e.g. in phase 0).
  const Fr& get(Challenge c) const;
  bool available(Challenge c) const { return c.index() < drawn_.size() && drawn_[c.index()]; }
  void set(Challenge c, const Fr& value);
  // All values by index (undrawn ones are zero).
  const std::vector<Fr>& values() const { return values_; }

 private:
  std::vector<Fr> values_;
  std::vector<bool> drawn_;
};

// A named group of rows [start, start + size), for failure reports.
struct RegionInfo {
  std::string name;
  size_t start = 0;
  size_t size = 0;  // grows to cover every row assigned through the region
};

class Assignment;

// A handle to a region: assignments take offsets from the region's start row.
class Region {
 public:
  Region(Assignment& assignment, size_t index) : assignment_(&assignment), index_(index) {}

  // Assigns the cell at start + offset and returns it (for copy constraints).
  Cell assign_advice(Column<Advice> column, size_t offset, const Fr& value);
  Cell assign_fixed(Column<Fixed> column, size_t offset, const Fr& value);
  // Assigns value to an advice cell and constrains it equal to a constant cell.
  Cell assign_constant(Column<Advice> column, size_t offset, const Fr& value);
  // Sets the selector to 1 at start + offset.
  void enable_selector(Selector selector, size_t offset);
  // The absolute row of an offset.
  size_t row(size_t offset) const;
  size_t index() const { return index_; }

 private:
  void cover(size_t offset);
  Assignment* assignment_;
  size_t index_;
};

class Assignment {
 public:
  // An empty assignment of every column of cs on 2^k rows (all values zero,
  // none assigned), in phase 0. cs must outlive the assignment.
  Assignment(const ConstraintSystem& cs, uint32_t k);

  const ConstraintSystem& constraint_system() const { return *cs_; }
  uint32_t k() const { return k_; }
  size_t n() const { return n_; }
  size_t usable_rows() const { return usable_; }

  // The advice phase being assigned (0 or 1).
  uint8_t phase() const { return phase_; }
  void set_phase(uint8_t phase);

  // --- regions ---------------------------------------------------------------

  // Opens a named region starting at an absolute row.
  Region region(const std::string& name, size_t start_row);
  const std::vector<RegionInfo>& regions() const { return regions_; }
  // The region containing row (the last one opened, if several), if any.
  std::optional<size_t> region_at(size_t row) const;

  // --- cells -----------------------------------------------------------------

  // Assigns one cell (absolute row); InputError when the row is outside the
  // usable rows, the column does not exist, an advice column is assigned
  // outside its phase, or a selector's column gets a value other than 0 or 1.
  // Returns the cell.
  Cell assign(Column<Advice> column, size_t row, const Fr& value);
  Cell assign(Column<Fixed> column, size_t row, const Fr& value);
  Cell assign(Column<Instance> column, size_t row, const Fr& value);
  // Assigns values[i] to row start + i.
  void assign_column(Column<Advice> column, std::span<const Fr> values, size_t start = 0);
  void assign_column(Column<Fixed> column, std::span<const Fr> values, size_t start = 0);
  void assign_column(Column<Instance> column, std::span<const Fr> values, size_t start = 0);
  // Sets the selector to 1 on row.
  void enable_selector(Selector selector, size_t row);

  // Records that two assigned cells must hold equal values (the permutation
  // argument); both columns need equality enabled. Either may be assigned later.
  void copy(const Cell& a, const Cell& b);
  // Assigns value to the advice cell and copies it to a cell of a constants
  // column holding value (one cell per distinct constant).
  Cell assign_constant(Column<Advice> column, size_t row, const Fr& value);

  // --- reads -----------------------------------------------------------------

  // The value at (column, row), row < n; unassigned cells read 0.
  const Fr& value(AnyColumn column, size_t row) const;
  bool is_assigned(AnyColumn column, size_t row) const;
  // All n values of a column.
  const std::vector<Fr>& column_values(AnyColumn column) const;
  const std::vector<uint8_t>& column_assigned(AnyColumn column) const;
  const std::vector<std::pair<Cell, Cell>>& copies() const { return copies_; }
  // One more than the largest row assigned in any column (0 when none).
  size_t rows_used() const { return rows_used_; }
  // The constraint system's layout report for this k and rows_used().
  LayoutReport layout_report() const { return cs_->layout_report(k_, rows_used_); }

 private:
  friend class Region;
  struct Columns {
    std::vector<std::vector<Fr>> values;
    std::vector<std::vector<uint8_t>> assigned;
  };
  Columns& columns(ColumnKind kind);
  const Columns& columns(ColumnKind kind) const;
  void check_cell(AnyColumn column, size_t row, size_t count, const char* what) const;
  void set(AnyColumn column, size_t row, const Fr& value);

  const ConstraintSystem* cs_;
  uint32_t k_;
  size_t n_, usable_;
  uint8_t phase_ = 0;
  Columns advice_, fixed_, instance_;
  std::vector<RegionInfo> regions_;
  std::vector<std::pair<Cell, Cell>> copies_;
  // Constants already placed: value (canonical limbs) -> cell; next free row per constants column.
  std::map<std::array<uint64_t, 4>, Cell> constant_cells_;
  size_t next_constant_row_ = 0;
  size_t rows_used_ = 0;
};

// A circuit: its configuration (columns, gates, lookups) and its witness
// generation, run by the MockProver and the real prover alike.
class Circuit {
 public:
  virtual ~Circuit() = default;
  // Declares the columns and arguments.
  virtual void configure(ConstraintSystem& cs) = 0;
  // Phase 0: fixed columns, selectors, instance values, phase-0 advice, copies.
  virtual void synthesize(Assignment& assignment) = 0;
  // Phase 1 (only called when cs has phase-1 advice): phase-1 advice, which may use challenges.
  virtual void synthesize_phase1(Assignment& assignment, const Challenges& challenges) {
    (void)assignment;
    (void)challenges;
  }
};

// Every column's values of `a`, as the evaluator reads them (no copies).
ColumnSource column_source(const Assignment& a);

}  // namespace zkevm::plonk
