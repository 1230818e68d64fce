// Gas chips: ConstantGas refuses to go below zero; MemoryExpansion's words and
// cost match the yellow paper's C_mem.
#include "circuits/gadgets/gas.hpp"

#include <gtest/gtest.h>

#include "tests/cpp/circuits/gadgets/chip_circuit.hpp"

namespace zkevm::circuits::gadgets::test {
namespace {

TEST(ConstantGas, subtracts_the_cost) {
  ConstantGas chip;
  std::vector<std::array<uint64_t, 2>> cases = {{21000, 3}, {3, 3}, {~0ULL, 5}};
  bool underflow = false;
  ChipCircuit c(
      3, cases.size(),
      [&](ConstraintBuilder& cb, CellSource& cells, const std::vector<Expression>& in) {
        chip = ConstantGas::configure(cb, cells, in[0], in[1]);
        cb.require_equal("claimed gas_left", in[2], chip.next);
      },
      [&](plonk::Region& region, size_t r, const auto& in) {
        auto [gas, cost] = cases[r];
        if (underflow && r == 1) cost = 4;  // 3 − 4 wraps; claim gas_left = 2^64 − 1 (as the u64 does)
        region.assign_advice(in[0], r, Fr::from_u64(gas));
        region.assign_advice(in[1], r, Fr::from_u64(cost));
        region.assign_advice(in[2], r, Fr::from_u64(gas - cost));
        chip.assign(region, r, gas - cost);
      });
  EXPECT_TRUE(mock(c).empty());
  underflow = true;
  EXPECT_TRUE(fails_at(mock(c), "gas: gas_left − cost fits 8 bytes"));
}

uint64_t memory_cost(uint64_t words) { return 3 * words + words * words / 512; }

TEST(MemoryExpansion, matches_the_yellow_paper) {
  MemoryExpansion chip;
  // (current words, end of access)
  std::vector<std::array<uint64_t, 2>> cases = {{0, 32}, {0, 1}, {1, 32}, {1, 33}, {3, 0}, {10, 1024 * 32 + 5},
                                                {700, 32 * 800}, {0, 0}};
  int forge = -1;
  ChipCircuit c(
      4, cases.size(),
      [&](ConstraintBuilder& cb, CellSource& cells, const std::vector<Expression>& in) {
        chip = MemoryExpansion::configure(cb, cells, in[0], in[1]);
        cb.require_equal("claimed words", in[2], chip.next);
        cb.require_equal("claimed cost", in[3], chip.cost);
      },
      [&](plonk::Region& region, size_t r, const auto& in) {
        auto [cur, end] = cases[r];
        const uint64_t next = std::max(cur, (end + 31) / 32);
        uint64_t cost = memory_cost(next) - memory_cost(cur);
        if (forge == static_cast<int>(r)) cost -= 1;
        region.assign_advice(in[0], r, Fr::from_u64(cur));
        region.assign_advice(in[1], r, Fr::from_u64(end));
        region.assign_advice(in[2], r, Fr::from_u64(next));
        region.assign_advice(in[3], r, Fr::from_u64(cost));
        auto [w, g] = chip.assign(region, r, cur, end);
        EXPECT_EQ(w, next);
        EXPECT_EQ(g, memory_cost(next) - memory_cost(cur));
      });
  EXPECT_TRUE(mock(c).empty());
  forge = 6;
  EXPECT_TRUE(fails_at(mock(c), "claimed cost"));
}

TEST(MemoryExpansion, rejects_a_wrong_word_count) {
  MemoryExpansion chip;
  ChipCircuit c(
      2, 1,
      [&](ConstraintBuilder& cb, CellSource& cells, const std::vector<Expression>& in) {
        chip = MemoryExpansion::configure(cb, cells, in[0], in[1]);
      },
      [&](plonk::Region& region, size_t r, const auto& in) {
        region.assign_advice(in[0], r, Fr::zero());
        region.assign_advice(in[1], r, Fr::from_u64(64));
        chip.assign(region, r, 0, 64);
        chip.end_words.assign(region, r, Fr::from_u64(1));  // ceil(64 / 32) is 2
      });
  EXPECT_TRUE(fails_at(mock(c), "memory: end + 31 = 32 end_words + rem"));
}

}  // namespace
}  // namespace zkevm::circuits::gadgets::test
