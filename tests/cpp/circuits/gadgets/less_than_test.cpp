// LessThan: lt = [a < b] for inputs of N bytes; a wrong lt or a diff byte out
// of range is rejected.
#include "circuits/gadgets/less_than.hpp"

#include <gtest/gtest.h>

#include "tests/cpp/circuits/gadgets/chip_circuit.hpp"

namespace zkevm::circuits::gadgets::test {
namespace {

struct Case {
  uint64_t a, b;
  bool claim;
};

ChipCircuit lt_circuit(LessThan& chip, const std::vector<Case>& cases, unsigned n_bytes, bool forge_lt = false) {
  return ChipCircuit(
      3, cases.size(),
      [&chip, n_bytes](ConstraintBuilder& cb, CellSource& cells, const std::vector<Expression>& in) {
        chip = LessThan::configure(cb, cells, in[0], in[1], n_bytes);
        cb.require_equal("claimed lt", in[2], chip.out);
      },
      [&chip, cases, forge_lt](plonk::Region& region, size_t r, const auto& in) {
        region.assign_advice(in[0], r, Fr::from_u64(cases[r].a));
        region.assign_advice(in[1], r, Fr::from_u64(cases[r].b));
        region.assign_advice(in[2], r, Fr::from_u64(cases[r].claim));
        chip.assign(region, r, cases[r].a, cases[r].b);
        if (forge_lt) chip.lt.assign(region, r, Fr::from_u64(cases[r].claim));
      });
}

TEST(LessThan, matches_integer_comparison) {
  LessThan chip;
  std::vector<Case> cases = {{1, 2, true}, {2, 1, false}, {5, 5, false}, {0, 65535, true}, {65535, 0, false}};
  auto c = lt_circuit(chip, cases, 2);
  EXPECT_TRUE(mock(c).empty());
  LessThan wide;
  auto w = lt_circuit(wide, {{~0ULL, ~0ULL - 1, false}, {~0ULL - 1, ~0ULL, true}}, 8);
  EXPECT_TRUE(mock(w).empty());
}

TEST(LessThan, rejects_a_false_claim) {
  LessThan chip;
  // Claim 9 < 3: the prover sets lt = 1, so diff must be 9 − 3 + 65536, which no two bytes hold.
  auto c = lt_circuit(chip, {{9, 3, true}}, 2, true);
  auto failures = mock(c);
  EXPECT_TRUE(fails_at(failures, "lt: a − b + lt · 2^(8N) = diff"));
}

TEST(LessThan, rejects_a_diff_that_is_not_a_byte) {
  LessThan chip;
  ChipCircuit c(
      2, 1,
      [&](ConstraintBuilder& cb, CellSource& cells, const std::vector<Expression>& in) {
        chip = LessThan::configure(cb, cells, in[0], in[1], 1);
      },
      [&](plonk::Region& region, size_t r, const auto& in) {
        // 300 − 0 with one byte: the honest diff does not exist; write it anyway.
        region.assign_advice(in[0], r, Fr::from_u64(300));
        region.assign_advice(in[1], r, Fr::zero());
        chip.lt.assign(region, r, Fr::zero());
        chip.diff[0].assign(region, r, Fr::from_u64(300));
      });
  EXPECT_TRUE(fails_at(mock(c), "lt.diff0 is a byte"));
}

TEST(LessThan, refuses_more_than_16_bytes) {
  plonk::ConstraintSystem cs;
  ColumnCells cells(cs, cs.fixed_column(), Expression(1));
  ConstraintBuilder cb;
  EXPECT_THROW(LessThan::configure(cb, cells, Expression(0), Expression(1), 17), InputError);
}

}  // namespace
}  // namespace zkevm::circuits::gadgets::test
