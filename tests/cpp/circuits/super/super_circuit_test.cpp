// The SuperCircuit on real state tests: every sub-circuit's constraints hold
// together, the public inputs are bound, and a changed public input fails.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "circuits/super/super_circuit.hpp"
#include "cpp/evm/state_test.hpp"
#include "cpp/plonk/mock_prover.hpp"

namespace zkevm::circuits {
namespace {

SuperTrace load(const std::string& relative, size_t case_index = 0) {
  const char* root = std::getenv("ZKEVM_TEST_DATA");
  const std::string path = std::string(root ? root : "tests/data") + "/ethtests/GeneralStateTests/" + relative;
  return evm_circuit::trace_state_test_case(evm::load_state_test(path).at(case_index));
}

std::vector<plonk::Failure> mock(SuperCircuit& c) { return plonk::MockProver::run(c, c.minimum_k()).verify(); }

TEST(SuperCircuit, add11_satisfies_every_sub_circuit) {
  SuperCircuit c(load("stExample/add11_yml.json"));
  EXPECT_EQ(c.minimum_k(), 12u);  // the Keccak and u11 tables
  auto failures = mock(c);
  EXPECT_TRUE(failures.empty()) << plonk::summarize(failures);
}

TEST(SuperCircuit, changed_public_input_breaks_the_copy_to_the_block_table) {
  SuperCircuit c(load("stExample/add11_yml.json"));
  const std::vector<Fr> pis = c.public_inputs();
  ASSERT_GT(pis.size(), 1u);
  c.tamper = [&](plonk::Assignment& a, const SuperConfig& config) {
    a.assign(config.public_inputs, 1, pis[1] + Fr::one());
  };
  auto failures = mock(c);
  ASSERT_EQ(failures.size(), 1u) << plonk::summarize(failures);
  EXPECT_EQ(failures.front().kind, plonk::FailureKind::CopyMismatch);
}

}  // namespace
}  // namespace zkevm::circuits
