// blake2f (0x09): the EIP-152 test vectors 0-8 (also go-ethereum's blake2F.json).
#include <gtest/gtest.h>

#include "evm/precompile_test_util.hpp"

namespace zkevm::evm {
namespace {

using test::from_hex;
using test::run_hex;
using test::to_hex;

// h, m, t of BLAKE2b-512("abc") as EIP-152's vectors use them.
const std::string kState =
    "48c9bdf267e6096a3ba7ca8485ae67bb2bf894fe72f36e3cf1361d5f3af54fa5d182e6ad7f520e511f6c3e2b8c68059b6bbd41fbabd9831f79217e1319cde05b";
const std::string kMessage = "6162630000000000000000000000000000000000000000000000000000000000" + std::string(192, '0');
const std::string kOffset = "03000000000000000000000000000000";

std::string input(const std::string& rounds, const std::string& final_flag) { return rounds + kState + kMessage + kOffset + final_flag; }

void expect_output(const std::string& name, const std::string& input_hex, uint64_t gas, const std::string& expected) {
  const auto result = run_hex(9, input_hex, gas);
  ASSERT_EQ(result.status, PrecompileStatus::Success) << name << ": " << result.reason;
  EXPECT_EQ(to_hex(result.output), expected) << name;
  EXPECT_EQ(result.gas_used, gas) << name;
}

void expect_failure(const std::string& name, const std::string& input_hex) {
  const auto result = run_hex(9, input_hex, 1000);
  EXPECT_EQ(result.status, PrecompileStatus::Failure) << name;
  EXPECT_EQ(result.gas_used, 1000u) << name;
  EXPECT_TRUE(result.output.empty()) << name;
  EXPECT_FALSE(result.reason.empty()) << name;
}

TEST(PrecompileBlake2f, eip152_vectors_4_to_8) {
  expect_output("vector 4", input("00000000", "01"), 0,
                "08c9bcf367e6096a3ba7ca8485ae67bb2bf894fe72f36e3cf1361d5f3af54fa5d282e6ad7f520e511f6c3e2b8c68059b9442be0454267ce079217e1319cde05b");
  // Vector 5 is the full BLAKE2b-512("abc") digest.
  expect_output("vector 5", input("0000000c", "01"), 12,
                "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923");
  expect_output("vector 6", input("0000000c", "00"), 12,
                "75ab69d3190a562c51aef8d88f1c2775876944407270c42c9844252c26d2875298743e7f6d5ea2f2d3e8d226039cd31b4e426ac4f2d3d666a610c2116fde4735");
  expect_output("vector 7", input("00000001", "01"), 1,
                "b63a380cb2897d521994a85234ee2c181b5f844d2c624c002677e9703449d2fba551b3a8333bcdf5f2f7e08993d53923de3d64fcc68c034e717b9293fed7a421");
}

TEST(PrecompileBlake2f, eip152_vector_8_eight_million_rounds) {
  expect_output("vector 8", input("007a1200", "01"), 8000000,
                "6d2ce9e534d50e18ff866ae92d70cceba79bbcd14c63819fe48752c8aca87a4bb7dcc230d22a4047f0486cfcfb50a17b24b2899eb8fca370f22240adb5170189");
}

// Vectors 0-3: wrong lengths and a final flag other than 0 or 1 fail and consume all gas.
TEST(PrecompileBlake2f, eip152_vectors_0_to_3_fail) {
  expect_failure("vector 0 (empty)", "");
  expect_failure("vector 1 (212 bytes)", input("00000c", "01"));
  expect_failure("vector 2 (214 bytes)", input("000000000c", "01"));
  expect_failure("vector 3 (final flag 2)", input("0000000c", "02"));
  expect_failure("final flag 0xff", input("0000000c", "ff"));
}

TEST(PrecompileBlake2f, one_gas_per_round) {
  const auto short_result = run_hex(9, input("0000000c", "01"), 11);
  EXPECT_EQ(short_result.status, PrecompileStatus::Failure);
  EXPECT_EQ(short_result.gas_used, 11u);
  // 2^32 - 1 rounds are priced before any work is done.
  const auto many = run_hex(9, input("ffffffff", "01"), 1000000);
  EXPECT_EQ(many.status, PrecompileStatus::Failure);
  EXPECT_EQ(many.gas_used, 1000000u);
}

}  // namespace
}  // namespace zkevm::evm
