// SHA-256 (0x02), RIPEMD-160 (0x03) and identity (0x04) on published vectors,
// with their per-word gas.
#include <gtest/gtest.h>

#include "cpp/evm/precompiles/ripemd160.hpp"
#include "cpp/evm/precompiles/sha256.hpp"
#include "evm/precompile_test_util.hpp"

namespace zkevm::evm {
namespace {

using test::bytes_of;
using test::to_hex;

struct HashVector {
  std::string message;
  std::string digest;
};

// FIPS 180-4 examples (NIST CSRC "Examples with Intermediate Values") and the
// million-'a' vector of FIPS 180-2 Appendix B.3.
TEST(PrecompileSha256, matches_fips_180_vectors) {
  const std::vector<HashVector> vectors = {
      {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
      {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
      {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
      {"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
       "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"},
      {std::string(1000000, 'a'), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"},
  };
  for (const auto& v : vectors) {
    EXPECT_EQ(to_hex(precompiles::sha256(bytes_of(v.message))), v.digest) << "length " << v.message.size();
  }
}

// The ISO/IEC 10118-3 and Bosselaers' reference page vectors.
TEST(PrecompileRipemd160, matches_published_vectors) {
  const std::vector<HashVector> vectors = {
      {"", "9c1185a5c5e9fc54612808977ee8f548b2258d31"},
      {"a", "0bdc9d2d256b3ee9daae347be6f4dc835a467ffe"},
      {"abc", "8eb208f7e05d987a9b044a8e98c6b087f15a0bfc"},
      {"message digest", "5d0689ef49d2fae572b881b123a85ffa21595f36"},
      {"abcdefghijklmnopqrstuvwxyz", "f71c27109c692c1b56bbdceb5b9d2865b3708dbc"},
      {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "12a053384a9c0c88e405a06c27dcf49ada62eb2b"},
      {"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "b0e20b6e3116640286ed3a87a5713079b21f5189"},
      {"12345678901234567890123456789012345678901234567890123456789012345678901234567890", "9b752e45573d4b39f4dbd3323cab82bf63326bfb"},
      {std::string(1000000, 'a'), "52783243c1697bdbe16d37f97f68f08325dc1528"},
  };
  for (const auto& v : vectors) {
    EXPECT_EQ(to_hex(precompiles::ripemd160(bytes_of(v.message))), v.digest) << "length " << v.message.size();
  }
}

TEST(PrecompileSha256, output_and_gas_per_word) {
  const auto input = bytes_of("abc");
  const auto result = run_precompile(2, input, 1000);
  ASSERT_EQ(result.status, PrecompileStatus::Success);
  EXPECT_EQ(to_hex(result.output), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(result.gas_used, 72u);  // 60 + 12 * 1 word
  EXPECT_EQ(run_precompile(2, {}, 60).gas_used, 60u);
  EXPECT_EQ(run_precompile(2, std::vector<uint8_t>(33, 0), 1000).gas_used, 84u);  // 2 words
}

TEST(PrecompileRipemd160, output_is_left_padded_word_and_gas_per_word) {
  const auto result = run_precompile(3, bytes_of("abc"), 1000);
  ASSERT_EQ(result.status, PrecompileStatus::Success);
  EXPECT_EQ(to_hex(result.output), "0000000000000000000000008eb208f7e05d987a9b044a8e98c6b087f15a0bfc");
  EXPECT_EQ(result.gas_used, 720u);  // 600 + 120 * 1 word
  EXPECT_EQ(run_precompile(3, std::vector<uint8_t>(64, 1), 10000).gas_used, 840u);
}

TEST(PrecompileIdentity, returns_input_and_charges_per_word) {
  const std::vector<uint8_t> input = {1, 2, 3, 4, 5};
  const auto result = run_precompile(4, input, 100);
  ASSERT_EQ(result.status, PrecompileStatus::Success);
  EXPECT_EQ(result.output, input);
  EXPECT_EQ(result.gas_used, 18u);  // 15 + 3 * 1 word
  const auto empty = run_precompile(4, {}, 15);
  EXPECT_EQ(empty.status, PrecompileStatus::Success);
  EXPECT_TRUE(empty.output.empty());
  EXPECT_EQ(empty.gas_used, 15u);
}

// One gas short fails and consumes the whole limit; the exact amount succeeds.
TEST(PrecompileHashes, one_gas_short_fails_and_consumes_all_gas) {
  const std::vector<uint8_t> input(100, 7);  // 4 words
  const struct {
    unsigned address;
    uint64_t gas;
  } cases[] = {{2, 60 + 12 * 4}, {3, 600 + 120 * 4}, {4, 15 + 3 * 4}};
  for (const auto& c : cases) {
    const auto short_result = run_precompile(c.address, input, c.gas - 1);
    EXPECT_EQ(short_result.status, PrecompileStatus::Failure) << c.address;
    EXPECT_EQ(short_result.gas_used, c.gas - 1) << c.address;
    EXPECT_TRUE(short_result.output.empty());
    EXPECT_FALSE(short_result.reason.empty());
    const auto exact = run_precompile(c.address, input, c.gas);
    EXPECT_EQ(exact.status, PrecompileStatus::Success) << c.address;
    EXPECT_EQ(exact.gas_used, c.gas) << c.address;
  }
}

}  // namespace
}  // namespace zkevm::evm
