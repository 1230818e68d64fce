// ConstraintSystem: degree of every argument by the documented formulas,
// permutation chunking, blinding rows, usable rows, the layout report, and
// typed errors for malformed arguments.
#include <gtest/gtest.h>

#include "cpp/plonk/constraint_system.hpp"
#include "feature_circuit.hpp"

namespace zkevm::plonk {
namespace {

TEST(ConstraintSystem, degree_is_the_largest_gate_degree_without_other_arguments) {
  ConstraintSystem cs;
  auto a = cs.advice_column();
  auto s = cs.selector();
  cs.create_gate("cube", s * a * a * a);
  EXPECT_EQ(cs.degree(), 4u);
  EXPECT_EQ(cs.extension_factor(), 4u);  // next power of two >= 3
  cs.create_gate("deg6", s * a * a * a * a * a);
  EXPECT_EQ(cs.degree(), 6u);
  EXPECT_EQ(cs.extension_factor(), 8u);
  EXPECT_EQ(cs.permutation_chunks(), 0u);
}

TEST(ConstraintSystem, lookup_degree_follows_the_logup_formula) {
  ConstraintSystem cs;
  auto a = cs.advice_column(), b = cs.advice_column();
  auto t = cs.fixed_column();
  auto s = cs.selector(), q = cs.selector();
  // d_f = 1, d_t = 1, no selectors: 1 + max(1 + 1 + 1, 0 + 1, 1 + 0 + 1) = 4.
  cs.lookup("plain", "t", {a.cur()}, {t.cur()});
  EXPECT_EQ(cs.lookups()[0].required_degree(), 4u);
  // d_f = 2 (s * a), d_t = 1, q_in = s: 1 + max(4, 2, 3) = 5.
  cs.lookup("selected input", "t", {s * a}, {t.cur()}, Expression(s));
  EXPECT_EQ(cs.lookups()[1].required_degree(), 5u);
  // d_f = 1, d_t = 1, q_in degree 1, q_t = a * q degree 2: 1 + max(3, 2, 1 + 2 + 1) = 5.
  cs.lookup("dynamic", "ab", {a.cur()}, {b.cur()}, Expression(s), q * a);
  EXPECT_EQ(cs.lookups()[2].required_degree(), 5u);
  EXPECT_EQ(cs.degree(), 5u);
}

TEST(ConstraintSystem, lookups_into_one_table_share_a_multiplicity_column_within_the_degree_bound) {
  ConstraintSystem cs;
  auto a = cs.advice_column(), b = cs.advice_column(), c = cs.advice_column(), d = cs.advice_column();
  auto t = cs.fixed_column(), other = cs.fixed_column();
  auto s = cs.selector();
  cs.create_gate("deg6", s * a * a * a * a * a);
  for (auto col : {a, b, c, d}) cs.lookup("range", "t", {col.cur()}, {t.cur()});
  cs.lookup("other table", "other", {a.cur()}, {other.cur()});
  EXPECT_EQ(cs.degree(), 6u);
  // Three inputs: 1 + max(1 + 3 + 1, 0 + 1 + 2, 1 + 0 + 3) = 6; a fourth would need 7.
  EXPECT_EQ(cs.lookup_group_degree({0, 1}), 5u);
  EXPECT_EQ(cs.lookup_group_degree({0, 1, 2}), 6u);
  EXPECT_EQ(cs.lookup_group_degree({0, 1, 2, 3}), 7u);
  const auto groups = cs.lookup_groups();
  ASSERT_EQ(groups.size(), 3u);
  EXPECT_EQ(groups[0], (std::vector<size_t>{0, 1, 2}));
  EXPECT_EQ(groups[1], (std::vector<size_t>{3}));
  EXPECT_EQ(groups[2], (std::vector<size_t>{4}));
  EXPECT_EQ(cs.layout_report(8).lookup_groups, 3u);
  EXPECT_EQ(cs.degree(), 6u);  // grouping never raises the bound
}

TEST(ConstraintSystem, shuffle_degree_is_two_plus_the_larger_side) {
  ConstraintSystem cs;
  auto a = cs.advice_column(), b = cs.advice_column();
  auto s = cs.selector();
  cs.shuffle("sh", {s * a, a.cur()}, {b.cur(), b.next()});
  EXPECT_EQ(cs.shuffles()[0].required_degree(), 4u);
  EXPECT_EQ(cs.degree(), 4u);
}

TEST(ConstraintSystem, permutation_needs_degree_three_and_chunks_by_degree_minus_two) {
  ConstraintSystem cs;
  std::vector<Column<Advice>> cols;
  for (int i = 0; i < 7; ++i) cols.push_back(cs.advice_column());
  cs.enable_equality(cols[0]);
  EXPECT_EQ(cs.degree(), 3u);
  EXPECT_EQ(cs.permutation_chunk_size(), 1u);
  for (auto& c : cols) cs.enable_equality(c);  // enabling twice is harmless
  EXPECT_EQ(cs.equality_columns().size(), 7u);
  EXPECT_EQ(cs.permutation_chunks(), 7u);
  cs.set_minimum_degree(5);
  EXPECT_EQ(cs.permutation_chunk_size(), 3u);
  EXPECT_EQ(cs.permutation_chunks(), 3u);  // ceil(7 / 3)
}

TEST(ConstraintSystem, blinding_rows_grow_with_queries_per_advice_column) {
  ConstraintSystem cs;
  auto a = cs.advice_column();
  auto s = cs.selector();
  cs.create_gate("g", s * (a - a.next()));
  EXPECT_EQ(cs.blinding_factors(), 5u);  // max(3, 2) + 2
  EXPECT_EQ(cs.usable_rows(4), 16u - 6u);
  cs.create_gate("h", s * (a.rot(-2) + a.rot(-1) + a.rot(2) - a.rot(3)));
  EXPECT_EQ(cs.blinding_factors(), 8u);  // 6 rotations of a + 2
  EXPECT_EQ(cs.usable_rows(4), 16u - 9u);
  EXPECT_THROW(cs.usable_rows(3), InputError);
  EXPECT_THROW(cs.usable_rows(29), InputError);
}

TEST(ConstraintSystem, feature_circuit_layout_report_counts_everything) {
  test::FeatureCircuit circuit;
  ConstraintSystem cs;
  circuit.configure(cs);
  LayoutReport r = cs.layout_report(6, 20);
  EXPECT_EQ(r.rows, 64u);
  EXPECT_EQ(r.blinding_rows, 5u);
  EXPECT_EQ(r.usable_rows, 64u - 6u);
  EXPECT_EQ(r.advice_columns[0], 9u);
  EXPECT_EQ(r.advice_columns[1], 1u);
  EXPECT_EQ(r.fixed_columns, 10u);  // nibble, constants, 8 selectors
  EXPECT_EQ(r.selectors, 8u);
  EXPECT_EQ(r.instance_columns, 1u);
  EXPECT_EQ(r.equality_columns, 7u);
  EXPECT_EQ(r.gates, 6u);
  EXPECT_EQ(r.constraints, 7u);
  EXPECT_EQ(r.lookups, 2u);
  EXPECT_EQ(r.shuffles, 1u);
  EXPECT_EQ(r.max_degree, 4u);
  EXPECT_EQ(r.permutation_chunks, 4u);  // 7 columns, 2 per chunk
  EXPECT_EQ(r.extension_factor, 4u);
  const std::string text = r.to_string();
  EXPECT_NE(text.find("k = 6: 64 rows, 20 used, 58 usable, 5 blinding"), std::string::npos) << text;
  EXPECT_NE(text.find("max degree 4, extended domain 4 x n"), std::string::npos) << text;
}

TEST(ConstraintSystem, malformed_arguments_raise_input_errors) {
  ConstraintSystem cs;
  auto a = cs.advice_column("a");
  auto t = cs.fixed_column("t");
  EXPECT_THROW(cs.advice_column("bad", 2), InputError);
  EXPECT_THROW(cs.challenge_usable_after(1), InputError);
  EXPECT_THROW(cs.create_gate("empty", std::vector<Constraint>{}), InputError);
  EXPECT_THROW(cs.create_gate("ghost", Column<Advice>(5, 0).cur()), InputError);
  EXPECT_THROW(cs.lookup("arity", "t", {a.cur(), a.next()}, {t.cur()}), InputError);
  EXPECT_THROW(cs.shuffle("arity", {a.cur()}, {}), InputError);
  EXPECT_THROW(cs.enable_equality(AnyColumn{ColumnKind::Instance, 0}), InputError);
  try {
    cs.create_gate("ghost", Column<Advice>(5, 0).cur());
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("gate 'ghost'"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("advice[5]"), std::string::npos);
  }
}

}  // namespace
}  // namespace zkevm::plonk
