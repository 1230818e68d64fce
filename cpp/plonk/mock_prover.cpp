#include "cpp/plonk/mock_prover.hpp"

#include <algorithm>
#include <mutex>
#include <random>
#include <set>

#include "cpp/plonk/evaluator.hpp"
#include "cpp/util/error.hpp"
#include "cpp/util/parallel.hpp"

namespace zkevm::plonk {
namespace {

using QueryList = std::vector<std::pair<AnyColumn, int32_t>>;

// Every cell an expression reads: its queries and its selectors' columns.
QueryList cells_of(const Expression& e) {
  std::set<std::pair<AnyColumn, int32_t>> out;
  for (const auto& [column, rotation] : e.queries()) out.emplace(column, rotation.value());
  for (const auto& s : e.selectors()) out.emplace(s.fixed_column().any(), 0);
  return {out.begin(), out.end()};
}

size_t rotate(size_t row, int32_t rotation, size_t n) {
  const int64_t m = static_cast<int64_t>(n);
  return static_cast<size_t>(((static_cast<int64_t>(row) + rotation) % m + m) % m);
}

uint64_t splitmix(uint64_t& state) {
  uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

// A pseudo-random stand-in for an unassigned cell (nonzero with overwhelming probability).
Fr poison(AnyColumn column, size_t row) {
  uint64_t state = (static_cast<uint64_t>(column.kind) << 56) ^ (static_cast<uint64_t>(column.index) << 32) ^ row;
  decltype(Fr::limbs) l{splitmix(state), splitmix(state), splitmix(state), splitmix(state) >> 4};  // < 2^252 < r
  return Fr::from_montgomery(l);
}

// Hash and order of tuples stored column-wise (values[j][row]).
uint64_t tuple_hash(const std::vector<std::vector<Fr>>& values, size_t first, size_t arity, size_t row) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (size_t j = 0; j < arity; ++j) h = (h ^ hash_field(values[first + j][row])) * 0x100000001b3ULL;
  return h;
}

std::vector<Fr> tuple_at(const std::vector<std::vector<Fr>>& values, size_t first, size_t arity, size_t row) {
  std::vector<Fr> t(arity);
  for (size_t j = 0; j < arity; ++j) t[j] = values[first + j][row];
  return t;
}

// A tuple on one side, keyed by (hash, canonical-order limbs) for sorting and matching.
struct TupleRef {
  uint64_t hash;
  size_t row;
};

}  // namespace

Challenges MockProver::draw_challenges(const ConstraintSystem& cs, uint64_t seed) {
  std::mt19937_64 rng(seed ^ 0x6d6f636b70726f76ULL);
  Challenges c(cs.num_challenges());
  for (const auto& ch : cs.challenges()) c.set(ch, Fr::random(rng));
  return c;
}

MockProver MockProver::run(Circuit& circuit, uint32_t k, uint64_t seed) {
  auto cs = std::make_shared<ConstraintSystem>();
  circuit.configure(*cs);
  auto assignment = std::make_shared<Assignment>(*cs, k);
  circuit.synthesize(*assignment);
  Challenges challenges = draw_challenges(*cs, seed);
  if (cs->num_phases() > 1) {
    assignment->set_phase(1);
    circuit.synthesize_phase1(*assignment, challenges);
  }
  return MockProver(std::move(cs), std::move(assignment), std::move(challenges));
}

MockProver::MockProver(const ConstraintSystem& cs, const Assignment& assignment, Challenges challenges)
    : MockProver(std::shared_ptr<const ConstraintSystem>(&cs, [](const ConstraintSystem*) {}),
                 std::shared_ptr<const Assignment>(&assignment, [](const Assignment*) {}), std::move(challenges)) {}

MockProver::MockProver(std::shared_ptr<const ConstraintSystem> cs, std::shared_ptr<const Assignment> assignment,
                       Challenges challenges)
    : cs_(std::move(cs)), assignment_(std::move(assignment)), challenges_(std::move(challenges)) {
  if (&assignment_->constraint_system() != cs_.get()) {
    throw InputError("MockProver: the assignment was made for a different constraint system");
  }
  for (const auto& ch : cs_->challenges()) {
    if (!challenges_.available(ch)) {
      // Circuits without phase-1 work may leave challenges undrawn; gates still need a value.
      challenges_.set(ch, draw_challenges(*cs_, 0).get(ch));
    }
  }
}

std::optional<RegionLocation> MockProver::locate(size_t row) const {
  auto index = assignment_->region_at(row);
  if (!index) return std::nullopt;
  const RegionInfo& r = assignment_->regions()[*index];
  return RegionLocation{*index, r.name, row - r.start};
}

CellReport MockProver::cell(AnyColumn column, int32_t rotation, size_t row) const {
  const size_t at = rotate(row, rotation, assignment_->n());
  CellReport c;
  c.column = column;
  c.column_name = cs_->column_name(column);
  c.rotation = rotation;
  c.row = at;
  c.value = assignment_->value(column, at);
  // Fixed and instance cells read 0 when not set (padding); advice must be assigned.
  c.assigned = column.kind != ColumnKind::Advice ||
               (at < assignment_->usable_rows() && assignment_->is_assigned(column, at));
  return c;
}

std::vector<Failure> MockProver::verify() const {
  std::vector<Failure> out;
  check_gates(out);
  check_lookups(out);
  check_shuffles(out);
  check_copies(out);
  return out;
}

void MockProver::assert_satisfied() const {
  auto failures = verify();
  if (!failures.empty()) throw VerificationError(summarize(failures));
}

void MockProver::check_gates(std::vector<Failure>& out) const {
  const auto& gates = cs_->gates();
  const size_t n = assignment_->n(), usable = assignment_->usable_rows();
  const auto namer = cs_->namer();
  // Flatten the constraints: output o is constraint owner[o].
  std::vector<std::pair<size_t, size_t>> owner;
  std::vector<Expression> polys;
  for (size_t g = 0; g < gates.size(); ++g) {
    for (size_t c = 0; c < gates[g].constraints.size(); ++c) {
      owner.emplace_back(g, c);
      polys.push_back(gates[g].constraints[c].polynomial);
    }
  }
  if (polys.empty()) return;
  const Program program = compile(polys);
  const ColumnSource source = column_source(*assignment_);
  const std::span<const Fr> challenges = challenges_.values();

  // A shadow witness: every advice cell that is unassigned (or in the blinding
  // rows) reads a pseudo-random value instead of 0, substituted as the
  // evaluator loads it (no column is copied). Where a constraint differs
  // between the witness and its shadow, an unassigned cell decides its value.
  ColumnSource shadow_source = source;
  for (uint32_t j = 0; j < cs_->num_advice_columns(); ++j) {
    shadow_source.advice_assigned.push_back(assignment_->column_assigned({ColumnKind::Advice, j}).data());
  }
  shadow_source.substitute_from = usable;
  shadow_source.substitute = &poison;

  // Nonzero constraint values and values that depend on unassigned cells, on usable rows: (row, output).
  std::vector<std::pair<size_t, size_t>> nonzero, poisoned;
  // Per output, the first row outside the usable range where the shadow (with
  // random advice there, as in a real proof) is nonzero, or n: the vanishing
  // argument needs every gate to vanish on all n rows.
  std::vector<size_t> not_switched_off(polys.size(), n);
  std::mutex mutex;
  program.evaluate_pair(source, shadow_source, challenges,
                        [&](size_t row0, size_t count, const Fr* const* values, const Fr* const* shadowed) {
                          std::vector<std::pair<size_t, size_t>> bad, depends, outside;
                          for (size_t o = 0; o < polys.size(); ++o) {
                            for (size_t i = 0; i < count; ++i) {
                              if (row0 + i >= usable) {
                                if (!shadowed[o][i].is_zero()) {
                                  outside.emplace_back(row0 + i, o);
                                  break;  // the block's first such row is enough
                                }
                              } else if (values[o][i] != shadowed[o][i]) {
                                depends.emplace_back(row0 + i, o);
                              } else if (!values[o][i].is_zero()) {
                                bad.emplace_back(row0 + i, o);
                              }
                            }
                          }
                          if (bad.empty() && depends.empty() && outside.empty()) return;
                          std::lock_guard<std::mutex> lock(mutex);
                          nonzero.insert(nonzero.end(), bad.begin(), bad.end());
                          poisoned.insert(poisoned.end(), depends.begin(), depends.end());
                          for (const auto& [row, o] : outside) not_switched_off[o] = std::min(not_switched_off[o], row);
                        });

  // One report per (gate, row) whose value depends on unassigned cells, naming
  // the first such constraint and the gate's unassigned advice cells there.
  struct Unassigned {
    size_t gate, row, constraint;
    std::vector<std::pair<AnyColumn, int32_t>> cells;
  };
  std::sort(poisoned.begin(), poisoned.end(), [](const auto& x, const auto& y) {
    return std::tie(x.second, x.first) < std::tie(y.second, y.first);
  });
  std::vector<Unassigned> unassigned;
  std::set<std::pair<size_t, size_t>> poisoned_rows;  // (gate, row): values there are meaningless
  for (const auto& [row, o] : poisoned) {
    const auto [g, c] = owner[o];
    if (!poisoned_rows.emplace(g, row).second) continue;
    Unassigned u{g, row, c, {}};
    std::set<std::pair<AnyColumn, int32_t>> cells;
    for (const auto& constraint : gates[g].constraints) {
      for (const auto& [column, rotation] : constraint.polynomial.queries()) {
        if (column.kind != ColumnKind::Advice) continue;
        const size_t at = rotate(row, rotation.value(), n);
        if (at >= usable || !assignment_->is_assigned(column, at)) cells.emplace(column, rotation.value());
      }
    }
    u.cells.assign(cells.begin(), cells.end());
    unassigned.push_back(std::move(u));
  }
  std::sort(unassigned.begin(), unassigned.end(),
            [](const Unassigned& a, const Unassigned& b) { return std::tie(a.gate, a.row) < std::tie(b.gate, b.row); });

  std::sort(nonzero.begin(), nonzero.end(), [](const auto& a, const auto& b) {
    return std::tie(a.second, a.first) < std::tie(b.second, b.first);
  });
  // Per constraint: its cells and text, computed once.
  std::vector<QueryList> constraint_cells(polys.size());
  std::vector<std::string> constraint_text(polys.size());
  for (size_t o = 0; o < polys.size(); ++o) {
    constraint_cells[o] = cells_of(polys[o]);
    constraint_text[o] = polys[o].to_string(namer);
  }
  for (const auto& [row, o] : nonzero) {
    const auto [g, c] = owner[o];
    if (poisoned_rows.count({g, row})) continue;
    Failure f;
    f.kind = FailureKind::ConstraintNotSatisfied;
    f.gate = gates[g].name;
    f.gate_index = g;
    f.constraint = gates[g].constraints[c].name;
    f.constraint_index = c;
    f.expression = constraint_text[o];
    f.value = polys[o].evaluate<Fr>(
        [](const Fr& k) { return k; }, [&](AnyColumn col, Rotation r) { return assignment_->value(col, rotate(row, r.value(), n)); },
        [&](Selector s) { return assignment_->value(s.fixed_column().any(), row); },
        [&](Challenge ch) { return challenges_.get(ch); }, [](const Fr& a) { return -a; },
        [](const Fr& a, const Fr& b) { return a + b; }, [](const Fr& a, const Fr& b) { return a - b; },
        [](const Fr& a, const Fr& b) { return a * b; }, [](const Fr& a, const Fr& k) { return a * k; });
    f.row = row;
    f.region = locate(row);
    for (const auto& [column, rotation] : constraint_cells[o]) f.cells.push_back(cell(column, rotation, row));
    out.push_back(std::move(f));
  }
  for (const auto& u : unassigned) {
    Failure f;
    f.kind = FailureKind::CellNotAssigned;
    f.gate = gates[u.gate].name;
    f.gate_index = u.gate;
    f.constraint = gates[u.gate].constraints[u.constraint].name;
    f.constraint_index = u.constraint;
    f.expression = gates[u.gate].constraints[u.constraint].polynomial.to_string(namer);
    f.row = u.row;
    f.region = locate(u.row);
    for (const auto& [column, rotation] : u.cells) f.cells.push_back(cell(column, rotation, u.row));
    out.push_back(std::move(f));
  }
  // Gates without a selector: once per constraint, at its first nonzero row
  // outside the usable range, with the values the shadow read there.
  for (size_t o = 0; o < polys.size(); ++o) {
    const size_t row = not_switched_off[o];
    if (row == n) continue;
    const auto [g, c] = owner[o];
    auto read = [&](AnyColumn column, int32_t rotation, size_t at_row) {
      const size_t at = rotate(at_row, rotation, n);
      const bool random = column.kind == ColumnKind::Advice && (at >= usable || !assignment_->is_assigned(column, at));
      return random ? poison(column, at) : assignment_->value(column, at);
    };
    Failure f;
    f.kind = FailureKind::ConstraintNotSwitchedOff;
    f.gate = gates[g].name;
    f.gate_index = g;
    f.constraint = gates[g].constraints[c].name;
    f.constraint_index = c;
    f.expression = constraint_text[o];
    f.value = program.evaluate_row(row, challenges, read)[o];
    f.row = row;
    for (const auto& [column, rotation] : constraint_cells[o]) {
      CellReport report = cell(column, rotation, row);
      report.value = read(column, rotation, row);
      report.assigned = true;  // show the value the check used
      f.cells.push_back(std::move(report));
    }
    out.push_back(std::move(f));
  }
}

void MockProver::check_lookups(std::vector<Failure>& out) const {
  const size_t usable = assignment_->usable_rows();
  const ColumnSource source = column_source(*assignment_);
  for (const auto& lookup : cs_->lookups()) {
    const size_t arity = lookup.inputs.size();
    // Outputs: input selector, inputs, table selector, table.
    std::vector<Expression> exprs{lookup.input_selector};
    exprs.insert(exprs.end(), lookup.inputs.begin(), lookup.inputs.end());
    exprs.push_back(lookup.table_selector);
    exprs.insert(exprs.end(), lookup.table.begin(), lookup.table.end());
    const auto values = compile(exprs).evaluate_all(source, challenges_.values());
    const size_t input_first = 1, table_sel = 1 + arity, table_first = 2 + arity;

    // Table tuples sorted by hash; membership = equal hash and equal tuple.
    std::vector<TupleRef> table;
    for (size_t row = 0; row < usable; ++row) {
      if (!values[table_sel][row].is_zero()) table.push_back({tuple_hash(values, table_first, arity, row), row});
    }
    std::sort(table.begin(), table.end(), [](const TupleRef& a, const TupleRef& b) { return a.hash < b.hash; });

    std::vector<size_t> missing;
    std::mutex mutex;
    parallel_for_chunks(
        usable,
        [&](size_t begin, size_t end) {
          std::vector<size_t> local;
          for (size_t row = begin; row < end; ++row) {
            if (values[0][row].is_zero()) continue;
            const uint64_t h = tuple_hash(values, input_first, arity, row);
            auto it = std::lower_bound(table.begin(), table.end(), h,
                                       [](const TupleRef& t, uint64_t key) { return t.hash < key; });
            bool found = false;
            for (; it != table.end() && it->hash == h && !found; ++it) {
              found = true;
              for (size_t j = 0; j < arity; ++j) {
                if (values[input_first + j][row] != values[table_first + j][it->row]) {
                  found = false;
                  break;
                }
              }
            }
            if (!found) local.push_back(row);
          }
          std::lock_guard<std::mutex> lock(mutex);
          missing.insert(missing.end(), local.begin(), local.end());
        },
        1024);
    std::sort(missing.begin(), missing.end());

    QueryList input_cells = cells_of(lookup.input_selector);
    for (const auto& e : lookup.inputs) {
      for (const auto& q : cells_of(e)) {
        if (std::find(input_cells.begin(), input_cells.end(), q) == input_cells.end()) input_cells.push_back(q);
      }
    }
    for (size_t row : missing) {
      Failure f;
      f.kind = FailureKind::LookupInputMissing;
      f.argument = lookup.name;
      f.table = lookup.table_name;
      f.tuple = tuple_at(values, input_first, arity, row);
      f.row = row;
      f.region = locate(row);
      for (const auto& [column, rotation] : input_cells) f.cells.push_back(cell(column, rotation, row));
      out.push_back(std::move(f));
    }
  }
}

void MockProver::check_shuffles(std::vector<Failure>& out) const {
  const size_t usable = assignment_->usable_rows();
  const ColumnSource source = column_source(*assignment_);
  for (const auto& shuffle : cs_->shuffles()) {
    const size_t arity = shuffle.inputs.size();
    std::vector<Expression> exprs = shuffle.inputs;
    exprs.insert(exprs.end(), shuffle.shuffle.begin(), shuffle.shuffle.end());
    const auto values = compile(exprs).evaluate_all(source, challenges_.values());

    // Sort both sides by (hash, tuple) and merge: unmatched rows are the excess.
    auto less = [&](size_t first_a, const TupleRef& a, size_t first_b, const TupleRef& b) {
      if (a.hash != b.hash) return a.hash < b.hash;
      for (size_t j = 0; j < arity; ++j) {
        const auto x = values[first_a + j][a.row].limbs, y = values[first_b + j][b.row].limbs;
        if (x != y) return std::lexicographical_compare(x.rbegin(), x.rend(), y.rbegin(), y.rend());
      }
      return false;
    };
    std::vector<TupleRef> side[2];
    for (int s = 0; s < 2; ++s) {
      const size_t first = s * arity;
      for (size_t row = 0; row < usable; ++row) side[s].push_back({tuple_hash(values, first, arity, row), row});
      std::sort(side[s].begin(), side[s].end(), [&](const TupleRef& a, const TupleRef& b) {
        return less(first, a, first, b) || (!less(first, b, first, a) && a.row < b.row);
      });
    }
    std::vector<std::pair<size_t, int>> unmatched;  // (row, side)
    size_t i = 0, j = 0;
    while (i < side[0].size() || j < side[1].size()) {
      if (j == side[1].size() || (i < side[0].size() && less(0, side[0][i], arity, side[1][j]))) {
        unmatched.emplace_back(side[0][i++].row, 0);
      } else if (i == side[0].size() || less(arity, side[1][j], 0, side[0][i])) {
        unmatched.emplace_back(side[1][j++].row, 1);
      } else {
        ++i;
        ++j;
      }
    }
    std::sort(unmatched.begin(), unmatched.end(),
              [](const auto& a, const auto& b) { return std::tie(a.second, a.first) < std::tie(b.second, b.first); });
    for (const auto& [row, s] : unmatched) {
      Failure f;
      f.kind = FailureKind::ShuffleMismatch;
      f.argument = shuffle.name;
      f.side = s == 0 ? "input" : "shuffle";
      f.tuple = tuple_at(values, s * arity, arity, row);
      f.row = row;
      f.region = locate(row);
      QueryList cells;
      for (const auto& e : s == 0 ? shuffle.inputs : shuffle.shuffle) {
        for (const auto& q : cells_of(e)) {
          if (std::find(cells.begin(), cells.end(), q) == cells.end()) cells.push_back(q);
        }
      }
      for (const auto& [column, rotation] : cells) f.cells.push_back(cell(column, rotation, row));
      out.push_back(std::move(f));
    }
  }
}

void MockProver::check_copies(std::vector<Failure>& out) const {
  for (const auto& [a, b] : assignment_->copies()) {
    CellReport ca = cell(a.column, 0, a.row), cb = cell(b.column, 0, b.row);
    if (a.column.kind != ColumnKind::Instance) ca.region = locate(a.row);
    if (b.column.kind != ColumnKind::Instance) cb.region = locate(b.row);
    Failure f;
    f.row = a.row;
    f.region = ca.region;  // copies are reported at their first cell
    if (!ca.assigned || !cb.assigned) {
      f.kind = FailureKind::CellNotAssigned;
      if (!ca.assigned) f.cells.push_back(ca);
      if (!cb.assigned) f.cells.push_back(cb);
      if (ca.assigned) f.row = b.row, f.region = cb.region;
    } else if (ca.value != cb.value) {
      f.kind = FailureKind::CopyMismatch;
      f.cells = {ca, cb};
    } else {
      continue;
    }
    out.push_back(std::move(f));
  }
}

}  // namespace zkevm::plonk
