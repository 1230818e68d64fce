#include <gtest/gtest.h>

#include "cpp/util/error.hpp"
#include "cpp/util/hex.hpp"
#include "cpp/util/keccak.hpp"

namespace zkevm {
namespace {

Bytes pattern(std::size_t n) {
  Bytes b(n);
  for (std::size_t i = 0; i < n; ++i) b[i] = static_cast<uint8_t>((i * 7 + 3) & 255);
  return b;
}

// Published Keccak-256 values (the first three appear throughout Ethereum
// documentation); the pattern vectors were computed with @noble/hashes.
TEST(Keccak, matches_published_vectors) {
  EXPECT_EQ(to_hex_raw(keccak256(std::string_view(""))), "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
  EXPECT_EQ(to_hex_raw(keccak256(std::string_view("abc"))), "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45");
  EXPECT_EQ(to_hex_raw(keccak256(std::string_view("The quick brown fox jumps over the lazy dog"))),
            "4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15");
}

TEST(Keccak, matches_reference_around_the_rate_boundary) {
  const std::pair<std::size_t, const char*> vectors[] = {
      {1, "69c322e3248a5dfc29d73c5b0553b0185a35cd5bb6386747517ef7e53b15e287"},
      {135, "00ef96af9cf4b24c7f269d922294444a197d0a33638c2e56634c57e892103a8f"},
      {136, "742061bcad767ed4c4f5883b1dcb1aad11afdcc140dc469d953759b127b9f9ed"},
      {137, "e3371f61e770abf254c34239c3b0099ad90594507415bc81dd0a10b9692bbf2a"},
      {272, "ac141fd7b0a0ffcd2e967254d508da3ec616596493c36fa304425647d90e6de5"},
      {1000, "80cdc8dd52cbb3dbaea8f383209893fa2bb52efbd5aedbb4b26dcfe307fcdc9b"},
  };
  for (const auto& [n, expected] : vectors) EXPECT_EQ(to_hex_raw(keccak256(pattern(n))), expected) << n;
}

TEST(Keccak, incremental_updates_equal_one_shot) {
  Bytes data = pattern(1000);
  for (std::size_t split : {0, 1, 135, 136, 137, 500, 999}) {
    Keccak256 h;
    h.update(std::span<const uint8_t>(data).subspan(0, split));
    h.update(std::span<const uint8_t>(data).subspan(split));
    EXPECT_EQ(h.finalize(), keccak256(data)) << split;
  }
}

TEST(Hex, round_trips_and_rejects_bad_digits) {
  Bytes b = from_hex("0x00ff10Ab");
  EXPECT_EQ(to_hex(b), "0x00ff10ab");
  EXPECT_TRUE(from_hex("0x").empty());
  EXPECT_THROW(from_hex("0x123"), ParseError);
  EXPECT_THROW(from_hex("0xzz"), ParseError);
}

}  // namespace
}  // namespace zkevm
