// The argument constraints (permutation, logUp, shuffle) with the witness
// columns the prover computes: on an honest assignment every constraint the
// quotient will divide by Z_H vanishes on every row of the domain, their
// degrees stay within the bound; a broken copy, a tampered running sum or a
// wrong gate make the right constraint fail, and impossible witnesses throw.
#include <gtest/gtest.h>

#include "cpp/plonk/arguments.hpp"
#include "cpp/plonk/evaluator.hpp"
#include "cpp/plonk/mock_prover.hpp"
#include "feature_circuit.hpp"
#include "wide_circuit.hpp"

namespace zkevm::plonk {
namespace {

struct Proverish {
  test::FeatureCircuit circuit;
  ConstraintSystem cs;
  std::unique_ptr<Assignment> assignment;
  std::unique_ptr<ArgumentLayout> layout;
  std::vector<Fr> challenges;
  std::vector<std::vector<Fr>> preprocessed, witness;

  explicit Proverish(test::Bug bug, uint32_t k, uint64_t seed = 5) : circuit(bug) {
    circuit.configure(cs);
    assignment = std::make_unique<Assignment>(cs, k);
    circuit.synthesize(*assignment);
    Challenges user = MockProver::draw_challenges(cs, seed);
    assignment->set_phase(1);
    circuit.synthesize_phase1(*assignment, user);
    layout = std::make_unique<ArgumentLayout>(cs);
    std::mt19937_64 rng(seed);
    challenges = user.values();
    for (int i = 0; i < 4; ++i) challenges.push_back(Fr::random(rng));
    preprocessed = preprocessed_columns(cs, *layout, k, PermutationMapping(cs, *assignment));
  }

  void make_witness() {
    std::mt19937_64 rng(77);
    witness = argument_witness(cs, *layout, *assignment, preprocessed, challenges, rng);
  }

  // (constraint index, row) of every nonzero constraint value on the whole domain.
  std::vector<std::pair<size_t, size_t>> failing(const std::vector<ArgumentConstraint>& constraints) const {
    ColumnSource s;
    s.size = assignment->n();
    for (uint32_t i = 0; i < cs.num_advice_columns(); ++i) s.advice.push_back(assignment->column_values({ColumnKind::Advice, i}).data());
    for (const auto& w : witness) s.advice.push_back(w.data());
    for (uint32_t i = 0; i < cs.num_fixed_columns(); ++i) s.fixed.push_back(assignment->column_values({ColumnKind::Fixed, i}).data());
    for (const auto& p : preprocessed) s.fixed.push_back(p.data());
    for (uint32_t i = 0; i < cs.num_instance_columns(); ++i) s.instance.push_back(assignment->column_values({ColumnKind::Instance, i}).data());
    std::vector<Expression> polys;
    for (const auto& c : constraints) polys.push_back(c.polynomial);
    auto values = compile(polys).evaluate_all(s, challenges);
    std::vector<std::pair<size_t, size_t>> out;
    for (size_t c = 0; c < values.size(); ++c) {
      for (size_t row = 0; row < s.size; ++row) {
        if (!values[c][row].is_zero()) out.emplace_back(c, row);
      }
    }
    return out;
  }
};

TEST(Arguments, honest_witness_satisfies_every_constraint_on_every_row) {
  for (uint32_t k : {5u, 7u}) {
    Proverish p(test::Bug::None, k);
    p.make_witness();
    ASSERT_EQ(p.witness.size(), p.layout->num_advice - p.cs.num_advice_columns());
    const auto constraints = all_constraints(p.cs, *p.layout);
    EXPECT_EQ(constraints.size(), 7u + (1 + 1 + 3 + 4) + 2 * 3 + 3);  // gates, permutation, lookups, shuffle
    auto bad = p.failing(constraints);
    for (auto [c, row] : bad) ADD_FAILURE() << constraints[c].argument << " / " << constraints[c].name << " row " << row;
  }
}

TEST(Arguments, constraint_degrees_stay_within_the_computed_bound) {
  Proverish p(test::Bug::None, 5);
  uint32_t max_degree = 0;
  for (const auto& c : all_constraints(p.cs, *p.layout)) max_degree = std::max(max_degree, c.polynomial.degree());
  EXPECT_EQ(max_degree, p.cs.degree());
  // A lone 6-column permutation at degree 3 has one column per chunk: every product has degree 3.
  ConstraintSystem cs;
  for (int i = 0; i < 6; ++i) cs.enable_equality(cs.advice_column());
  ArgumentLayout layout(cs);
  EXPECT_EQ(layout.permutation_chunks, 6u);
  for (const auto& c : argument_constraints(cs, layout)) EXPECT_LE(c.polynomial.degree(), 3u) << c.name;
}

TEST(Arguments, broken_copy_fails_the_last_permutation_product) {
  Proverish p(test::Bug::BrokenCopy, 5);
  p.make_witness();
  const auto constraints = all_constraints(p.cs, *p.layout);
  auto bad = p.failing(constraints);
  ASSERT_EQ(bad.size(), 1u);
  EXPECT_EQ(constraints[bad[0].first].argument, "permutation");
  EXPECT_EQ(constraints[bad[0].first].name, "last z is 0 or 1");
  EXPECT_EQ(bad[0].second, p.assignment->usable_rows());
}

TEST(Arguments, wrong_gate_value_fails_only_the_gate) {
  Proverish p(test::Bug::WrongGateValue, 5);
  p.make_witness();
  const auto constraints = all_constraints(p.cs, *p.layout);
  auto bad = p.failing(constraints);
  ASSERT_EQ(bad.size(), 1u);
  EXPECT_EQ(constraints[bad[0].first].argument, "gate 'add'");
  EXPECT_EQ(bad[0].second, 3u);
}

TEST(Arguments, tampered_running_sum_fails_the_logup_step) {
  Proverish p(test::Bug::None, 5);
  p.make_witness();
  const size_t phi = p.layout->lookup_running_sum(0).index() - p.cs.num_advice_columns();
  p.witness[phi][4] += Fr::one();
  const auto constraints = all_constraints(p.cs, *p.layout);
  auto bad = p.failing(constraints);
  ASSERT_EQ(bad.size(), 2u);  // the steps into and out of row 4
  EXPECT_EQ(constraints[bad[0].first].argument, "lookup 'b range'");
  EXPECT_EQ(constraints[bad[0].first].name, "running sum step");
  EXPECT_EQ(bad[0].second, 3u);
  EXPECT_EQ(bad[1].second, 4u);
}

TEST(Arguments, impossible_lookup_or_shuffle_witness_is_an_input_error) {
  Proverish lookup(test::Bug::MissingLookupTuple, 5);
  EXPECT_THROW(lookup.make_witness(), InputError);
  Proverish shuffle(test::Bug::WrongShuffle, 5);
  try {
    shuffle.make_witness();
    FAIL();
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("shuffle 'reverse'"), std::string::npos) << e.what();
  }
}

TEST(Arguments, combined_numerator_vanishes_exactly_where_no_constraint_fails) {
  Proverish honest(test::Bug::None, 5);
  honest.make_witness();
  const auto constraints = all_constraints(honest.cs, *honest.layout);
  const std::vector<ArgumentConstraint> combined{{"quotient", "numerator", combine_constraints(constraints, *honest.layout)}};
  EXPECT_LE(combined[0].polynomial.degree(), honest.cs.degree());
  EXPECT_TRUE(honest.failing(combined).empty());
  Proverish broken(test::Bug::WrongGateValue, 5);
  broken.make_witness();
  auto bad = broken.failing(combined);
  ASSERT_EQ(bad.size(), 1u);
  EXPECT_EQ(bad[0].second, 3u);
}

// Three byte lookups into one table (one shared m and φ under a degree-6 gate).
class SharedTableCircuit : public Circuit {
 public:
  explicit SharedTableCircuit(bool bad) : bad_(bad) {}
  Column<Advice> a, b, c;
  Column<Fixed> t;
  Selector s;
  void configure(ConstraintSystem& cs) override {
    a = cs.advice_column("a");
    b = cs.advice_column("b");
    c = cs.advice_column("c");
    t = cs.fixed_column("t");
    s = cs.selector("s");
    cs.create_gate("deg6", s * (a * a * a * a * a - b));
    cs.lookup("a byte", "t", {a.cur()}, {t.cur()}, Expression(s));
    cs.lookup("b byte", "t", {b.cur()}, {t.cur()}, Expression(s));
    cs.lookup("c byte", "t", {c.cur()}, {t.cur()}, Expression(s));
  }
  void synthesize(Assignment& asg) override {
    for (uint64_t v = 0; v < 32; ++v) asg.assign(t, v, Fr::from_u64(v));
    for (uint64_t i = 0; i < 12; ++i) {
      const uint64_t x = i % 2;  // x^5 stays in the table
      asg.assign(a, i, Fr::from_u64(x));
      asg.assign(b, i, Fr::from_u64(x * x * x * x * x));
      asg.assign(c, i, Fr::from_u64(bad_ && i == 7 ? 40 : 31 - i));
      asg.enable_selector(s, i);
    }
  }

 private:
  bool bad_;
};

TEST(Arguments, shared_table_lookups_use_one_running_sum_that_vanishes) {
  for (bool bad : {false, true}) {
    SharedTableCircuit circuit(bad);
    ConstraintSystem cs;
    circuit.configure(cs);
    Assignment asg(cs, 6);
    circuit.synthesize(asg);
    ArgumentLayout layout(cs);
    ASSERT_EQ(layout.lookup_groups.size(), 1u);
    EXPECT_EQ(layout.num_advice, cs.num_advice_columns() + 2);  // one m, one φ
    std::mt19937_64 rng(3);
    std::vector<Fr> challenges{Fr::random(rng), Fr::random(rng), Fr::random(rng), Fr::random(rng)};
    auto pre = preprocessed_columns(cs, layout, 6, PermutationMapping(cs, asg));
    if (bad) {
      EXPECT_THROW(argument_witness(cs, layout, asg, pre, challenges, rng), InputError);
      continue;
    }
    auto witness = argument_witness(cs, layout, asg, pre, challenges, rng);
    ColumnSource src;
    src.size = asg.n();
    for (uint32_t i = 0; i < cs.num_advice_columns(); ++i) src.advice.push_back(asg.column_values({ColumnKind::Advice, i}).data());
    for (const auto& w : witness) src.advice.push_back(w.data());
    for (uint32_t i = 0; i < cs.num_fixed_columns(); ++i) src.fixed.push_back(asg.column_values({ColumnKind::Fixed, i}).data());
    for (const auto& p : pre) src.fixed.push_back(p.data());
    const auto constraints = all_constraints(cs, layout);
    std::vector<Expression> polys;
    for (const auto& c : constraints) {
      EXPECT_LE(c.polynomial.degree(), cs.degree()) << c.argument << " " << c.name;
      polys.push_back(c.polynomial);
    }
    EXPECT_EQ(constraints[1].argument, "lookups 'a byte', 'b byte', 'c byte'");
    auto values = compile(polys).evaluate_all(src, challenges);
    for (size_t k = 0; k < values.size(); ++k) {
      for (size_t row = 0; row < src.size; ++row) {
        EXPECT_TRUE(values[k][row].is_zero()) << constraints[k].name << " row " << row;
      }
    }
    // Multiplicities: t = 0 is hit by a and b six times each, c never; c = 31 - i covers 20..31 once each.
    EXPECT_EQ(witness[0][0], Fr::from_u64(12));
    EXPECT_EQ(witness[0][1], Fr::from_u64(12));
    EXPECT_EQ(witness[0][25], Fr::one());        // c only
  }
}

TEST(Arguments, permutation_cycles_follow_the_copies) {
  Proverish p(test::Bug::None, 5);
  PermutationMapping mapping(p.cs, *p.assignment);
  // Follow the cycle of d's last cell: it must contain pub[0] and return to the start.
  const auto& eq = p.cs.equality_columns();
  auto pos = [&](AnyColumn c) { return static_cast<uint32_t>(std::find(eq.begin(), eq.end(), c) - eq.begin()); };
  const std::pair<uint32_t, uint32_t> start{pos(p.circuit.d.any()), 7};
  auto cell = mapping.next(start.first, start.second);
  size_t length = 1;
  bool saw_pub = false;
  while (cell != start && length < 100) {
    saw_pub |= cell == std::pair<uint32_t, uint32_t>{pos(p.circuit.pub.any()), 0};
    cell = mapping.next(cell.first, cell.second);
    ++length;
  }
  EXPECT_EQ(length, 2u);
  EXPECT_TRUE(saw_pub);
  // An uncopied cell is a fixed point.
  EXPECT_EQ(mapping.next(pos(p.circuit.d.any()), 3), (std::pair<uint32_t, uint32_t>{pos(p.circuit.d.any()), 3}));
}

}  // namespace
}  // namespace zkevm::plonk

namespace zkevm::plonk {
namespace {

// The wide circuit (600 copies w0 = w4, a 2^8 table, 40 advice columns) plus
// copies w38[r - 1] = w39[r] at k = 10: the combined numerator vanishes on
// every row with the computed helper columns.
TEST(Arguments, wide_circuit_arguments_vanish_with_many_copies) {
  test::WideCircuit circuit(600, 3);
  ConstraintSystem cs;
  circuit.configure(cs);
  cs.enable_equality(circuit.w[38]);
  cs.enable_equality(circuit.w[39]);
  Assignment asg(cs, 10);
  circuit.synthesize(asg);
  for (size_t r = 1; r < 100; ++r) asg.copy(Cell{circuit.w[38].any(), r - 1}, Cell{circuit.w[39].any(), r});
  ArgumentLayout layout(cs);
  EXPECT_EQ(layout.permutation_chunks, 2u);  // 4 columns, degree 4: 2 per chunk
  std::mt19937_64 rng(9);
  std::vector<Fr> challenges{Fr::random(rng), Fr::random(rng), Fr::random(rng), Fr::random(rng)};
  auto pre = preprocessed_columns(cs, layout, 10, PermutationMapping(cs, asg));
  auto witness = argument_witness(cs, layout, asg, pre, challenges, rng);
  ColumnSource src;
  src.size = asg.n();
  for (uint32_t i = 0; i < cs.num_advice_columns(); ++i) src.advice.push_back(asg.column_values({ColumnKind::Advice, i}).data());
  for (const auto& w : witness) src.advice.push_back(w.data());
  for (uint32_t i = 0; i < cs.num_fixed_columns(); ++i) src.fixed.push_back(asg.column_values({ColumnKind::Fixed, i}).data());
  for (const auto& p : pre) src.fixed.push_back(p.data());
  const std::vector<Expression> numerator{combine_constraints(all_constraints(cs, layout), layout)};
  const auto values = compile(numerator).evaluate_all(src, challenges);
  for (size_t row = 0; row < src.size; ++row) ASSERT_TRUE(values[0][row].is_zero()) << "row " << row;
  // Breaking one copied cell breaks the product.
  asg.assign(circuit.w[4], 7919 % asg.usable_rows(), Fr::from_u64(999));
  auto broken = argument_witness(cs, layout, asg, pre, challenges, rng);
  EXPECT_NE(broken[1][asg.usable_rows()], Fr::one());  // last chunk's product no longer closes
}

}  // namespace
}  // namespace zkevm::plonk
