// Expressions: operators build the intended tree, degree counts queries and
// selectors, printing is readable, structural hashing identifies equal trees.
#include <gtest/gtest.h>

#include "cpp/plonk/constraint_system.hpp"

namespace zkevm::plonk {
namespace {

struct Abc {
  ConstraintSystem cs;
  Column<Advice> a = cs.advice_column("a"), b = cs.advice_column("b"), c = cs.advice_column("c");
  Column<Fixed> t = cs.fixed_column("t");
  Selector s = cs.selector("s");
  Challenge ch = cs.challenge_usable_after(0);
};

TEST(Expression, gate_prints_with_column_names_and_rotations) {
  Abc x;
  Expression e = x.s * (x.a + x.b - x.c.rot(1));
  EXPECT_EQ(e.to_string(x.cs.namer()), "s * (a + b - c@+1)");
  EXPECT_EQ((x.a.prev() * Fr::from_u64(3) - -x.b).to_string(x.cs.namer()), "a@-1 * 3 - -b");
  EXPECT_EQ((x.a - 1).to_string(x.cs.namer()), "a - 1");
  EXPECT_EQ((x.a * x.ch).to_string(x.cs.namer()), "a * challenge[0]");
  EXPECT_EQ(Expression(-Fr::from_u64(5)).to_string(), "-5");
  EXPECT_EQ(x.a.cur().to_string(), "advice[0]");
}

TEST(Expression, operators_mix_columns_selectors_integers_and_field_constants) {
  Abc x;
  const auto n = x.cs.namer();
  EXPECT_EQ((2 * x.a + x.a * 3 - 1).to_string(n), "a * 2 + a * 3 - 1");
  EXPECT_EQ((x.s * x.t + Fr::from_u64(5) * x.b).to_string(n), "s * t + b * 5");
  Expression e = x.a;
  e += x.b;
  e *= x.s;
  e -= x.c.prev();
  EXPECT_EQ(e.to_string(n), "(a + b) * s - c@-1");
  EXPECT_EQ((x.a - (x.b - x.c)).to_string(n), "a - (b - c)");
  EXPECT_EQ((-(x.a + x.b)).to_string(n), "-(a + b)");
}

TEST(Expression, degree_counts_queries_and_selectors_not_constants_or_challenges) {
  Abc x;
  EXPECT_EQ(Expression(7).degree(), 0u);
  EXPECT_EQ(Expression(x.ch).degree(), 0u);
  EXPECT_EQ(x.a.cur().degree(), 1u);
  EXPECT_EQ((x.s * (x.a + x.b - x.c.rot(1))).degree(), 2u);
  EXPECT_EQ((x.s * x.a * (Expression(1) - x.a) * x.ch).degree(), 3u);
  EXPECT_EQ((x.a * x.b * x.c * Fr::from_u64(9) - x.t).degree(), 3u);
  EXPECT_EQ((-(x.a * x.a)).degree(), 2u);
}

TEST(Expression, equal_structures_hash_equal_and_differ_by_rotation_or_constant) {
  Abc x;
  Expression e1 = x.s * (x.a + x.b - x.c.rot(1));
  Expression e2 = x.s * (x.a + x.b - x.c.next());
  Expression e3 = x.s * (x.a + x.b - x.c.rot(-1));
  Expression e4 = x.s * (x.a + x.b - x.c.rot(1) * 2);
  EXPECT_EQ(e1.hash(), e2.hash());
  EXPECT_TRUE(e1.structurally_equal(e2));
  EXPECT_FALSE(e1.structurally_equal(e3));
  EXPECT_NE(e1.hash(), e3.hash());
  EXPECT_FALSE(e1.structurally_equal(e4));
}

TEST(Expression, queries_selectors_and_challenges_are_collected) {
  Abc x;
  Expression e = x.s * (x.a.prev() + x.a.next() * x.ch - x.t);
  auto q = e.queries();
  ASSERT_EQ(q.size(), 3u);
  EXPECT_TRUE(q.count({x.a.any(), Rotation(-1)}));
  EXPECT_TRUE(q.count({x.a.any(), Rotation(1)}));
  EXPECT_TRUE(q.count({x.t.any(), Rotation(0)}));
  EXPECT_EQ(e.selectors(), std::set<Selector>{x.s});
  EXPECT_EQ(e.challenges(), std::set<Challenge>{x.ch});
}

TEST(Expression, evaluate_folds_the_tree) {
  Abc x;
  Expression e = x.a * x.b - x.c * 3 + -x.a;
  Fr va = Fr::from_u64(4), vb = Fr::from_u64(5), vc = Fr::from_u64(6);
  Fr got = e.evaluate<Fr>(
      [](const Fr& k) { return k; },
      [&](AnyColumn col, Rotation) { return col.index == 0 ? va : col.index == 1 ? vb : vc; },
      [](Selector) { return Fr::one(); }, [](Challenge) { return Fr::one(); }, [](const Fr& v) { return -v; },
      [](const Fr& p, const Fr& q) { return p + q; }, [](const Fr& p, const Fr& q) { return p - q; },
      [](const Fr& p, const Fr& q) { return p * q; }, [](const Fr& p, const Fr& k) { return p * k; });
  EXPECT_EQ(got, va * vb - vc * Fr::from_u64(3) - va);
}

}  // namespace
}  // namespace zkevm::plonk
