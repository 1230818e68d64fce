// A real KZG proof of the State circuit over a real trace verifies; a proof
// made from a witness with one wrong read does not. (Slow: k = 17.)
#include <gtest/gtest.h>

#include <chrono>

#include "cpp/plonk/keygen.hpp"
#include "cpp/plonk/prover.hpp"
#include "cpp/plonk/verifier.hpp"
#include "tests/cpp/circuits/state/state_test_util.hpp"
#include "tests/cpp/circuits/trace_fixture.hpp"

namespace zkevm::circuits::test {
namespace {

TEST(StateProofSlow, proof_of_a_real_trace_verifies_and_a_wrong_read_is_rejected) {
  auto t = load_trace("stExample/add11_yml.json");
  StateCircuit honest = StateCircuit::from_ops(t->tracer.rw_ops());
  uint32_t k = honest.minimum_k();
  plonk::ConstraintSystem cs;
  honest.configure(cs);
  const pcs::Srs srs = pcs::Srs::insecure_from_secret(Fr::from_u64(0x5747e), size_t{1} << k);

  auto start = std::chrono::steady_clock::now();
  plonk::ProvingKey pk = plonk::keygen(cs, honest, srs, k);
  auto keyed = std::chrono::steady_clock::now();
  std::vector<uint8_t> proof = plonk::prove(pk, honest, {});
  auto proved = std::chrono::steady_clock::now();
  EXPECT_NO_THROW(plonk::verify(pk.vk, {}, proof, srs.verifier_key()));
  std::printf("state circuit k=%u: keygen %.1f s, prove %.1f s, proof %zu bytes\n", k,
              std::chrono::duration<double>(keyed - start).count(),
              std::chrono::duration<double>(proved - keyed).count(), proof.size());

  // The same circuit shape, one stack read changed: gates fail, so the proof must not verify.
  StateCircuit lying = StateCircuit::from_ops(t->tracer.rw_ops());
  lying.edit_rows = [](std::vector<RwRow>& rows) {
    long i = find_row(rows, [&](size_t j) { return rows[j].tag == evm::RwTag::Stack && !rows[j].is_write; });
    rows[i].value = rows[i].value + evm::U256(1);
  };
  ASSERT_FALSE(mock_state(lying).empty());
  plonk::ConstraintSystem cs2;
  lying.configure(cs2);
  std::vector<uint8_t> bad = plonk::prove(pk, lying, {});
  EXPECT_FALSE(plonk::verify_ok(pk.vk, {}, bad, srs.verifier_key()));
}

}  // namespace
}  // namespace zkevm::circuits::test
