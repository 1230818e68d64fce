#include "cpp/transcript/transcript.hpp"

#include <gtest/gtest.h>

#include "cpp/ec/g1.hpp"

namespace zkevm::transcript {
namespace {

Hash256 digest(uint8_t b) {
  Hash256 h{};
  h[0] = b;
  return h;
}

// A fixed script of messages; `variant` changes one piece of it.
Fr run(int variant) {
  Transcript t(variant == 1 ? "other domain" : "test", digest(variant == 2 ? 9 : 7));
  t.absorb_scalar(variant == 3 ? "b" : "a", Fr::from_u64(variant == 4 ? 6 : 5));
  const G1Affine g = ec::G1Jacobian::generator().to_affine();
  t.absorb_point("p", variant == 5 ? (ec::G1Jacobian::generator() * Fr::from_u64(2)).to_affine() : g);
  const uint8_t raw[3] = {1, 2, static_cast<uint8_t>(variant == 6 ? 4 : 3)};
  t.absorb_bytes("raw", raw);
  return t.squeeze_challenge(variant == 7 ? "y" : "x");
}

TEST(Transcript, challenges_are_deterministic) { EXPECT_EQ(run(0), run(0)); }

TEST(Transcript, any_change_in_absorbed_data_changes_the_challenge) {
  const Fr base = run(0);
  for (int v = 1; v <= 7; ++v) EXPECT_NE(run(v), base) << "variant " << v;
}

TEST(Transcript, consecutive_challenges_differ_and_depend_on_history) {
  Transcript a("test", digest(1)), b("test", digest(1));
  const Fr a1 = a.squeeze_challenge("c"), a2 = a.squeeze_challenge("c");
  EXPECT_NE(a1, a2);
  EXPECT_EQ(b.squeeze_challenge("c"), a1);
  b.absorb_scalar("s", Fr::one());
  EXPECT_NE(b.squeeze_challenge("c"), a2);
}

TEST(Transcript, message_framing_separates_label_from_payload) {
  // "ab" + payload vs "a" + "b"-prefixed payload must not collide.
  Transcript a("test", digest(1)), b("test", digest(1));
  const uint8_t p1[2] = {'c', 'd'}, p2[3] = {'b', 'c', 'd'};
  a.absorb_bytes("ab", p1);
  b.absorb_bytes("a", p2);
  EXPECT_NE(a.squeeze_challenge("x"), b.squeeze_challenge("x"));
}

}  // namespace
}  // namespace zkevm::transcript
