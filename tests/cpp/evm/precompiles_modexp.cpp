// modexp (0x05, EIP-198 with EIP-2565 gas): the EIP examples and go-ethereum's
// published nagydani vectors (core/vm/testdata/precompiles/modexp_eip2565.json),
// zero padding, a zero modulus and lengths no gas limit can pay for.
#include <gtest/gtest.h>

#include <limits>

#include "evm/precompile_test_util.hpp"

namespace zkevm::evm {
namespace {

using test::from_hex;
using test::run_hex;
using test::to_hex;

// A 32-byte big-endian length word.
std::string length_word(uint64_t n) {
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(n));
  return std::string(48, '0') + buffer;
}

std::string modexp_input(const std::string& base, const std::string& exponent, const std::string& modulus) {
  return length_word(base.size() / 2) + length_word(exponent.size() / 2) + length_word(modulus.size() / 2) + base + exponent + modulus;
}

const std::string kSecp256k1P = "fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f";
const std::string kSecp256k1PMinus1 = "fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2e";

struct Vector {
  std::string name;
  std::string input;
  std::string expected;
  uint64_t gas;
};

void expect_vector(const Vector& v) {
  const auto result = run_hex(5, v.input, v.gas);
  ASSERT_EQ(result.status, PrecompileStatus::Success) << v.name << ": " << result.reason;
  EXPECT_EQ(to_hex(result.output), v.expected) << v.name;
  EXPECT_EQ(result.gas_used, v.gas) << v.name;
  const auto short_result = run_hex(5, v.input, v.gas - 1);
  EXPECT_EQ(short_result.status, PrecompileStatus::Failure) << v.name;
  EXPECT_EQ(short_result.gas_used, v.gas - 1) << v.name;
}

// EIP-198's two examples: Fermat's little theorem modulo the secp256k1 prime.
TEST(PrecompileModexp, eip198_examples_with_eip2565_gas) {
  expect_vector({"eip_example1", modexp_input("03", kSecp256k1PMinus1, kSecp256k1P), std::string(63, '0') + "1", 1360});
  expect_vector({"eip_example2", modexp_input("", kSecp256k1PMinus1, kSecp256k1P), std::string(64, '0'), 1360});
}

TEST(PrecompileModexp, nagydani_1_vectors) {
  const std::string base =
      "e09ad9675465c53a109fac66a445c91b292d2bb2c5268addb30cd82f80fcb0033ff97c80a5fc6f39193ae969c6ede6710a6b7ac27078a06d90ef1c72e5c85fb5";
  const std::string modulus =
      "fc9e1f6beb81516545975218075ec2af118cd8798df6e08a147c60fd6095ac2bb02c2908cf4dd7c81f11c289e4bce98f3553768f392a80ce22bf5c4f4a248c6b";
  expect_vector({"nagydani-1-square", modexp_input(base, "02", modulus),
                 "60008f1614cc01dcfb6bfb09c625cf90b47d4468db81b5f8b7a39d42f332eab9b2da8f2d95311648a8f243f4bb13cfb3d8f7f2a3c014122ebb3ed41b02783adc",
                 200});
  expect_vector({"nagydani-1-qube", modexp_input(base, "03", modulus),
                 "4834a46ba565db27903b1c720c9d593e84e4cbd6ad2e64b31885d944f68cd801f92225a8961c952ddf2797fa4701b330c85c4b363798100b921a1a22a46a7fec",
                 200});
  expect_vector({"nagydani-1-pow0x10001", modexp_input(base, "010001", modulus),
                 "c36d804180c35d4426b57b50c5bfcca5c01856d104564cd513b461d3c8b8409128a5573e416d0ebe38f5f736766d9dc27143e4da981dfa4d67f7dc474cbee6d2",
                 341});
}

TEST(PrecompileModexp, empty_input_costs_200_and_returns_nothing) {
  const auto result = run_hex(5, "", 200);
  ASSERT_EQ(result.status, PrecompileStatus::Success);
  EXPECT_TRUE(result.output.empty());
  EXPECT_EQ(result.gas_used, 200u);
  EXPECT_EQ(run_hex(5, "", 199).status, PrecompileStatus::Failure);
}

// Bytes past the end of the input read as zero, also inside the length words.
TEST(PrecompileModexp, missing_bytes_read_as_zero) {
  // base 2, exp 3, mod_len 2 with only the modulus' first byte 0x01: modulus 0x0100.
  const auto result = run_hex(5, length_word(1) + length_word(1) + length_word(2) + "02" + "03" + "01", 1000);
  ASSERT_EQ(result.status, PrecompileStatus::Success);
  EXPECT_EQ(to_hex(result.output), "0008");
  // The mod_len word cut after 31 zero bytes: its missing last byte is zero, so mod_len = 0.
  const auto cut = run_hex(5, length_word(1) + length_word(1) + std::string(62, '0'), 1000);
  ASSERT_EQ(cut.status, PrecompileStatus::Success);
  EXPECT_TRUE(cut.output.empty());
}

TEST(PrecompileModexp, zero_modulus_gives_mod_len_zero_bytes) {
  const auto result = run_hex(5, modexp_input("05", "07", "00000000"), 1000);
  ASSERT_EQ(result.status, PrecompileStatus::Success);
  EXPECT_EQ(to_hex(result.output), "00000000");
  // A modulus of one maps everything to zero; exponent zero gives one.
  EXPECT_EQ(to_hex(run_hex(5, modexp_input("05", "07", "0001"), 1000).output), "0000");
  EXPECT_EQ(to_hex(run_hex(5, modexp_input("00", "00", "0005"), 1000).output), "0001");
  EXPECT_EQ(to_hex(run_hex(5, modexp_input("", "", "05"), 1000).output), "01");
}

TEST(PrecompileModexp, result_is_left_padded_to_mod_len) {
  const auto result = run_hex(5, modexp_input("02", "02", "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000007"), 100000);
  ASSERT_EQ(result.status, PrecompileStatus::Success);
  EXPECT_EQ(result.output.size(), 65u);
  EXPECT_EQ(result.output.back(), 4);
}

// Declared lengths of 2^255 are priced, never allocated: the call runs out of gas.
TEST(PrecompileModexp, huge_declared_lengths_fail_on_gas_without_allocating) {
  const std::string huge = "8" + std::string(63, '0');
  const uint64_t all_gas = std::numeric_limits<uint64_t>::max();
  for (const std::string& input : {huge + length_word(1) + length_word(1), length_word(1) + huge + length_word(1) + "02ff",
                                   length_word(1) + length_word(1) + huge + "0203"}) {
    const auto result = run_hex(5, input, all_gas);
    EXPECT_EQ(result.status, PrecompileStatus::Failure) << input.substr(0, 200);
    EXPECT_EQ(result.gas_used, all_gas);
  }
  // With base_len = mod_len = 0 the multiplication complexity is zero: 200 gas, empty output.
  const auto free_exponent = run_hex(5, length_word(0) + huge + length_word(0), 200);
  EXPECT_EQ(free_exponent.status, PrecompileStatus::Success);
  EXPECT_EQ(free_exponent.gas_used, 200u);
  EXPECT_TRUE(free_exponent.output.empty());
}

// EIP-2565's adjusted exponent length: for exp_len > 32, 8 * (exp_len - 32) plus
// the bit position of the highest set bit among the first 32 bytes.
TEST(PrecompileModexp, gas_counts_adjusted_exponent_length) {
  // base_len = mod_len = 1: complexity 1; exp_len = 64 with a first byte of 0x01:
  // adjusted = 8 * 32 + 255 = 511 -> 511 / 3 = 170 -> 200 minimum.
  const std::string exponent = "01" + std::string(126, '0');
  EXPECT_EQ(run_hex(5, modexp_input("02", exponent, "03"), 1000).gas_used, 200u);
  // base_len = mod_len = 64: complexity 64; exp_len = 40 with first byte 0x80: adjusted = 64 + 255 = 319.
  const std::string exponent40 = "80" + std::string(78, '0');
  const std::string number(128, '1');
  EXPECT_EQ(run_hex(5, modexp_input(number, exponent40, number), 100000).gas_used, 64u * 319 / 3);
  // The exponent's head is read from the padded input: an exponent entirely past the end costs as zero.
  EXPECT_EQ(run_hex(5, length_word(64) + length_word(32) + length_word(64), 100000).gas_used, 200u);
}

}  // namespace
}  // namespace zkevm::evm
