// The compiled evaluator agrees with naive tree-walking evaluation on random
// expressions and random columns (rotations wrap around, scaled rotations
// for extended domains), and it shares common subexpressions.
#include <gtest/gtest.h>

#include <random>

#include "cpp/plonk/evaluator.hpp"

namespace zkevm::plonk {
namespace {

using Columns = std::vector<std::vector<Fr>>;

struct Domain {
  Columns advice, fixed, instance;
  std::vector<Fr> challenges;
  size_t size;
  int64_t scale;

  ColumnSource source() const {
    ColumnSource s;
    for (const auto& c : advice) s.advice.push_back(c.data());
    for (const auto& c : fixed) s.fixed.push_back(c.data());
    for (const auto& c : instance) s.instance.push_back(c.data());
    s.size = size;
    s.rotation_scale = scale;
    return s;
  }

  Fr naive(const Expression& e, size_t row) const {
    auto at = [&](const Columns& cols, uint32_t index, int32_t rotation) {
      const int64_t m = static_cast<int64_t>(size);
      const int64_t i = ((static_cast<int64_t>(row) + rotation * scale) % m + m) % m;
      return cols[index][static_cast<size_t>(i)];
    };
    return e.evaluate<Fr>(
        [](const Fr& k) { return k; },
        [&](AnyColumn c, Rotation r) {
          const Columns& cols = c.kind == ColumnKind::Advice ? advice : c.kind == ColumnKind::Fixed ? fixed : instance;
          return at(cols, c.index, r.value());
        },
        [&](Selector s) { return at(fixed, s.fixed_column().index(), 0); },
        [&](Challenge ch) { return challenges[ch.index()]; }, [](const Fr& a) { return -a; },
        [](const Fr& a, const Fr& b) { return a + b; }, [](const Fr& a, const Fr& b) { return a - b; },
        [](const Fr& a, const Fr& b) { return a * b; }, [](const Fr& a, const Fr& k) { return a * k; });
  }
};

Domain random_domain(std::mt19937_64& rng, size_t size, int64_t scale) {
  Domain d;
  d.size = size;
  d.scale = scale;
  auto fill = [&](Columns& cols, size_t count) {
    cols.assign(count, std::vector<Fr>(size));
    for (auto& c : cols) {
      for (auto& v : c) v = Fr::random(rng);
    }
  };
  fill(d.advice, 4);
  fill(d.fixed, 3);
  fill(d.instance, 1);
  d.challenges = {Fr::random(rng), Fr::random(rng)};
  return d;
}

// A random expression of bounded depth over 4 advice, 2 fixed (plus one
// selector on fixed column 2), 1 instance column and 2 challenges, reusing
// earlier sub-expressions so the DAG has sharing.
Expression random_expression(std::mt19937_64& rng, std::vector<Expression>& pool, int depth) {
  std::uniform_int_distribution<int> pick(0, 9);
  if (depth == 0 || pick(rng) < 2) {
    switch (pick(rng) % 6) {
      case 0: return Expression(Fr::random(rng));
      case 1: return Column<Fixed>(static_cast<uint32_t>(rng() % 2)).rot(static_cast<int32_t>(rng() % 5) - 2);
      case 2: return Selector(0, Column<Fixed>(2));
      case 3: return Challenge(static_cast<uint32_t>(rng() % 2), 0);
      case 4: return Column<Instance>(0).cur();
      default: return Column<Advice>(static_cast<uint32_t>(rng() % 4), 0).rot(static_cast<int32_t>(rng() % 7) - 3);
    }
  }
  if (!pool.empty() && pick(rng) < 3) return pool[rng() % pool.size()];
  Expression a = random_expression(rng, pool, depth - 1);
  Expression b = random_expression(rng, pool, depth - 1);
  Expression e;
  switch (pick(rng) % 5) {
    case 0: e = a + b; break;
    case 1: e = a - b; break;
    case 2: e = a * b; break;
    case 3: e = -a; break;
    default: e = a * Fr::random(rng); break;
  }
  pool.push_back(e);
  return e;
}

void check_against_naive(uint64_t seed, size_t size, int64_t scale) {
  std::mt19937_64 rng(seed);
  Domain d = random_domain(rng, size, scale);
  std::vector<Expression> pool, exprs;
  for (int i = 0; i < 25; ++i) exprs.push_back(random_expression(rng, pool, 5));
  exprs.push_back(Expression(0));  // a constant output
  const Program program = compile(exprs);
  const auto got = program.evaluate_all(d.source(), d.challenges);
  ASSERT_EQ(got.size(), exprs.size());
  for (size_t o = 0; o < exprs.size(); ++o) {
    for (size_t row = 0; row < size; ++row) {
      ASSERT_EQ(got[o][row], d.naive(exprs[o], row)) << "output " << o << " row " << row << " seed " << seed;
    }
  }
  // The single-row path agrees too.
  auto read = [&](AnyColumn c, int32_t r, size_t row) {
    return d.naive(Expression::query(c, Rotation(r)), row);
  };
  for (size_t row : {size_t{0}, size - 1, size / 2}) {
    auto one = program.evaluate_row(row, d.challenges, read);
    for (size_t o = 0; o < exprs.size(); ++o) EXPECT_EQ(one[o], got[o][row]);
  }
}

TEST(Evaluator, compiled_program_matches_naive_evaluation_on_random_expressions) {
  for (uint64_t seed = 1; seed <= 6; ++seed) check_against_naive(seed, 64, 1);
}

TEST(Evaluator, partial_last_block_and_tiny_domains_match_naive) {
  check_against_naive(11, 8, 1);
  check_against_naive(12, 100, 1);  // 100 is not a multiple of the block size
}

TEST(Evaluator, scaled_rotations_match_an_extended_domain) {
  // On a domain 4x larger, rotation r reads point i + 4r.
  for (uint64_t seed = 20; seed < 23; ++seed) check_against_naive(seed, 256, 4);
}

TEST(Evaluator, common_subexpressions_and_commuted_operands_are_shared) {
  Column<Advice> a(0, 0), b(1, 0), c(2, 0);
  std::vector<Expression> exprs{a * b + c, b * a - c, (a * b + c) * (a * b + c)};
  Program p = compile(exprs);
  // mul(a,b), add(.,c), sub(.,c), mul(add, add): four instructions.
  EXPECT_EQ(p.num_instructions(), 4u) << p.to_string();
  EXPECT_EQ(p.num_queries(), 3u);
}

TEST(Evaluator, constants_are_deduplicated_and_identities_fold) {
  Column<Advice> a(0, 0);
  std::vector<Expression> exprs{a * 1 + 0, a * Fr::from_u64(7) + Expression(7), Expression(3) * Expression(4) - a,
                                a * 0};
  Program p = compile(exprs);
  // a*1+0 -> a; a*7 and +7 share constant 7; 3*4 folds to 12; a*0 -> 0.
  EXPECT_EQ(p.num_instructions(), 3u) << p.to_string();  // mul, add, sub
  EXPECT_EQ(p.num_constants(), 6u) << p.to_string();     // 1, 0, 7, 3, 4, 12
}

TEST(Evaluator, registers_are_reused_after_last_use) {
  Column<Advice> a(0, 0);
  Expression e = a.cur();
  for (int i = 0; i < 200; ++i) e = e * a + Fr::from_u64(static_cast<uint64_t>(i));
  std::vector<Expression> exprs{e};
  Program p = compile(exprs);
  EXPECT_EQ(p.num_instructions(), 399u);  // "+ 0" folds away
  EXPECT_LT(p.num_registers(), p.num_constants() + 1 + 4) << "temporaries should be recycled";
}

TEST(Evaluator, missing_columns_or_challenges_are_input_errors) {
  std::vector<Expression> exprs{Column<Advice>(3, 0).cur() * Challenge(1, 0)};
  Program p = compile(exprs);
  std::vector<Fr> col(8);
  ColumnSource s;
  s.size = 8;
  s.advice = {col.data()};
  std::vector<Fr> challenges(2);
  EXPECT_THROW(p.evaluate_all(s, challenges), InputError);
  s.advice = {col.data(), col.data(), col.data(), col.data()};
  EXPECT_THROW(p.evaluate_all(s, std::vector<Fr>(1)), InputError);
  EXPECT_NO_THROW(p.evaluate_all(s, challenges));
}

}  // namespace
}  // namespace zkevm::plonk
