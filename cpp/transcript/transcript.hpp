#pragma once
// Transcript: the Keccak-256 Fiat-Shamir transcript of the PLONK prover and
// verifier. Prover and verifier absorb the same messages in the same order
// (labelled scalars in their 32-byte canonical little-endian encoding, G1
// points in their 32-byte compressed encoding) and squeeze the same
// challenges. The first absorbed message is a domain separator (the circuit's
// verifying-key digest), so two circuits never share challenges.
//
// Construction: a 32-byte state S and a buffer B of framed messages, each
// `tag || label length (u32 LE) || label || payload`. A challenge is
//   h0 = Keccak(S || B || 0x00), h1 = Keccak(S || B || 0x01),
//   c  = (h0 || h1) as a 512-bit little-endian integer mod r (bias < 2^-250),
// after which S = Keccak(S || B || 0x02) and B is emptied: every challenge
// depends on everything absorbed before it, and consecutive squeezes differ.
#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "cpp/ec/g1.hpp"
#include "cpp/ff/bn254.hpp"
#include "cpp/util/keccak.hpp"

namespace zkevm::transcript {

using ec::G1Affine;
using ff::Fr;

class Transcript {
 public:
  // A transcript separated by `domain` (e.g. "zkevm plonk v1") and the circuit digest.
  Transcript(std::string_view domain, const Hash256& circuit_digest);

  // Absorbs a labelled scalar (canonical 32 bytes LE).
  void absorb_scalar(std::string_view label, const Fr& value);
  // Absorbs a labelled G1 point (compressed 32 bytes).
  void absorb_point(std::string_view label, const G1Affine& point);
  // Absorbs labelled raw bytes (length-prefixed).
  void absorb_bytes(std::string_view label, std::span<const uint8_t> bytes);
  // Returns a challenge in Fr from a 64-byte wide reduction; label names it.
  Fr squeeze_challenge(std::string_view label);

 private:
  enum Tag : uint8_t { ScalarTag = 1, PointTag = 2, BytesTag = 3, ChallengeTag = 4 };
  void frame(Tag tag, std::string_view label, std::span<const uint8_t> payload);
  Hash256 hash_with(uint8_t suffix) const;

  Hash256 state_{};
  std::vector<uint8_t> buffer_;
};

}  // namespace zkevm::transcript
