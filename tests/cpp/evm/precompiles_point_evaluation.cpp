// Point evaluation (0x0a, EIP-4844) around an installed KZG verifier: gas,
// input length, the versioned-hash check, the fixed output, and how the
// verifier's answers map to results. The KZG check itself is c-kzg-4844's,
// exercised with the real library in tests/python.
#include <gtest/gtest.h>

#include "cpp/evm/precompiles/kzg_backend.hpp"
#include "cpp/evm/precompiles/sha256.hpp"
#include "cpp/util/error.hpp"
#include "evm/precompile_test_util.hpp"

namespace zkevm::evm {
namespace {

using test::to_hex;

// A stand-in for c-kzg's verify_kzg_proof that records its arguments and
// answers as told, so each branch of the precompile can be reached.
struct FakeKzg {
  int status = 0;
  bool ok = true;
  int calls = 0;
  std::vector<uint8_t> seen;  // commitment || z || y || proof as received
};
FakeKzg fake;

int fake_verify(bool* ok, const uint8_t* commitment, const uint8_t* z, const uint8_t* y, const uint8_t* proof, const void* settings) {
  ++fake.calls;
  EXPECT_EQ(settings, &fake);
  fake.seen.assign(commitment, commitment + 48);
  fake.seen.insert(fake.seen.end(), z, z + 32);
  fake.seen.insert(fake.seen.end(), y, y + 32);
  fake.seen.insert(fake.seen.end(), proof, proof + 48);
  *ok = fake.ok;
  return fake.status;
}

class PrecompilePointEvaluation : public ::testing::Test {
 protected:
  void SetUp() override {
    fake = FakeKzg{};
    install_kzg_verifier(fake_verify, &fake, "fake verifier for tests");
  }
  void TearDown() override { clear_kzg_verifier(); }

  // An input whose versioned hash matches its commitment.
  static std::vector<uint8_t> valid_input() {
    std::vector<uint8_t> input(192);
    for (std::size_t i = 32; i < 192; ++i) input[i] = static_cast<uint8_t>(i * 7);
    auto hash = precompiles::sha256(std::span<const uint8_t>(input.data() + 96, 48));
    hash[0] = 0x01;
    std::copy(hash.begin(), hash.end(), input.begin());
    return input;
  }
};

TEST_F(PrecompilePointEvaluation, accepted_proof_returns_blob_size_and_bls_modulus) {
  const auto input = valid_input();
  const auto result = run_precompile(10, input, 60000);
  ASSERT_EQ(result.status, PrecompileStatus::Success) << result.reason;
  EXPECT_EQ(result.gas_used, 50000u);
  EXPECT_EQ(to_hex(result.output),
            "0000000000000000000000000000000000000000000000000000000000001000"
            "73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001");
  // The verifier saw commitment, z, y and proof from their EIP-4844 offsets.
  std::vector<uint8_t> expected(input.begin() + 96, input.begin() + 144);
  expected.insert(expected.end(), input.begin() + 32, input.begin() + 96);
  expected.insert(expected.end(), input.begin() + 144, input.end());
  EXPECT_EQ(fake.seen, expected);
  EXPECT_EQ(kzg_verifier_description(), "fake verifier for tests");
}

TEST_F(PrecompilePointEvaluation, rejected_proof_fails_with_all_gas) {
  fake.ok = false;
  const auto result = run_precompile(10, valid_input(), 60000);
  EXPECT_EQ(result.status, PrecompileStatus::Failure);
  EXPECT_EQ(result.gas_used, 60000u);
  EXPECT_TRUE(result.output.empty());
}

TEST_F(PrecompilePointEvaluation, malformed_point_or_scalar_reported_by_ckzg_fails) {
  fake.status = 1;  // C_KZG_BADARGS
  fake.ok = true;
  const auto result = run_precompile(10, valid_input(), 60000);
  EXPECT_EQ(result.status, PrecompileStatus::Failure);
  EXPECT_EQ(result.gas_used, 60000u);
}

TEST_F(PrecompilePointEvaluation, versioned_hash_must_match_commitment) {
  auto input = valid_input();
  input[0] = 0x02;  // wrong version byte
  EXPECT_EQ(run_precompile(10, input, 60000).status, PrecompileStatus::Failure);
  input = valid_input();
  input[31] ^= 1;
  EXPECT_EQ(run_precompile(10, input, 60000).status, PrecompileStatus::Failure);
  input = valid_input();
  input[100] ^= 1;  // the commitment no longer hashes to the versioned hash
  EXPECT_EQ(run_precompile(10, input, 60000).status, PrecompileStatus::Failure);
  EXPECT_EQ(fake.calls, 0);
}

TEST_F(PrecompilePointEvaluation, input_must_be_exactly_192_bytes) {
  auto input = valid_input();
  input.push_back(0);
  EXPECT_EQ(run_precompile(10, input, 60000).status, PrecompileStatus::Failure);
  input.resize(191);
  EXPECT_EQ(run_precompile(10, input, 60000).status, PrecompileStatus::Failure);
  EXPECT_EQ(run_precompile(10, {}, 60000).status, PrecompileStatus::Failure);
  EXPECT_EQ(fake.calls, 0);
}

TEST_F(PrecompilePointEvaluation, needs_50000_gas) {
  const auto result = run_precompile(10, valid_input(), 49999);
  EXPECT_EQ(result.status, PrecompileStatus::Failure);
  EXPECT_EQ(result.gas_used, 49999u);
  EXPECT_EQ(fake.calls, 0);
}

TEST(PrecompilePointEvaluationBackend, without_a_verifier_it_is_unsupported) {
  clear_kzg_verifier();
  const auto result = run_precompile(10, std::vector<uint8_t>(192, 0), 100000);
  EXPECT_EQ(result.status, PrecompileStatus::Unsupported);
  EXPECT_NE(result.reason.find("c-kzg"), std::string::npos);
  EXPECT_EQ(kzg_verifier_description(), "");
}

TEST(PrecompilePointEvaluationBackend, installing_null_is_an_input_error) {
  EXPECT_THROW(install_kzg_verifier(nullptr, &fake, "x"), InputError);
  EXPECT_THROW(install_kzg_verifier(fake_verify, nullptr, "x"), InputError);
}

}  // namespace
}  // namespace zkevm::evm
