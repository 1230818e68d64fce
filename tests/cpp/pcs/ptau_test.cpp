#include "cpp/pcs/ptau.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "cpp/pcs/kzg.hpp"
#include "test_helpers.hpp"

namespace zkevm::pcs {
namespace {

const Fr kTau = Fr::from_u64(0xfeedfacecafeULL);

TEST(Ptau, loads_the_powers_written_in_snarkjs_layout) {
  const std::string path = test::write_temp_file("power4.ptau", test::ptau_bytes(kTau, 4));
  const Srs srs = load_ptau(path);
  const Srs expected = Srs::insecure_from_secret(kTau, 16);
  ASSERT_EQ(srs.size(), 16u);
  for (std::size_t i = 0; i < 16; ++i) EXPECT_EQ(srs.g1_powers()[i], expected.g1_powers()[i]) << "i=" << i;
  EXPECT_EQ(srs.g2_tau(), expected.g2_tau());
  // All 2^(power+1) - 1 G1 powers can be requested, no more.
  EXPECT_EQ(load_ptau(path, 31).size(), 31u);
  EXPECT_THROW(load_ptau(path, 32), InputError);
}

TEST(Ptau, loaded_srs_commits_opens_and_verifies) {
  const std::string path = test::write_temp_file("power3.ptau", test::ptau_bytes(kTau, 3));
  const Srs srs = load_ptau(path);
  std::mt19937_64 rng(1);
  auto p = test::random_polynomial(8, rng);
  const Fr z = Fr::random(rng);
  const Opening opening = open(srs, p, z);
  EXPECT_TRUE(verify(srs.verifier_key(), commit(srs, p), z, opening.value, opening.proof));
  // The ceremony SRS derives its Lagrange basis by the NTT over G1.
  EXPECT_EQ(commit_lagrange(srs, poly::Polynomial<poly::Lagrange>(std::vector<Fr>(8, Fr::one()))),
            srs.g1());  // the constant 1 commits to G1
}

std::string parse_error_of(std::vector<uint8_t> bytes) {
  std::istringstream in(std::string(bytes.begin(), bytes.end()));
  try {
    read_ptau(in, 0, "bad.ptau");
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

TEST(Ptau, malformed_files_raise_errors_naming_the_problem) {
  const auto good = test::ptau_bytes(kTau, 2);
  auto bad_magic = good;
  bad_magic[0] = 'x';
  EXPECT_NE(parse_error_of(bad_magic).find("bad.ptau: not a .ptau file"), std::string::npos);
  auto truncated = good;
  truncated.resize(good.size() - 100);
  EXPECT_NE(parse_error_of(truncated).find("section 6 claims 128 bytes but the file ends"), std::string::npos)
      << parse_error_of(truncated);
  auto wrong_curve = good;
  wrong_curve[12 + 12 + 4] ^= 1;  // first byte of q: after the file header, section header and n8
  EXPECT_NE(parse_error_of(wrong_curve).find("not BN254"), std::string::npos) << parse_error_of(wrong_curve);
  // Header at offset 12; tauG1 starts after the header section (12 bytes of
  // section header + 44 bytes) and its own 12-byte section header.
  const std::size_t tau_g1 = 12 + 12 + 44 + 12;
  auto off_curve = good;
  off_curve[tau_g1 + 64 + 40] ^= 1;  // y of tauG1[1]
  EXPECT_NE(parse_error_of(off_curve).find("G1 power 1 is not on the curve"), std::string::npos)
      << parse_error_of(off_curve);
  auto not_canonical = good;
  for (int i = 0; i < 32; ++i) not_canonical[tau_g1 + 64 + i] = 0xff;  // x of tauG1[1] >= q
  EXPECT_NE(parse_error_of(not_canonical).find("tauG1[1]: coordinate is not canonical"), std::string::npos)
      << parse_error_of(not_canonical);
  EXPECT_THROW(load_ptau("/nonexistent/file.ptau"), ParseError);
  EXPECT_NE(parse_error_of({}).find("truncated"), std::string::npos);
}

}  // namespace
}  // namespace zkevm::pcs
