// bn254 add (0x06), mul (0x07) and pairing (0x08): EIP-196/197 with EIP-1108
// gas, on go-ethereum's published vectors (core/vm/testdata/precompiles/
// bn256Add.json, bn256ScalarMul.json, bn256Pairing.json) and malformed points.
#include <gtest/gtest.h>

#include "evm/precompile_test_util.hpp"

namespace zkevm::evm {
namespace {

using test::run_hex;
using test::to_hex;

const std::string kZero(64, '0');
const std::string kOne = std::string(63, '0') + "1";
const std::string kTwo = std::string(63, '0') + "2";
// p, the BN254 base field modulus.
const std::string kFieldModulus = "30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47";
// The G2 generator in the EVM encoding: x_im, x_re, y_im, y_re.
const std::string kG2 =
    "198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c21800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed"
    "090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa";
// -G2 (y negated), so e(G1, G2) * e(G1, -G2) = 1.
const std::string kMinusG2 =
    "198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c21800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed"
    "275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d";

void expect_output(unsigned address, const std::string& name, const std::string& input, uint64_t gas, const std::string& expected) {
  const auto result = run_hex(address, input, gas);
  ASSERT_EQ(result.status, PrecompileStatus::Success) << name << ": " << result.reason;
  EXPECT_EQ(to_hex(result.output), expected) << name;
  EXPECT_EQ(result.gas_used, gas) << name;
  const auto short_result = run_hex(address, input, gas - 1);
  EXPECT_EQ(short_result.status, PrecompileStatus::Failure) << name;
  EXPECT_EQ(short_result.gas_used, gas - 1) << name;
}

void expect_failure(unsigned address, const std::string& name, const std::string& input) {
  const auto result = run_hex(address, input, 1000000);
  EXPECT_EQ(result.status, PrecompileStatus::Failure) << name;
  EXPECT_EQ(result.gas_used, 1000000u) << name;
  EXPECT_TRUE(result.output.empty()) << name;
  EXPECT_FALSE(result.reason.empty()) << name;
}

TEST(PrecompileBn254, add_published_vectors) {
  expect_output(6, "chfast1",
                "18b18acfb4c2c30276db5411368e7185b311dd124691610c5d3b74034e093dc9063c909c4720840cb5134cb9f59fa749755796819658d32efc0d288198f37266"
                "07c2b7f58a84bd6145f00c9c2bc0bb1a187f20ff2c92963a88019e7c6a014eed06614e20c147e940f2d70da3f74c9a17df361706a4485c742bd6788478fa17d7",
                150,
                "2243525c5efd4b9c3d3c45ac0ca3fe4dd85e830a4ce6b65fa1eeaee202839703301d1d33be6da8e509df21cc35964723180eed7532537db9ae5e7d48f195c915");
  // cdetrio4: empty input is two points at infinity.
  expect_output(6, "cdetrio4", "", 150, kZero + kZero);
  // cdetrio11: G + G.
  expect_output(6, "cdetrio11", kOne + kTwo + kOne + kTwo, 150,
                "030644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd315ed738c0e0a7c92e7845f96b2ae9c0a68a6a449e3538fc7ff3ebf7a5a18a2c4");
  // cdetrio14: P + (-P) is the point at infinity.
  expect_output(6, "cdetrio14",
                "17c139df0efee0f766bc0204762b774362e4ded88953a39ce849a8a7fa163fa901e0559bacb160664764a357af8a9fe70baa9258e0b959273ffc5718c6d4cc7c"
                "17c139df0efee0f766bc0204762b774362e4ded88953a39ce849a8a7fa163fa92e83f8d734803fc370eba25ed1f6b8768bd6d83887b87165fc2434fe11a830cb",
                150, kZero + kZero);
}

TEST(PrecompileBn254, mul_published_vectors) {
  const std::string point =
      "1a87b0584ce92f4593d161480614f2989035225609f08058ccfa3d0f940febe31a2f3c951f6dadcc7ee9007dff81504b0fcd6d7cf59996efdc33d92bf7f9f8f6";
  expect_output(7, "chfast1",
                "2bd3e6d0f3b142924f5ca7b49ce5b9d54c4703d7ae5648e61d02268b1a0a9fb721611ce0a6af85915e2f1d70300909ce2e49dfad4a4619c8390cae66cefdb204"
                "00000000000000000000000000000000000000000000000011138ce750fa15c2",
                6000,
                "070a8d6a982153cae4be29d434e8faef8a47b274a053f5a4ee2a6c9c13c31e5c031b8ce914eba3a9ffb989f9cdd5b0f01943074bf4f0f315690ec3cec6981afc");
  // cdetrio1: the scalar 2^256 - 1 is used as is, not reduced first.
  expect_output(7, "cdetrio1", point + std::string(64, 'f'), 6000,
                "2cde5879ba6f13c0b5aa4ef627f159a3347df9722efce88a9afbb20b763b4c411aa7e43076f6aee272755a7f9b84832e71559ba0d2e0b17d5f9f01755e5b0d11");
  expect_output(7, "cdetrio4", point + std::string(63, '0') + "9", 6000,
                "1dbad7d39dbc56379f78fac1bca147dc8e66de1b9d183c7b167351bfe0aeab742cd757d51289cd8dbd0acf9e673ad67d0f0a89f912af47ed1be53664f5692575");
  expect_output(7, "cdetrio5", point + kOne, 6000, point);
  // A missing scalar reads as zero: the point at infinity.
  expect_output(7, "short input", point, 6000, kZero + kZero);
}

TEST(PrecompileBn254, pairing_published_vectors) {
  expect_output(8, "empty_data", "", 45000, kOne);
  expect_output(8, "one_point", kOne + kTwo + kG2, 79000, std::string(64, '0'));
  expect_output(8, "two_point_match_2", kOne + kTwo + kG2 + kOne + kTwo + kMinusG2, 113000, kOne);
  const std::string jeff_g1 =
      "1c76476f4def4bb94541d57ebba1193381ffa7aa76ada664dd31c16024c43f593034dd2920f673e204fee2811c678745fc819b55d3e9d294e45c9b03a76aef41";
  const std::string jeff_g2 =
      "209dd15ebff5d46c4bd888e51a93cf99a7329636c63514396b4a452003a35bf704bf11ca01483bfa8b34b43561848d28905960114c8ac04049af4b6315a41678"
      "2bb8324af6cfc93537a2ad1a445cfd0ca2a71acd7ac41fadbf933c2a51be344d120a2a4cf30c1bf9845f20c6fe39e07ea2cce61f0c9bb048165fe5e4de877550";
  expect_output(8, "jeff1",
                jeff_g1 + jeff_g2 +
                    "111e129f1cf1097710d41c4ac70fcdfa5ba2023c6ff1cbeac322de49d1b6df7c2032c61a830e3c17286de9462bf242fca2883585b93870a73853face6a6bf411" +
                    kG2,
                113000, kOne);
  expect_output(8, "jeff6",
                jeff_g1 + jeff_g2 +
                    "111e129f1cf1097710d41c4ac70fcdfa5ba2023c6ff1cbeac322de49d1b6df7c103188585e2364128fe25c70558f1560f4f9350baf3959e603cc91486e110936" +
                    kG2,
                113000, std::string(64, '0'));
}

// EIP-196/197: coordinates >= p, points off the curve and pairing inputs whose
// length is not a multiple of 192 make the call fail and consume all gas.
TEST(PrecompileBn254, invalid_points_and_lengths_fail) {
  expect_failure(6, "x = p", kFieldModulus + kTwo + kZero + kZero);
  expect_failure(6, "(1, 3) is not on the curve", kOne + std::string(63, '0') + "3" + kZero + kZero);
  expect_failure(6, "second point off the curve", kZero + kZero + kOne + kOne);
  expect_failure(7, "y = p + 2", kOne + "30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd49" + kTwo);
  expect_failure(7, "(1, 1) is not on the curve", kOne + kOne + kTwo);
  expect_failure(8, "length 191", (kOne + kTwo + kG2).substr(0, 382));
  expect_failure(8, "length 193", kOne + kTwo + kG2 + "00");
  std::string g2_off_curve = kG2;
  g2_off_curve.back() = g2_off_curve.back() == '0' ? '1' : '0';
  expect_failure(8, "G2 off the curve", kOne + kTwo + g2_off_curve);
  expect_failure(8, "G2 coordinate >= p", kOne + kTwo + kFieldModulus + kG2.substr(64));
  expect_failure(8, "G1 off the curve", kOne + kOne + kG2);
}

// EIP-1108: 34000 per pair plus 45000, priced before the input is examined.
TEST(PrecompileBn254, pairing_gas_counts_pairs) {
  const std::string input = kOne + kTwo + kG2 + kOne + kTwo + kMinusG2 + kZero + kZero + std::string(256, '0');
  EXPECT_EQ(run_hex(8, input, 1000000).gas_used, 45000u + 3 * 34000);
  const auto short_result = run_hex(8, input, 45000 + 3 * 34000 - 1);
  EXPECT_EQ(short_result.status, PrecompileStatus::Failure);
  EXPECT_EQ(run_hex(6, "", 149).status, PrecompileStatus::Failure);
  EXPECT_EQ(run_hex(7, "", 5999).status, PrecompileStatus::Failure);
}

}  // namespace
}  // namespace zkevm::evm
