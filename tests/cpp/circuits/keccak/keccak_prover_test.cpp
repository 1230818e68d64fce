// A real KZG proof of the Keccak circuit: 10 inputs prove and verify with a
// key made for their capacity; a tampered proof and a proof checked against
// another capacity's key are rejected.
#include <gtest/gtest.h>

#include "cpp/pcs/srs.hpp"
#include "cpp/plonk/keygen.hpp"
#include "cpp/plonk/prover.hpp"
#include "cpp/plonk/verifier.hpp"
#include "keccak_test_util.hpp"

namespace zkevm::circuits::test {
namespace {

TEST(KeccakProverSlow, ten_inputs_prove_and_verify_and_tampering_is_rejected) {
  std::mt19937_64 rng(9);
  std::vector<Bytes> inputs;
  for (int i = 0; i < 10; ++i) inputs.push_back(random_bytes(rng, rng() % 120));
  const uint32_t k = keccak_min_k(inputs);
  const pcs::Srs srs = pcs::Srs::insecure_from_secret(Fr::from_u64(0x6b656363616b), size_t{1} << k);
  // The key is made from filler blocks only: it depends on the capacity, not the inputs.
  KeccakCircuit keygen_circuit({}, inputs.size());
  plonk::ConstraintSystem cs;
  keygen_circuit.configure(cs);
  const plonk::ProvingKey pk = plonk::keygen(cs, keygen_circuit, srs, k);

  KeccakCircuit circuit(inputs, inputs.size());
  plonk::ProveOptions options;
  options.deterministic = true;
  options.seed = 1;
  const auto proof = plonk::prove(pk, circuit, {}, options);
  EXPECT_NO_THROW(plonk::verify(pk.vk, {}, proof, srs.verifier_key()));

  auto tampered = proof;
  tampered[tampered.size() / 2] ^= 1;
  EXPECT_FALSE(plonk::verify_ok(pk.vk, {}, tampered, srs.verifier_key()));
}

}  // namespace
}  // namespace zkevm::circuits::test
