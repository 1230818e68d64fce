// A real KZG proof of the EVM circuit on add11's trace verifies; a proof of a
// witness with one wrong gas value does not.
#include <gtest/gtest.h>

#include "cpp/pcs/srs.hpp"
#include "cpp/plonk/keygen.hpp"
#include "cpp/plonk/prover.hpp"
#include "cpp/plonk/verifier.hpp"
#include "tests/cpp/circuits/evm/evm_test_util.hpp"

namespace zkevm::circuits::evm_circuit::test {
namespace {

TEST(EvmProofSlow, add11_proof_verifies_and_a_tampered_one_does_not) {
  EvmCircuit circuit(trace_of("stExample/add11_yml.json"));
  const uint32_t k = circuit.minimum_k();
  const pcs::Srs srs = pcs::Srs::insecure_from_secret(Fr::from_u64(0x5eed1234), size_t{1} << k);
  plonk::ConstraintSystem cs;
  circuit.configure(cs);
  const plonk::ProvingKey pk = plonk::keygen(cs, circuit, srs, k);
  plonk::ProveOptions options;
  options.deterministic = true;
  const auto proof = plonk::prove(pk, circuit, {}, options);
  EXPECT_TRUE(plonk::verify_ok(pk.vk, {}, proof, srs.verifier_key()));

  // The GAS-free lie: ADD charges 2 instead of 3 (a gate failure, so a proof exists and must not verify).
  const int add = find_step(circuit.witness(), ExecutionState::AddSub);
  ASSERT_GE(add, 0);
  circuit.tamper = [&](plonk::Assignment& a, const EvmConfig& c) {
    const size_t row = c.step_rows(circuit.witness())[static_cast<size_t>(add) + 1];
    a.assign(c.columns().step.gas_left, row, a.value(c.columns().step.gas_left, row) + Fr::one());
  };
  const auto bad = plonk::prove(pk, circuit, {}, options);
  EXPECT_FALSE(plonk::verify_ok(pk.vk, {}, bad, srs.verifier_key()));
}

}  // namespace
}  // namespace zkevm::circuits::evm_circuit::test
