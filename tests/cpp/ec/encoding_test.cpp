// Point encodings: round trips in every form, halo2curves' flag layout, and
// rejection of bad lengths, non-canonical coordinates, bad flags, points off
// the curve and G2 points outside the subgroup, each with its reason.
#include <gtest/gtest.h>

#include "cpp/ec/encoding.hpp"
#include "ec_test_util.hpp"

namespace zkevm::ec {
namespace {

using test::random_g1;
using test::random_g2;
using test::random_twist_point;

template <class F>
void expect_encoding_error(F&& f, const std::string& reason) {
  try {
    f();
    ADD_FAILURE() << "expected EncodingError containing '" << reason << "'";
  } catch (const EncodingError& e) {
    EXPECT_NE(std::string(e.what()).find(reason), std::string::npos) << e.what();
  }
}

TEST(Encoding, g1_round_trips_in_every_form) {
  std::mt19937_64 rng(31);
  std::vector<G1Affine> points = {G1Affine::identity(), G1Affine::generator(), -G1Affine::generator()};
  for (int i = 0; i < 20; ++i) points.push_back(random_g1(rng).to_affine());
  for (const G1Affine& p : points) {
    EXPECT_EQ(g1_from_compressed(g1_to_compressed(p)), p);
    EXPECT_EQ(g1_from_uncompressed(g1_to_uncompressed(p)), p);
    EXPECT_EQ(g1_from_evm(g1_to_evm(p)), p);
  }
}

TEST(Encoding, g2_round_trips_in_every_form) {
  std::mt19937_64 rng(32);
  std::vector<G2Affine> points = {G2Affine::identity(), G2Affine::generator(), -G2Affine::generator()};
  for (int i = 0; i < 10; ++i) points.push_back(random_g2(rng).to_affine());
  for (const G2Affine& p : points) {
    EXPECT_EQ(g2_from_compressed(g2_to_compressed(p)), p);
    EXPECT_EQ(g2_from_uncompressed(g2_to_uncompressed(p)), p);
    EXPECT_EQ(g2_from_evm(g2_to_evm(p)), p);
  }
}

TEST(Encoding, compressed_layout_follows_halo2curves) {
  // The generator (1, 2): x = 1 little-endian, y = 2 even, so no flags.
  auto g = g1_to_compressed(G1Affine::generator());
  EXPECT_EQ(g[0], 1);
  EXPECT_EQ(g[31], 0);
  // -G has y = p - 2, odd: the sign bit 0x80 of the last byte.
  auto minus_g = g1_to_compressed(-G1Affine::generator());
  EXPECT_EQ(minus_g[0], 1);
  EXPECT_EQ(minus_g[31], 0x80);
  // Infinity: 0x40 in the last byte, zeros elsewhere.
  auto inf = g1_to_compressed(G1Affine::identity());
  EXPECT_EQ(inf[31], 0x40);
  EXPECT_EQ(std::count(inf.begin(), inf.end(), 0), 31);
  auto inf2 = g2_to_compressed(G2Affine::identity());
  EXPECT_EQ(inf2[63], 0x40);
  // Uncompressed infinity is all zeros; EVM G2 puts the imaginary part first.
  auto unc = g1_to_uncompressed(G1Affine::identity());
  EXPECT_EQ(std::count(unc.begin(), unc.end(), 0), 64);
  auto evm = g2_to_evm(G2Affine::generator());
  EXPECT_EQ(evm[0], 0x19);   // x.c1 = 0x198e9393920d483a...
  EXPECT_EQ(evm[32], 0x18);  // x.c0 = 0x1800deef121f1e76...
}

TEST(Encoding, decoders_reject_wrong_lengths) {
  std::vector<uint8_t> bytes(31);
  expect_encoding_error([&] { g1_from_compressed(bytes, "proof.bin: commitment 3"); }, "proof.bin: commitment 3");
  expect_encoding_error([&] { g1_from_compressed(bytes); }, "expected 32 bytes");
  expect_encoding_error([&] { g1_from_uncompressed(bytes); }, "expected 64 bytes");
  expect_encoding_error([&] { g2_from_compressed(bytes); }, "expected 64 bytes");
  expect_encoding_error([&] { g2_from_uncompressed(bytes); }, "expected 128 bytes");
  expect_encoding_error([&] { g1_from_evm(bytes); }, "expected 64 bytes");
  expect_encoding_error([&] { g2_from_evm(bytes); }, "expected 128 bytes");
}

TEST(Encoding, decoders_reject_non_canonical_coordinates) {
  // x = p (the generator's x = 1 shifted by p would be 1 + p, also >= p).
  auto p_bytes = Fq::modulus;
  std::array<uint8_t, 32> x{};
  for (int i = 0; i < 32; ++i) x[i] = static_cast<uint8_t>(p_bytes[i / 8] >> (8 * (i % 8)));
  expect_encoding_error([&] { g1_from_compressed(x); }, "x is not canonical");
  auto unc = g1_to_uncompressed(G1Affine::generator());
  std::copy(x.begin(), x.end(), unc.begin() + 32);  // y = p
  expect_encoding_error([&] { g1_from_uncompressed(unc); }, "y is not canonical");
  // EVM: y + p instead of y (same residue, not canonical).
  auto evm = g1_to_evm(G1Affine::generator());
  std::reverse(x.begin(), x.end());
  x[31] += 2;  // p + 2 big-endian (no carry: p ends in 0x47)
  std::copy(x.begin(), x.end(), evm.begin() + 32);
  expect_encoding_error([&] { g1_from_evm(evm); }, "not canonical");
  auto evm2 = g2_to_evm(G2Affine::generator());
  std::fill(evm2.begin(), evm2.begin() + 32, 0xff);
  expect_encoding_error([&] { g2_from_evm(evm2); }, "x imaginary part is not canonical");
}

TEST(Encoding, decoders_reject_bad_flags) {
  auto g = g1_to_compressed(G1Affine::generator());
  auto with_infinity = g;
  with_infinity[31] |= 0x40;  // infinity flag with x != 0
  expect_encoding_error([&] { g1_from_compressed(with_infinity); }, "invalid flags");
  std::array<uint8_t, 32> inf_signed{};
  inf_signed[31] = 0xc0;  // infinity with the sign bit
  expect_encoding_error([&] { g1_from_compressed(inf_signed); }, "invalid flags");
  auto g2 = g2_to_compressed(G2Affine::generator());
  g2[63] |= 0x40;
  expect_encoding_error([&] { g2_from_compressed(g2); }, "invalid flags");
  // Uncompressed forms carry no flags: a set top bit makes y non-canonical.
  auto unc = g1_to_uncompressed(G1Affine::generator());
  unc[63] |= 0x80;
  expect_encoding_error([&] { g1_from_uncompressed(unc); }, "not canonical");
  // x = 0 without the infinity flag is not a point.
  std::array<uint8_t, 32> zero{};
  expect_encoding_error([&] { g1_from_compressed(zero); }, "not on the curve");
}

TEST(Encoding, decoders_reject_points_off_the_curve) {
  G1Affine bad(Fq::one(), Fq::from_u64(3));
  expect_encoding_error([&] { g1_from_uncompressed(g1_to_uncompressed(bad)); }, "not on the curve");
  expect_encoding_error([&] { g1_from_evm(g1_to_evm(bad)); }, "not on the curve");
  // An x with x^3 + 3 a non-square has no point.
  std::mt19937_64 rng(33);
  int rejected = 0;
  for (int i = 0; i < 20; ++i) {
    Fq x = Fq::random(rng);
    if ((x.square() * x + Fq::from_u64(3)).legendre() == -1) {
      auto bytes = x.to_bytes_le();
      expect_encoding_error([&] { g1_from_compressed(bytes); }, "not on the curve");
      ++rejected;
    }
  }
  EXPECT_GT(rejected, 0);
  G2Affine bad2(G2Affine::generator().x, G2Affine::generator().x);
  expect_encoding_error([&] { g2_from_uncompressed(g2_to_uncompressed(bad2)); }, "not on the curve");
  expect_encoding_error([&] { g2_from_evm(g2_to_evm(bad2)); }, "not on the curve");
}

TEST(Encoding, g2_decoders_reject_twist_points_outside_the_subgroup) {
  std::mt19937_64 rng(34);
  for (int i = 0; i < 3; ++i) {
    G2Affine q = random_twist_point(rng);
    ASSERT_TRUE(q.is_on_curve());
    expect_encoding_error([&] { g2_from_uncompressed(g2_to_uncompressed(q)); }, "not in the subgroup");
    expect_encoding_error([&] { g2_from_compressed(g2_to_compressed(q)); }, "not in the subgroup");
    expect_encoding_error([&] { g2_from_evm(g2_to_evm(q)); }, "not in the subgroup");
  }
}

}  // namespace
}  // namespace zkevm::ec

namespace zkevm::ec {
namespace {

// Random byte strings: every decoder either throws EncodingError or returns a
// valid point whose encoding is exactly the input (encodings are canonical).
template <size_t N, class Decode, class Encode>
int check_random_bytes(std::mt19937_64& rng, Decode decode, Encode encode, bool clear_top_bits) {
  int accepted = 0;
  for (int i = 0; i < 300; ++i) {
    std::array<uint8_t, N> bytes;
    for (auto& b : bytes) b = static_cast<uint8_t>(rng());
    // Keep coordinates mostly below p so that the curve checks are reached.
    if (clear_top_bits)
      for (size_t j = 31; j < N; j += 32) bytes[j] &= 0x2f | (bytes[j] & 0xc0);
    try {
      auto point = decode(bytes);
      EXPECT_TRUE(point.is_on_curve());
      EXPECT_TRUE(point.is_in_subgroup());
      auto again = encode(point);
      EXPECT_TRUE(std::equal(again.begin(), again.end(), bytes.begin()));
      ++accepted;
    } catch (const EncodingError&) {
    }
  }
  return accepted;
}

TEST(Encoding, random_bytes_decode_to_valid_points_or_throw) {
  std::mt19937_64 rng(35);
  auto g1c = [](std::span<const uint8_t> b) { return g1_from_compressed(b); };
  auto g2c = [](std::span<const uint8_t> b) { return g2_from_compressed(b); };
  auto g1u = [](std::span<const uint8_t> b) { return g1_from_uncompressed(b); };
  auto g1e = [](std::span<const uint8_t> b) { return g1_from_evm(b); };
  auto g2e = [](std::span<const uint8_t> b) { return g2_from_evm(b); };
  // About half of all x give a point on G1; on the twist about half give a
  // point, none of them in G2.
  EXPECT_GT((check_random_bytes<32>(rng, g1c, [](const G1Affine& p) { return g1_to_compressed(p); }, true)), 50);
  EXPECT_EQ((check_random_bytes<64>(rng, g2c, [](const G2Affine& p) { return g2_to_compressed(p); }, true)), 0);
  EXPECT_EQ((check_random_bytes<64>(rng, g1u, [](const G1Affine& p) { return g1_to_uncompressed(p); }, true)), 0);
  EXPECT_EQ((check_random_bytes<64>(rng, g1e, [](const G1Affine& p) { return g1_to_evm(p); }, false)), 0);
  EXPECT_EQ((check_random_bytes<128>(rng, g2e, [](const G2Affine& p) { return g2_to_evm(p); }, false)), 0);
}

}  // namespace
}  // namespace zkevm::ec
