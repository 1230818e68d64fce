#pragma once
// CircuitBuilder: a plonk::Circuit defined step by step from Python. The
// constraint system is built directly; the witness is recorded as a list of
// operations (cell and column assignments, selector enables, copies,
// constants, regions) and replayed into an Assignment whenever a prover asks
// for one, so the same Python circuit runs at any k and can be edited and
// re-checked. Phase-1 advice comes from a Python callback that receives the
// challenge values and records its assignments like phase 0 does.
#include <pybind11/pybind11.h>

#include <cstdint>
#include <string>
#include <vector>

#include "cpp/plonk/assignment.hpp"

namespace zkevm::bindings {

namespace py = pybind11;

// One recorded witness step. Rows are absolute; `region` (when ≥ 0) is the
// region the step goes through, so failure reports name it.
struct WitnessOp {
  enum class Kind : uint8_t { OpenRegion, Cell, Column, EnableSelector, Copy, Constant };
  // EnableSelector turns the selector on at `row`, or at every row of `rows` when it is not empty.
  Kind kind = Kind::Cell;
  plonk::AnyColumn column{};
  size_t row = 0;
  int64_t region = -1;
  plonk::Fr value{};
  std::vector<plonk::Fr> values;  // Column
  uint32_t selector = 0;          // EnableSelector
  std::vector<size_t> rows;       // EnableSelector on many rows
  plonk::Cell other{};            // Copy: (column, row) must equal other
  std::string name;               // OpenRegion
};

class CircuitBuilder : public plonk::Circuit {
 public:
  explicit CircuitBuilder(std::string name) : name_(std::move(name)) {}

  const std::string& name() const { return name_; }
  plonk::ConstraintSystem& cs() { return cs_; }
  const plonk::ConstraintSystem& cs() const { return cs_; }

  // --- plonk::Circuit ----------------------------------------------------------
  void configure(plonk::ConstraintSystem& cs) override { cs = cs_; }
  void synthesize(plonk::Assignment& assignment) override;
  void synthesize_phase1(plonk::Assignment& assignment, const plonk::Challenges& challenges) override;

  // --- recording ----------------------------------------------------------------
  // The phase whose operations are being recorded: 1 only while the phase-1
  // callback runs.
  uint8_t recording_phase() const { return recording_phase_; }
  // Opens a region at an absolute row; returns its index among all regions.
  size_t open_region(const std::string& name, size_t start_row);
  void assign_cell(plonk::AnyColumn column, size_t row, const plonk::Fr& value, int64_t region);
  void assign_column(plonk::AnyColumn column, std::vector<plonk::Fr> values, size_t start, int64_t region);
  void enable_selector(uint32_t selector, size_t row, int64_t region);
  void enable_selector_rows(uint32_t selector, std::vector<size_t> rows, int64_t region);
  void copy(const plonk::Cell& a, const plonk::Cell& b);
  void assign_constant(plonk::AnyColumn advice_column, size_t row, const plonk::Fr& value, int64_t region);
  // Drops every recorded phase-0 operation (the configuration stays).
  void clear_witness() { phase0_.clear(); }
  size_t num_recorded() const { return phase0_.size(); }

  // The callable run for phase 1: callback(list of challenge values as ints).
  void set_phase1_callback(py::object callback) { phase1_callback_ = std::move(callback); }
  bool has_phase1_callback() const { return phase1_callback_ && !phase1_callback_.is_none(); }

 private:
  std::vector<WitnessOp>& ops() { return recording_phase_ == 1 ? phase1_ : phase0_; }
  void check_column(plonk::AnyColumn column, const char* what) const;
  void check_region(int64_t region, size_t row) const;
  void replay(const std::vector<WitnessOp>& ops, plonk::Assignment& assignment) const;

  std::string name_;
  plonk::ConstraintSystem cs_;
  std::vector<WitnessOp> phase0_, phase1_;
  std::vector<size_t> region_starts_;  // by region index: phase 0's, then phase 1's of the current run
  size_t phase0_regions_ = 0;
  uint8_t recording_phase_ = 0;
  py::object phase1_callback_;
};

}  // namespace zkevm::bindings
