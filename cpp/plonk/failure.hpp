#pragma once
// Failure: one violated constraint found by the MockProver, with everything a
// person needs to find the bug: which gate/constraint or argument, where
// (region, offset, absolute row), and every cell involved with its value.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "cpp/plonk/column.hpp"
#include "cpp/plonk/expression.hpp"

namespace zkevm::plonk {

enum class FailureKind : uint8_t {
  ConstraintNotSatisfied,  // a gate constraint is nonzero on a usable row
  CellNotAssigned,         // a gate (or copy) reads an advice cell nobody assigned, and its value matters
  LookupInputMissing,      // a lookup input tuple is not among the table's tuples
  ShuffleMismatch,         // a tuple appears more often on one side of a shuffle than on the other
  CopyMismatch,            // two cells tied by a copy constraint hold different values
  // A gate constraint is nonzero on a row outside the usable range (blinding
  // rows, last row), where advice is random in a real proof and the vanishing
  // argument still needs it to be 0: the gate needs a selector. Reported once
  // per constraint, at the first such row.
  ConstraintNotSwitchedOff,
};

// "constraint not satisfied", "cell not assigned", ...
const char* to_string(FailureKind kind);

// Where a row lies among the assignment's named regions.
struct RegionLocation {
  size_t index = 0;
  std::string name;
  size_t offset = 0;  // row − region start
};

// One cell shown in a report.
struct CellReport {
  AnyColumn column;
  std::string column_name;
  int32_t rotation = 0;  // relative to the failure's row (0 for copy cells)
  size_t row = 0;        // absolute row read ((failure row + rotation) mod n)
  Fr value;
  bool assigned = true;
  std::optional<RegionLocation> region;  // copy cells only
};

struct Failure {
  FailureKind kind = FailureKind::ConstraintNotSatisfied;
  // Gate failures (both kinds) and unassigned cells read by gates.
  std::string gate;
  size_t gate_index = 0;
  std::string constraint;
  size_t constraint_index = 0;
  std::string expression;  // the constraint polynomial as text
  Fr value;                // the constraint's value on the row
  // Lookups and shuffles: the argument's name; lookups: the table's name.
  std::string argument;
  std::string table;
  std::string side;         // shuffles: "input" or "shuffle", the side with the extra tuple
  std::vector<Fr> tuple;    // lookups: the missing input tuple; shuffles: the unmatched tuple
  // Where: absolute row and its region, if any.
  size_t row = 0;
  std::optional<RegionLocation> region;
  // Every queried cell (gates, lookup inputs), the unassigned cell(s), or both copied cells.
  std::vector<CellReport> cells;

  // A multi-line report in the style of halo2's MockProver.
  std::string to_string() const;
  // The key that groups repeats of this failure on other rows (kind and names).
  std::string group_key() const;
  // One line naming what failed, without the row.
  std::string headline() const;
};

// A group of failures with the same key, e.g. one constraint failing on many rows.
struct FailureGroup {
  std::string headline;
  FailureKind kind;
  std::vector<size_t> rows;  // sorted
  size_t first;              // index of the first failure of the group in the list
};

// Groups failures by group_key, in order of first appearance.
std::vector<FailureGroup> group_failures(const std::vector<Failure>& failures);
// A short text: one line per group with the count and the first rows, then
// the full report of each group's first failure.
std::string summarize(const std::vector<Failure>& failures, size_t max_rows_shown = 8);

}  // namespace zkevm::plonk
