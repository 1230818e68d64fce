// ecrecover (0x01): go-ethereum's published vectors (core/vm/testdata/precompiles/ecRecover.json)
// and the validity rules for v, r and s.
#include <gtest/gtest.h>

#include "evm/precompile_test_util.hpp"

namespace zkevm::evm {
namespace {

using test::from_hex;
using test::run_hex;
using test::to_hex;

const std::string kHash = "18c547e4f7b0f325ad1e56f57e26c745b09a3e503d86e00e5255ff7f715d3d1c";
const std::string kV28 = "000000000000000000000000000000000000000000000000000000000000001c";
const std::string kV27 = "000000000000000000000000000000000000000000000000000000000000001b";
const std::string kR = "73b1693892219d736caba55bdb67216e485557ea6b6af75f37096c9aa6a5a75f";
const std::string kS = "eeb940b1d03b21e36b0e47e79769f095fe2ab855bd91e3a38756b7d75a9c4549";  // a high s
const std::string kSigner = "000000000000000000000000a94f5374fce5edbc8e2a8697c15331677e6ebf0b";
const std::string kGroupOrder = "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141";

// Expects a successful 3000-gas call with empty output: an invalid signature.
void expect_no_address(const std::string& input_hex) {
  const auto result = run_hex(1, input_hex, 5000);
  EXPECT_EQ(result.status, PrecompileStatus::Success) << input_hex;
  EXPECT_EQ(result.gas_used, 3000u);
  EXPECT_TRUE(result.output.empty()) << to_hex(result.output);
}

TEST(PrecompileEcrecover, recovers_signer_of_valid_key_vector) {
  const auto result = run_hex(1, kHash + kV28 + kR + kS, 3000);
  ASSERT_EQ(result.status, PrecompileStatus::Success);
  EXPECT_EQ(result.gas_used, 3000u);
  EXPECT_EQ(to_hex(result.output), kSigner);
}

// (r, n - s) with the other parity is the same signature's twin; the
// precompile has no low-s rule, so both recover the signer.
TEST(PrecompileEcrecover, accepts_the_malleable_low_s_twin) {
  const std::string low_s = "1146bf4e2fc4de1c94f1b81868960f68bc842490f1b6bc98387ba6b57599fbf8";
  EXPECT_EQ(to_hex(run_hex(1, kHash + kV27 + kR + low_s, 3000).output), kSigner);
  // With the wrong parity the recovered key differs.
  const auto other = run_hex(1, kHash + kV27 + kR + kS, 3000);
  ASSERT_EQ(other.status, PrecompileStatus::Success);
  EXPECT_NE(to_hex(other.output), kSigner);
}

TEST(PrecompileEcrecover, unrecoverable_key_vector_gives_empty_output) {
  expect_no_address(
      "a8b53bdf3306a35a7103ab5504a0c9b492295564b6202b1942a84ef300107281000000000000000000000000000000000000000000000000000000000000001b"
      "307835653165303366353363653138623737326363623030393366663731663366353366356337356237346463623331613835616138623838393262346538"
      "621122334455667788991011121314151617181920212223242526272829303132");
}

TEST(PrecompileEcrecover, rejects_v_with_high_bits_or_other_values) {
  expect_no_address(kHash + "100000000000000000000000000000000000000000000000000000000000001c" + kR + kS);
  expect_no_address(kHash + "000000000000000000000000000000000000001000000000000000000000001c" + kR + kS);
  expect_no_address(kHash + "000000000000000000000000000000000000001000000000000000000000011c" + kR + kS);
  for (const char* v : {"00", "01", "1a", "1d", "25", "26"}) {
    expect_no_address(kHash + std::string(62, '0') + v + kR + kS);
  }
}

TEST(PrecompileEcrecover, rejects_r_or_s_outside_one_to_n) {
  const std::string zero(64, '0');
  const std::string n_minus_1 = "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364140";
  expect_no_address(kHash + kV28 + zero + kS);
  expect_no_address(kHash + kV28 + kR + zero);
  expect_no_address(kHash + kV28 + kGroupOrder + kS);
  expect_no_address(kHash + kV28 + kR + kGroupOrder);
  expect_no_address(kHash + kV28 + kR + std::string(64, 'f'));
  // s = n - 1 is in range: some key is recovered.
  EXPECT_EQ(run_hex(1, kHash + kV28 + kR + n_minus_1, 3000).output.size(), 32u);
}

// The input is read as exactly 128 bytes: extra bytes are ignored, missing ones are zero.
TEST(PrecompileEcrecover, input_is_truncated_or_zero_padded_to_128_bytes) {
  EXPECT_EQ(to_hex(run_hex(1, kHash + kV28 + kR + kS + "deadbeef", 3000).output), kSigner);
  // Dropping trailing zero bytes of s changes nothing when they are zero.
  const std::string s_with_zero_tail = kS.substr(0, 60) + "0000";
  const auto full = run_hex(1, kHash + kV28 + kR + s_with_zero_tail, 3000);
  const auto cut = run_hex(1, kHash + kV28 + kR + kS.substr(0, 60), 3000);
  EXPECT_EQ(full.output, cut.output);
  EXPECT_EQ(full.output.size(), 32u);
  // Short inputs leave r or s zero: no address, but gas is charged.
  expect_no_address("");
  expect_no_address(kHash + kV28);
}

TEST(PrecompileEcrecover, needs_3000_gas) {
  const auto result = run_hex(1, kHash + kV28 + kR + kS, 2999);
  EXPECT_EQ(result.status, PrecompileStatus::Failure);
  EXPECT_EQ(result.gas_used, 2999u);
  EXPECT_TRUE(result.output.empty());
  EXPECT_EQ(run_hex(1, "", 0).status, PrecompileStatus::Failure);
}

}  // namespace
}  // namespace zkevm::evm
