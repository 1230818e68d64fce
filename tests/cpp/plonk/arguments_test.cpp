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
