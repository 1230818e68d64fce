#include "cpp/plonk/failure.hpp"

#include <algorithm>
#include <map>
#include <sstream>

namespace zkevm::plonk {
namespace {

std::string where(const std::optional<RegionLocation>& region, size_t row) {
  if (!region) return "at row " + std::to_string(row) + " (outside any region)";
  return "in region '" + region->name + "' (#" + std::to_string(region->index) + ") at offset " +
         std::to_string(region->offset) + " (row " + std::to_string(row) + ")";
}

std::string cell_line(const CellReport& c) {
  std::ostringstream s;
  s << "    " << c.column_name;
  if (c.rotation != 0) s << "@" << (c.rotation > 0 ? "+" : "") << c.rotation;
  s << " (row " << c.row << ") = ";
  if (c.assigned) {
    s << format_constant(c.value);
  } else {
    s << "unassigned";
  }
  return s.str();
}

std::string tuple_text(const std::vector<Fr>& t) {
  std::string s = "(";
  for (size_t i = 0; i < t.size(); ++i) s += (i ? ", " : "") + format_constant(t[i]);
  return s + ")";
}

// A grid of the cells a gate reads: one line per rotation, one column per
// column name, the failure's row marked (halo2's "cell layout").
std::string layout_grid(const std::vector<CellReport>& cells) {
  std::vector<std::string> names;
  std::vector<int32_t> rotations;
  for (const auto& c : cells) {
    if (std::find(names.begin(), names.end(), c.column_name) == names.end()) names.push_back(c.column_name);
    if (std::find(rotations.begin(), rotations.end(), c.rotation) == rotations.end()) rotations.push_back(c.rotation);
  }
  std::sort(rotations.begin(), rotations.end());
  std::vector<std::vector<std::string>> grid(rotations.size(), std::vector<std::string>(names.size()));
  std::vector<size_t> width(names.size());
  for (size_t j = 0; j < names.size(); ++j) width[j] = names[j].size();
  for (const auto& c : cells) {
    const size_t r = static_cast<size_t>(std::find(rotations.begin(), rotations.end(), c.rotation) - rotations.begin());
    const size_t j = static_cast<size_t>(std::find(names.begin(), names.end(), c.column_name) - names.begin());
    grid[r][j] = c.assigned ? format_constant(c.value) : "unassigned";
    width[j] = std::max(width[j], grid[r][j].size());
  }
  auto pad = [](const std::string& x, size_t w) { return x + std::string(w - x.size(), ' '); };
  std::ostringstream s;
  s << "  Cell layout:\n    | rotation |";
  for (size_t j = 0; j < names.size(); ++j) s << " " << pad(names[j], width[j]) << " |";
  s << "\n";
  for (size_t r = 0; r < rotations.size(); ++r) {
    std::string rot(rotations[r] > 0 ? "+" : "");
    rot += std::to_string(rotations[r]);
    s << "    | " << pad(rot, 8) << " |";
    for (size_t j = 0; j < names.size(); ++j) s << " " << pad(grid[r][j], width[j]) << " |";
    if (rotations[r] == 0) s << " <-- constraint applied here";
    s << "\n";
  }
  return s.str();
}

}  // namespace

const char* to_string(FailureKind kind) {
  switch (kind) {
    case FailureKind::ConstraintNotSatisfied: return "constraint not satisfied";
    case FailureKind::CellNotAssigned: return "cell not assigned";
    case FailureKind::LookupInputMissing: return "lookup input missing";
    case FailureKind::ShuffleMismatch: return "shuffle mismatch";
    case FailureKind::CopyMismatch: return "copy constraint not satisfied";
    case FailureKind::ConstraintNotSwitchedOff: return "constraint not zero on blinding rows";
  }
  return "?";
}

std::string Failure::headline() const {
  switch (kind) {
    case FailureKind::ConstraintNotSatisfied:
      return "Constraint '" + constraint + "' (#" + std::to_string(constraint_index) + ") in gate '" + gate + "' (#" +
             std::to_string(gate_index) + ") is not satisfied";
    case FailureKind::CellNotAssigned:
      if (!gate.empty()) {
        return "Gate '" + gate + "' (#" + std::to_string(gate_index) + ") reads " +
               (cells.empty() ? std::string("a cell") : cells.front().column_name) + ", which was never assigned";
      }
      return "Copy constraint uses " + (cells.empty() ? std::string("a cell") : cells.front().column_name) +
             ", which was never assigned";
    case FailureKind::LookupInputMissing:
      return "Lookup '" + argument + "': input not found in table '" + table + "'";
    case FailureKind::ShuffleMismatch:
      return "Shuffle '" + argument + "': " + side + " tuple has no counterpart on the other side";
    case FailureKind::CopyMismatch: {
      if (cells.size() < 2) return "Copy constraint not satisfied";
      return "Copy constraint between " + cells[0].column_name + " and " + cells[1].column_name + " not satisfied";
    }
    case FailureKind::ConstraintNotSwitchedOff:
      return "Constraint '" + constraint + "' (#" + std::to_string(constraint_index) + ") in gate '" + gate + "' (#" +
             std::to_string(gate_index) + ") is not zero on the blinding rows (it needs a selector)";
  }
  return "?";
}

std::string Failure::group_key() const {
  std::string key = std::to_string(static_cast<int>(kind)) + "|" + gate + "|" + constraint + "|" + argument + "|" + side;
  if (kind == FailureKind::CellNotAssigned || kind == FailureKind::CopyMismatch) {
    for (const auto& c : cells) key += "|" + c.column_name;
  }
  return key;
}

std::string Failure::to_string() const {
  std::ostringstream s;
  switch (kind) {
    case FailureKind::ConstraintNotSatisfied:
      s << headline() << " " << where(region, row) << ":\n";
      s << "    " << expression << " = " << format_constant(value) << "\n";
      s << "  Assigned cell values:\n";
      for (const auto& c : cells) s << cell_line(c) << "\n";
      if (!cells.empty()) s << layout_grid(cells);
      break;
    case FailureKind::CellNotAssigned:
      s << headline() << " " << where(region, row) << ":\n";
      if (!expression.empty()) s << "    used by " << expression << "\n";
      for (const auto& c : cells) s << cell_line(c) << "\n";
      break;
    case FailureKind::LookupInputMissing:
      s << "Lookup '" << argument << "' " << where(region, row) << ": input " << tuple_text(tuple)
        << " is not in table '" << table << "'\n";
      for (const auto& c : cells) s << cell_line(c) << "\n";
      break;
    case FailureKind::ShuffleMismatch:
      s << "Shuffle '" << argument << "' " << where(region, row) << ": " << side << " tuple " << tuple_text(tuple)
        << " occurs more often than on the other side\n";
      for (const auto& c : cells) s << cell_line(c) << "\n";
      break;
    case FailureKind::ConstraintNotSwitchedOff:
      s << headline() << ":\n";
      s << "    " << expression << " = " << format_constant(value) << " at row " << row
        << " (outside the usable rows; advice there is random in a proof)\n";
      s << "  The vanishing argument checks every gate on all rows; multiply the constraint by a selector\n"
        << "  (or a fixed column) that is 0 outside the rows it is meant for.\n";
      s << "  Cell values used (advice on the blinding rows replaced by pseudo-random values):\n";
      for (const auto& c : cells) s << cell_line(c) << "\n";
      break;
    case FailureKind::CopyMismatch:
      s << headline() << ":\n";
      for (const auto& c : cells) {
        s << cell_line(c);
        if (c.column.kind == ColumnKind::Instance) {
          s << ", a public input";
        } else if (c.region) {
          s << ", region '" << c.region->name << "' (#" << c.region->index << ") offset " << c.region->offset;
        } else {
          s << ", outside any region";
        }
        s << "\n";
      }
      break;
  }
  return s.str();
}

std::vector<FailureGroup> group_failures(const std::vector<Failure>& failures) {
  std::vector<FailureGroup> groups;
  std::map<std::string, size_t> index;
  for (size_t i = 0; i < failures.size(); ++i) {
    const Failure& f = failures[i];
    auto [it, inserted] = index.try_emplace(f.group_key(), groups.size());
    if (inserted) groups.push_back(FailureGroup{f.headline(), f.kind, {}, i});
    groups[it->second].rows.push_back(f.row);
  }
  for (auto& g : groups) std::sort(g.rows.begin(), g.rows.end());
  return groups;
}

std::string summarize(const std::vector<Failure>& failures, size_t max_rows_shown) {
  if (failures.empty()) return "All constraints are satisfied.\n";
  std::ostringstream s;
  const auto groups = group_failures(failures);
  s << failures.size() << " failure(s) in " << groups.size() << " group(s):\n";
  for (const auto& g : groups) {
    s << "- " << g.headline << ": " << g.rows.size() << " time(s), rows ";
    for (size_t i = 0; i < g.rows.size() && i < max_rows_shown; ++i) s << (i ? ", " : "") << g.rows[i];
    if (g.rows.size() > max_rows_shown) s << ", ...";
    s << "\n";
  }
  s << "\nFirst failure of each group:\n";
  for (const auto& g : groups) s << failures[g.first].to_string() << "\n";
  return s.str();
}

}  // namespace zkevm::plonk
