// MockProver: the feature circuit (every argument kind) is satisfied for
// several k; each planted bug yields exactly the expected failure with the
// right names, region, row and cell values; the summary groups repeats.
#include <gtest/gtest.h>

#include "cpp/plonk/mock_prover.hpp"
#include "feature_circuit.hpp"
#include "unselected_circuit.hpp"

namespace zkevm::plonk {
namespace {

using test::Bug;
using test::FeatureCircuit;

std::vector<Failure> run(Bug bug, uint32_t k = 6) {
  FeatureCircuit circuit(bug);
  return MockProver::run(circuit, k, 7).verify();
}

const CellReport* find_cell(const Failure& f, const std::string& name, int32_t rotation = 0) {
  for (const auto& c : f.cells) {
    if (c.column_name == name && c.rotation == rotation) return &c;
  }
  return nullptr;
}

TEST(MockProver, feature_circuit_is_satisfied_for_several_k) {
  for (uint32_t k : {5u, 6u, 8u, 10u}) {
    FeatureCircuit circuit;
    MockProver prover = MockProver::run(circuit, k, k);
    EXPECT_EQ(prover.assignment().layout_report().rows_used, 2 * FeatureCircuit::m + 4);
    auto failures = prover.verify();
    EXPECT_TRUE(failures.empty()) << "k = " << k << "\n" << summarize(failures);
    EXPECT_NO_THROW(prover.assert_satisfied());
  }
}

TEST(MockProver, phase_one_column_uses_the_drawn_challenge) {
  FeatureCircuit circuit;
  MockProver prover = MockProver::run(circuit, 6, 99);
  const Fr g = prover.challenges().get(circuit.gamma);
  Fr acc = Fr::zero();
  for (size_t i = 0; i < FeatureCircuit::m; ++i) acc = acc * g + Fr::from_u64(i + 1);
  EXPECT_EQ(prover.assignment().value(circuit.rlc.any(), FeatureCircuit::m - 1), acc);
  // Another seed draws another challenge, and the circuit still holds.
  MockProver other = MockProver::run(circuit, 6, 100);
  EXPECT_NE(other.challenges().get(circuit.gamma), g);
  EXPECT_TRUE(other.verify().empty());
}

TEST(MockProver, wrong_gate_value_names_the_constraint_region_row_and_cells) {
  auto failures = run(Bug::WrongGateValue);
  ASSERT_EQ(failures.size(), 1u) << summarize(failures);
  const Failure& f = failures[0];
  EXPECT_EQ(f.kind, FailureKind::ConstraintNotSatisfied);
  EXPECT_EQ(f.gate, "add");
  EXPECT_EQ(f.constraint, "sum");
  EXPECT_EQ(f.row, 3u);
  ASSERT_TRUE(f.region.has_value());
  EXPECT_EQ(f.region->name, "main");
  EXPECT_EQ(f.region->offset, 3u);
  EXPECT_EQ(f.value, -Fr::one());  // a + b - c with c one too large
  ASSERT_EQ(f.cells.size(), 4u);   // a, b, c, s_add
  EXPECT_EQ(find_cell(f, "a")->value, Fr::from_u64(4));
  EXPECT_EQ(find_cell(f, "b")->value, Fr::from_u64(9));
  EXPECT_EQ(find_cell(f, "c")->value, Fr::from_u64(14));
  EXPECT_EQ(find_cell(f, "s_add")->value, Fr::one());
  const std::string text = f.to_string();
  EXPECT_NE(text.find("Constraint 'sum' (#0) in gate 'add' (#0) is not satisfied in region 'main' (#0) at offset 3 (row 3)"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("s_add * (a + b - c) = -1"), std::string::npos) << text;
  EXPECT_NE(text.find("c (row 3) = 14"), std::string::npos) << text;
  EXPECT_NE(text.find("| 0        | 4 | 9 | 14 | 1     | <-- constraint applied here"), std::string::npos) << text;
}

TEST(MockProver, missing_lookup_tuple_names_the_lookup_table_and_tuple) {
  auto failures = run(Bug::MissingLookupTuple);
  ASSERT_EQ(failures.size(), 1u) << summarize(failures);
  const Failure& f = failures[0];
  EXPECT_EQ(f.kind, FailureKind::LookupInputMissing);
  EXPECT_EQ(f.argument, "b range");
  EXPECT_EQ(f.table, "nibble");
  EXPECT_EQ(f.row, 5u);
  EXPECT_EQ(f.region->name, "main");
  ASSERT_EQ(f.tuple.size(), 1u);
  EXPECT_EQ(f.tuple[0], Fr::from_u64(16));
  EXPECT_EQ(find_cell(f, "b")->value, Fr::from_u64(16));
  EXPECT_NE(f.to_string().find("input (16) is not in table 'nibble'"), std::string::npos) << f.to_string();
}

TEST(MockProver, dynamic_lookup_ignores_table_rows_whose_selector_is_off) {
  // A pair taken from a row where s_add is off is not in the dynamic table.
  struct OffTable : FeatureCircuit {
    void synthesize(Assignment& asg) override {
      FeatureCircuit::synthesize(asg);
      // Row 30: (a, c) = (0, 0) would match an input (0, 0) only if row 30 were in the table.
      Region extra = asg.region("extra", 30);
      extra.assign_advice(x, 0, Fr::from_u64(77));
      extra.assign_advice(y, 0, Fr::from_u64(78));
      extra.assign_advice(a, 1, Fr::from_u64(77));
      extra.assign_advice(c, 1, Fr::from_u64(78));
      extra.enable_selector(s_pair, 0);
    }
  } circuit;
  auto failures = MockProver::run(circuit, 6).verify();
  ASSERT_EQ(failures.size(), 1u) << summarize(failures);
  EXPECT_EQ(failures[0].argument, "pair in add rows");
  EXPECT_EQ(failures[0].table, "add rows (a, c)");
  EXPECT_EQ(failures[0].row, 30u);
  EXPECT_EQ(failures[0].tuple, (std::vector<Fr>{Fr::from_u64(77), Fr::from_u64(78)}));
}

TEST(MockProver, broken_copy_reports_both_cells_and_values) {
  auto failures = run(Bug::BrokenCopy);
  ASSERT_EQ(failures.size(), 1u) << summarize(failures);
  const Failure& f = failures[0];
  EXPECT_EQ(f.kind, FailureKind::CopyMismatch);
  ASSERT_EQ(f.cells.size(), 2u);
  EXPECT_EQ(f.cells[0].column_name, "d");
  EXPECT_EQ(f.cells[0].row, 7u);
  EXPECT_EQ(f.cells[0].region->name, "main");
  EXPECT_EQ(f.cells[1].column_name, "pub");
  EXPECT_EQ(f.cells[1].row, 0u);
  EXPECT_FALSE(f.cells[1].region.has_value());  // instance cells lie in no region
  EXPECT_EQ(f.cells[1].value, f.cells[0].value + Fr::one());
  EXPECT_NE(f.to_string().find("Copy constraint between d and pub not satisfied"), std::string::npos);
}

TEST(MockProver, wrong_shuffle_reports_the_unmatched_tuple_on_each_side) {
  auto failures = run(Bug::WrongShuffle);
  ASSERT_EQ(failures.size(), 2u) << summarize(failures);
  EXPECT_EQ(failures[0].kind, FailureKind::ShuffleMismatch);
  EXPECT_EQ(failures[0].argument, "reverse");
  EXPECT_EQ(failures[0].side, "input");
  EXPECT_EQ(failures[0].row, 5u);  // a = 6 lost its partner
  EXPECT_EQ(failures[0].tuple, std::vector<Fr>{Fr::from_u64(6)});
  EXPECT_EQ(failures[1].side, "shuffle");
  EXPECT_EQ(failures[1].row, 14u);  // region "reversed" offset 2
  EXPECT_EQ(failures[1].region->name, "reversed");
  EXPECT_EQ(failures[1].region->offset, 2u);
  EXPECT_EQ(failures[1].tuple, std::vector<Fr>{Fr::from_u64(106)});
}

TEST(MockProver, unassigned_cell_read_by_an_enabled_gate_is_reported_instead_of_the_gate) {
  auto failures = run(Bug::UnassignedCell);
  ASSERT_EQ(failures.size(), 1u) << summarize(failures);
  const Failure& f = failures[0];
  EXPECT_EQ(f.kind, FailureKind::CellNotAssigned);
  EXPECT_EQ(f.gate, "add");
  EXPECT_EQ(f.row, 4u);
  EXPECT_EQ(f.region->offset, 4u);
  ASSERT_EQ(f.cells.size(), 1u);
  EXPECT_EQ(f.cells[0].column_name, "b");
  EXPECT_FALSE(f.cells[0].assigned);
  EXPECT_NE(f.to_string().find("Gate 'add' (#0) reads b, which was never assigned"), std::string::npos)
      << f.to_string();
}

// One gate reading the next row: a constant column of wrong values and a query into the blinding rows.
class NextRowCircuit : public Circuit {
 public:
  explicit NextRowCircuit(size_t rows, bool wrong) : rows_(rows), wrong_(wrong) {}
  Column<Advice> a;
  Selector s;
  void configure(ConstraintSystem& cs) override {
    a = cs.advice_column("a");
    s = cs.selector("s");
    cs.create_gate("double", {{"a next = 2 a", s * (a.next() - a * 2)}});
  }
  void synthesize(Assignment& asg) override {
    Region r = asg.region("doubling", 0);
    Fr v = Fr::one();
    for (size_t i = 0; i < rows_; ++i) {
      r.assign_advice(a, i, wrong_ && i % 2 == 1 ? v + Fr::one() : v);
      r.enable_selector(s, i);
      v = v.dbl();
    }
  }

 private:
  size_t rows_;
  bool wrong_;
};

TEST(MockProver, query_into_the_blinding_rows_is_an_unassigned_cell) {
  // The gate is enabled on the last usable row, and a.next() is a blinding row.
  ConstraintSystem probe;
  NextRowCircuit circuit(0, false);
  circuit.configure(probe);
  const size_t usable = probe.usable_rows(5);
  NextRowCircuit full(usable, false);
  auto failures = MockProver::run(full, 5).verify();
  ASSERT_EQ(failures.size(), 1u) << summarize(failures);
  EXPECT_EQ(failures[0].kind, FailureKind::CellNotAssigned);
  EXPECT_EQ(failures[0].row, usable - 1);
  EXPECT_EQ(failures[0].cells[0].row, usable);
  EXPECT_EQ(failures[0].cells[0].rotation, 1);
}

TEST(MockProver, summary_groups_one_constraint_failing_on_many_rows) {
  NextRowCircuit circuit(20, true);
  auto failures = MockProver::run(circuit, 6).verify();
  // Every odd row i holds 2^i + 1, which breaks rows i - 1 and i (except the last row 19, read by 18 only
  // and itself unconstrained by the next row 20 being unassigned).
  EXPECT_GT(failures.size(), 10u);
  auto groups = group_failures(failures);
  size_t constraint_groups = 0;
  for (const auto& g : groups) {
    if (g.kind == FailureKind::ConstraintNotSatisfied) {
      ++constraint_groups;
      EXPECT_GE(g.rows.size(), 10u);
      EXPECT_TRUE(std::is_sorted(g.rows.begin(), g.rows.end()));
    }
  }
  EXPECT_EQ(constraint_groups, 1u);
  const std::string text = summarize(failures, 4);
  EXPECT_NE(text.find("Constraint 'a next = 2 a' (#0) in gate 'double' (#0) is not satisfied: "), std::string::npos)
      << text;
  EXPECT_NE(text.find("rows 0, 1, 2, 3, ..."), std::string::npos) << text;
  // Row 0 reads a = 1 and a@+1 = 3 (2 + 1 planted): the grid shows both rotations.
  const std::string first = failures[0].to_string();
  EXPECT_NE(first.find("| rotation | a |"), std::string::npos) << first;
  EXPECT_NE(first.find("| 0        | 1 |"), std::string::npos) << first;
  EXPECT_NE(first.find("| +1       | 3 |"), std::string::npos) << first;
  EXPECT_THROW(MockProver::run(circuit, 6).assert_satisfied(), VerificationError);
}

TEST(MockProver, assignment_rejects_bad_cells_with_input_errors) {
  ConstraintSystem cs;
  FeatureCircuit circuit;
  circuit.configure(cs);
  Assignment asg(cs, 6);
  EXPECT_THROW(asg.assign(circuit.a, asg.usable_rows(), Fr::one()), InputError);  // blinding row
  EXPECT_THROW(asg.assign(circuit.rlc, 0, Fr::one()), InputError);                // phase-1 column in phase 0
  EXPECT_THROW(asg.copy(Cell{circuit.b.any(), 0}, Cell{circuit.a.any(), 1}), InputError);  // b has no equality
  EXPECT_THROW(Challenges(1).get(circuit.gamma), InputError);
  asg.set_phase(1);
  EXPECT_THROW(asg.assign(circuit.a, 0, Fr::one()), InputError);  // phase-0 column in phase 1
  EXPECT_NO_THROW(asg.assign(circuit.rlc, 0, Fr::one()));
  EXPECT_THROW(asg.region("late", asg.usable_rows()), InputError);
  EXPECT_THROW(asg.assign(circuit.s_add.fixed_column(), 0, Fr::from_u64(2)), InputError);  // selectors are boolean
  EXPECT_NO_THROW(asg.assign(circuit.s_add.fixed_column(), 0, Fr::one()));
  ConstraintSystem other_cs;
  circuit.configure(other_cs);
  EXPECT_THROW(MockProver(other_cs, asg), InputError);  // assignment of another constraint system
  ConstraintSystem no_constants;
  auto col = no_constants.advice_column();
  Assignment other(no_constants, 4);
  EXPECT_THROW(other.assign_constant(col, 0, Fr::one()), InputError);
  try {
    asg.assign(circuit.rlc, 100, Fr::one());
    FAIL();
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("rlc at row 100: outside the usable rows [0, 58)"), std::string::npos)
        << e.what();
  }
}

TEST(MockProver, constants_are_shared_per_value) {
  ConstraintSystem cs;
  auto a = cs.advice_column("a");
  auto k = cs.fixed_column("k");
  cs.enable_equality(a);
  cs.enable_constant(k);
  Assignment asg(cs, 5);
  asg.assign_constant(a, 0, Fr::from_u64(5));
  asg.assign_constant(a, 1, Fr::from_u64(5));
  asg.assign_constant(a, 2, Fr::from_u64(6));
  EXPECT_EQ(asg.value(k.any(), 0), Fr::from_u64(5));
  EXPECT_EQ(asg.value(k.any(), 1), Fr::from_u64(6));
  EXPECT_FALSE(asg.is_assigned(k.any(), 2));
  EXPECT_EQ(asg.copies().size(), 3u);
  EXPECT_TRUE(MockProver(cs, asg).verify().empty());
}

TEST(MockProver, gate_without_selector_fails_once_per_constraint_on_the_blinding_rows) {
  test::UnselectedCircuit circuit;
  MockProver prover = MockProver::run(circuit, 5);
  const size_t usable = prover.assignment().usable_rows();
  auto failures = prover.verify();
  ASSERT_EQ(failures.size(), 1u) << summarize(failures);  // not once per row; "sum" has its selector
  const Failure& f = failures[0];
  EXPECT_EQ(f.kind, FailureKind::ConstraintNotSwitchedOff);
  EXPECT_EQ(f.gate, "square");
  EXPECT_EQ(f.constraint, "b = a^2");
  EXPECT_EQ(f.row, usable);  // the first blinding row
  EXPECT_FALSE(f.value.is_zero());
  // The reported value is the constraint on the reported cells (the pseudo-random advice).
  const CellReport* a = nullptr;
  const CellReport* b = nullptr;
  for (const auto& cell : f.cells) (cell.column_name == "a" ? a : b) = &cell;
  ASSERT_TRUE(a && b);
  EXPECT_EQ(f.value, a->value * a->value - b->value);
  EXPECT_EQ(std::string(to_string(f.kind)), "constraint not zero on blinding rows");
  const std::string text = f.to_string();
  EXPECT_NE(text.find("Constraint 'b = a^2' (#0) in gate 'square' (#0) is not zero on the blinding rows (it needs a "
                      "selector)"),
            std::string::npos)
      << text;
  EXPECT_THROW(prover.assert_satisfied(), VerificationError);
}

TEST(MockProver, gates_with_selectors_are_clean_on_the_blinding_rows) {
  test::UnselectedCircuit circuit(true);
  EXPECT_TRUE(MockProver::run(circuit, 5).verify().empty());
  for (uint32_t k : {5u, 8u}) {
    FeatureCircuit feature;
    EXPECT_TRUE(MockProver::run(feature, k).verify().empty()) << "k = " << k;
  }
}

}  // namespace
}  // namespace zkevm::plonk
