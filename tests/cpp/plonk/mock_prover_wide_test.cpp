// MockProver on a wide circuit (40 advice, 10 fixed columns, degree-4 gates,
// a lookup, copies): satisfied as built, and one tampered cell among 2^k × 50
// is found with the right gate and row. The 2^18-row case is a Slow test.
#include <gtest/gtest.h>

#include <chrono>

#include "cpp/plonk/mock_prover.hpp"
#include "wide_circuit.hpp"

namespace zkevm::plonk {
namespace {

void check_wide(uint32_t k) {
  test::WideCircuit circuit;
  auto cs = std::make_shared<ConstraintSystem>();
  circuit.configure(*cs);
  Assignment asg(*cs, k);
  circuit.synthesize(asg);
  const auto start = std::chrono::steady_clock::now();
  auto failures = MockProver(*cs, asg).verify();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_TRUE(failures.empty()) << summarize(failures);
  std::printf("k = %u, %zu columns: MockProver.verify %.3f s\n", k,
              cs->num_advice_columns() + cs->num_fixed_columns(), seconds);

  // Tamper with one product cell and one lookup input.
  const size_t row = asg.usable_rows() / 2 + 3;
  Assignment& mutable_asg = asg;
  mutable_asg.assign(circuit.w[7], row, asg.value(circuit.w[7].any(), row) + Fr::one());
  mutable_asg.assign(circuit.w[0], row + 1, Fr::from_u64(256));
  mutable_asg.assign(circuit.w[4], row + 1, Fr::from_u64(256));
  failures = MockProver(*cs, asg).verify();
  // w0 at row + 1 breaks gate 0 and the lookup there; w4 (its copy, an input of
  // gate 1) breaks gate 1 at row + 1; w7 = w4 w5 w6 + f1 breaks gate 1 at row.
  ASSERT_EQ(failures.size(), 4u) << summarize(failures);
  EXPECT_EQ(failures[0].gate, "mul0");
  EXPECT_EQ(failures[0].row, row + 1);
  EXPECT_EQ(failures[1].gate, "mul1");
  EXPECT_EQ(failures[1].row, row);
  EXPECT_EQ(failures[2].gate, "mul1");
  EXPECT_EQ(failures[2].row, row + 1);
  EXPECT_EQ(failures[3].kind, FailureKind::LookupInputMissing);
  EXPECT_EQ(failures[3].row, row + 1);
  EXPECT_EQ(failures[3].cells[0].value, Fr::from_u64(256));
}

TEST(MockProverWide, wide_circuit_k12_is_satisfied_and_tampering_is_found) { check_wide(12); }

TEST(MockProverWideSlow, wide_circuit_k18_is_satisfied_and_tampering_is_found) { check_wide(18); }

}  // namespace
}  // namespace zkevm::plonk
