// IsZero / IsEqual / IsZeroWord: the output is right on zero and nonzero
// values, and a prover cannot claim the wrong output.
#include "circuits/gadgets/is_zero.hpp"

#include <gtest/gtest.h>

#include "tests/cpp/circuits/gadgets/chip_circuit.hpp"

namespace zkevm::circuits::gadgets::test {
namespace {

// in0 = value, in1 = claimed out; row r uses values[r] and claims[r].
ChipCircuit is_zero_circuit(IsZero& chip, std::vector<Fr> values, std::vector<Fr> claims, std::vector<Fr> inverses = {}) {
  return ChipCircuit(
      2, values.size(),
      [&chip](ConstraintBuilder& cb, CellSource& cells, const std::vector<Expression>& in) {
        chip = IsZero::configure(cb, cells, in[0]);
        cb.require_equal("claimed out", in[1], chip.out);
      },
      [&chip, values, claims, inverses](plonk::Region& region, size_t r, const auto& in) {
        region.assign_advice(in[0], r, values[r]);
        region.assign_advice(in[1], r, claims[r]);
        chip.assign(region, r, values[r]);
        if (!inverses.empty()) chip.inverse.assign(region, r, inverses[r]);
      });
}

TEST(IsZero, out_is_one_exactly_on_zero) {
  IsZero chip;
  auto c = is_zero_circuit(chip, {Fr::zero(), Fr::from_u64(5), -Fr::one()}, {Fr::one(), Fr::zero(), Fr::zero()});
  EXPECT_TRUE(mock(c).empty());
}

TEST(IsZero, rejects_claiming_zero_for_a_nonzero_value) {
  IsZero chip;
  // out = 1 for value 7 needs value · inverse = 0, so inverse = 0; then value · out = 7 ≠ 0.
  auto c = is_zero_circuit(chip, {Fr::from_u64(7)}, {Fr::one()}, {Fr::zero()});
  EXPECT_TRUE(fails_at(mock(c), "is_zero: value · out = 0"));
}

TEST(IsZero, rejects_claiming_nonzero_for_zero) {
  IsZero chip;
  auto c = is_zero_circuit(chip, {Fr::zero()}, {Fr::zero()});
  EXPECT_TRUE(fails_at(mock(c), "claimed out"));
}

TEST(IsEqual, compares_two_values) {
  IsEqual chip;
  std::vector<std::array<uint64_t, 3>> cases = {{3, 3, 1}, {3, 4, 0}, {0, 0, 1}};
  ChipCircuit c(
      3, cases.size(),
      [&](ConstraintBuilder& cb, CellSource& cells, const std::vector<Expression>& in) {
        chip = IsEqual::configure(cb, cells, in[0], in[1]);
        cb.require_equal("claimed out", in[2], chip.out);
      },
      [&](plonk::Region& region, size_t r, const auto& in) {
        for (int i = 0; i < 3; ++i) region.assign_advice(in[i], r, Fr::from_u64(cases[r][i]));
        chip.assign(region, r, Fr::from_u64(cases[r][0]), Fr::from_u64(cases[r][1]));
        if (cases[r][2] == 1 && cases[r][0] != cases[r][1]) chip.is_zero.inverse.assign(region, r, Fr::zero());
      });
  EXPECT_TRUE(mock(c).empty());
  cases[1][2] = 1;  // claim 3 == 4 (out = 1 needs a zero inverse)
  EXPECT_TRUE(fails_at(mock(c), "is_equal: value · out = 0"));
}

TEST(IsZeroWord, needs_both_limbs_zero) {
  IsZeroWord chip;
  std::vector<evm::U256> words = {evm::U256(), evm::U256(0, 0, 1, 0), evm::U256(1)};
  std::vector<uint64_t> claims = {1, 0, 0};
  ChipCircuit c(
      3, words.size(),
      [&](ConstraintBuilder& cb, CellSource& cells, const std::vector<Expression>& in) {
        chip = IsZeroWord::configure(cb, cells, Word{in[0], in[1]});
        cb.require_equal("claimed out", in[2], chip.out);
      },
      [&](plonk::Region& region, size_t r, const auto& in) {
        region.assign_advice(in[0], r, word_hi(words[r]));
        region.assign_advice(in[1], r, word_lo(words[r]));
        region.assign_advice(in[2], r, Fr::from_u64(claims[r]));
        chip.assign(region, r, words[r]);
      });
  EXPECT_TRUE(mock(c).empty());
  claims[1] = 1;
  EXPECT_FALSE(mock(c).empty());
}

}  // namespace
}  // namespace zkevm::circuits::gadgets::test
