// A real KZG proof of the Bytecode circuit over a real trace's codes
// verifies; a proof made from a witness with a wrong RLC step does not.
#include <gtest/gtest.h>

#include "circuits/bytecode/circuit.hpp"
#include "cpp/plonk/keygen.hpp"
#include "cpp/plonk/mock_prover.hpp"
#include "cpp/plonk/prover.hpp"
#include "cpp/plonk/verifier.hpp"
#include "tests/cpp/circuits/trace_fixture.hpp"

namespace zkevm::circuits::test {
namespace {

using bytecode::BytecodeCircuit;

TEST(BytecodeProof, proof_of_real_codes_verifies_and_a_tampered_witness_is_rejected) {
  auto t = load_trace("VMTests/vmIOandFlowOperations/jump.json");
  BytecodeCircuit honest(t->input.bytecodes);
  uint32_t k = honest.minimum_k();
  plonk::ConstraintSystem cs;
  honest.configure(cs);
  const pcs::Srs srs = pcs::Srs::insecure_from_secret(Fr::from_u64(0xb17ec0de), size_t{1} << k);
  plonk::ProvingKey pk = plonk::keygen(cs, honest, srs, k);
  std::vector<uint8_t> proof = plonk::prove(pk, honest, {});
  EXPECT_NO_THROW(plonk::verify(pk.vk, {}, proof, srs.verifier_key()));

  BytecodeCircuit lying(t->input.bytecodes);
  lying.tamper_phase1 = [](plonk::Assignment& a, const bytecode::BytecodeConfig& cfg) {
    a.assign(cfg.value_rlc, 3, a.value(cfg.value_rlc, 3) + Fr::one());
  };
  ASSERT_FALSE(plonk::MockProver::run(lying, k).verify().empty());
  std::vector<uint8_t> bad = plonk::prove(pk, lying, {});
  EXPECT_FALSE(plonk::verify_ok(pk.vk, {}, bad, srs.verifier_key()));
}

}  // namespace
}  // namespace zkevm::circuits::test
