// Words: byte decomposition, AddWords and MulAddWords agree with U256
// arithmetic (the EVM's), including wrap-around, and reject a wrong result.
#include <random>

#include <gtest/gtest.h>

#include "circuits/gadgets/add_words.hpp"
#include "circuits/gadgets/mul_add_words.hpp"
#include "tests/cpp/circuits/gadgets/chip_circuit.hpp"

namespace zkevm::circuits::gadgets::test {
namespace {

using evm::U256;

U256 random_word(std::mt19937_64& rng) { return U256(rng(), rng(), rng(), rng()); }

void assign_word(plonk::Region& region, size_t r, plonk::Column<plonk::Advice> hi, plonk::Column<plonk::Advice> lo,
                 const U256& v) {
  region.assign_advice(hi, r, word_hi(v));
  region.assign_advice(lo, r, word_lo(v));
}

TEST(WordBytes, limbs_equal_the_bytes) {
  WordBytes chip;
  std::vector<U256> words = {U256(), U256::max(), U256(0x0123456789abcdefULL, 1, 2, 0x8000000000000000ULL)};
  bool forge = false;
  ChipCircuit c(
      2, words.size(),
      [&](ConstraintBuilder& cb, CellSource& cells, const std::vector<Expression>& in) {
        chip = WordBytes::configure(cells);
        chip.require_word(cb, Word{in[0], in[1]}, "word");
      },
      [&](plonk::Region& region, size_t r, const auto& in) {
        assign_word(region, r, in[0], in[1], words[r]);
        chip.assign(region, r, words[r]);
        if (forge && r == 2) chip.bytes[3].assign(region, r, Fr::from_u64(7));
      });
  EXPECT_TRUE(mock(c).empty());
  forge = true;
  EXPECT_TRUE(fails_at(mock(c), "word: hi limb = bytes 0..15"));
}

// in: a_hi a_lo b_hi b_lo c_hi c_lo overflow; constrains the chip's result to (c, overflow).
struct BinaryCase {
  U256 a, b, c;
  bool overflow;
};

TEST(AddWords, matches_u256_addition_with_overflow) {
  std::mt19937_64 rng(7);
  std::vector<BinaryCase> cases;
  auto add = [&](U256 a, U256 b) { cases.push_back({a, b, a + b, a + b < a}); };
  add(U256(1), U256(2));
  add(U256::max(), U256(1));                          // wraps to 0, overflow
  add(U256(~0ULL, ~0ULL, 0, 0), U256(1));             // carry across the limbs
  for (int i = 0; i < 5; ++i) add(random_word(rng), random_word(rng));
  AddWords chip;
  int forge = -1;
  ChipCircuit circuit(
      7, cases.size(),
      [&](ConstraintBuilder& cb, CellSource& cells, const std::vector<Expression>& in) {
        chip = AddWords::configure(cb, cells, Word{in[0], in[1]}, Word{in[2], in[3]});
        cb.require_equal("result hi", in[4], chip.out.hi);
        cb.require_equal("result lo", in[5], chip.out.lo);
        cb.require_equal("result overflow", in[6], chip.overflow);
      },
      [&](plonk::Region& region, size_t r, const auto& in) {
        const auto& k = cases[r];
        U256 claimed = k.c;
        if (forge == static_cast<int>(r)) claimed = claimed + U256(1);
        assign_word(region, r, in[0], in[1], k.a);
        assign_word(region, r, in[2], in[3], k.b);
        assign_word(region, r, in[4], in[5], claimed);
        region.assign_advice(in[6], r, Fr::from_u64(k.overflow));
        chip.assign(region, r, k.a, k.b);
        if (forge == static_cast<int>(r)) chip.sum.assign(region, r, claimed);
      });
  EXPECT_TRUE(mock(circuit).empty());
  forge = 3;  // a + b + 1 cannot satisfy the limb sums with boolean carries
  EXPECT_TRUE(fails_at(mock(circuit), "add: lo limb sum"));
}

TEST(MulAddWords, matches_u256_multiply_add) {
  std::mt19937_64 rng(11);
  std::vector<std::array<U256, 3>> cases = {{U256(3), U256(5), U256(7)},
                                            {U256::max(), U256::max(), U256::max()},
                                            {U256(0, 0, 0, 1ULL << 63), U256(2), U256()}};
  for (int i = 0; i < 4; ++i) cases.push_back({random_word(rng), random_word(rng), random_word(rng)});
  MulAddWords chip;
  int forge = -1;
  ChipCircuit circuit(
      8, cases.size(),
      [&](ConstraintBuilder& cb, CellSource& cells, const std::vector<Expression>& in) {
        chip = MulAddWords::configure(cb, cells, Word{in[0], in[1]}, Word{in[2], in[3]}, Word{in[4], in[5]});
        cb.require_equal("result hi", in[6], chip.out.hi);
        cb.require_equal("result lo", in[7], chip.out.lo);
      },
      [&](plonk::Region& region, size_t r, const auto& in) {
        const auto& [a, b, c] = cases[r];
        U256 d = a * b + c;
        assign_word(region, r, in[0], in[1], a);
        assign_word(region, r, in[2], in[3], b);
        assign_word(region, r, in[4], in[5], c);
        chip.assign(region, r, a, b, c);
        if (forge == static_cast<int>(r)) {
          d = d + U256(0, 0, 1, 0);  // off by 2^128
          chip.d.assign(region, r, d);
        }
        assign_word(region, r, in[6], in[7], d);
      });
  EXPECT_TRUE(mock(circuit).empty());
  forge = 1;
  EXPECT_TRUE(fails_at(mock(circuit), "mul_add: hi limb"));
}

}  // namespace
}  // namespace zkevm::circuits::gadgets::test
