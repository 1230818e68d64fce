#include "cpp/transcript/transcript.hpp"

#include "cpp/ec/encoding.hpp"

namespace zkevm::transcript {
namespace {
void put_u32(std::vector<uint8_t>& out, uint64_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<uint8_t>(v >> (8 * i)));
}
}  // namespace

Transcript::Transcript(std::string_view domain, const Hash256& circuit_digest) {
  state_ = keccak256(domain);
  absorb_bytes("circuit digest", circuit_digest);
}

void Transcript::frame(Tag tag, std::string_view label, std::span<const uint8_t> payload) {
  buffer_.push_back(tag);
  put_u32(buffer_, label.size());
  buffer_.insert(buffer_.end(), label.begin(), label.end());
  if (tag == BytesTag) put_u32(buffer_, payload.size());
  buffer_.insert(buffer_.end(), payload.begin(), payload.end());
}

void Transcript::absorb_scalar(std::string_view label, const Fr& value) {
  const auto bytes = value.to_bytes_le();
  frame(ScalarTag, label, bytes);
}

void Transcript::absorb_point(std::string_view label, const G1Affine& point) {
  const auto bytes = ec::g1_to_compressed(point);
  frame(PointTag, label, bytes);
}

void Transcript::absorb_bytes(std::string_view label, std::span<const uint8_t> bytes) { frame(BytesTag, label, bytes); }

Hash256 Transcript::hash_with(uint8_t suffix) const {
  Keccak256 h;
  h.update(state_);
  h.update(buffer_);
  const uint8_t s[1] = {suffix};
  h.update(s);
  return h.finalize();
}

Fr Transcript::squeeze_challenge(std::string_view label) {
  frame(ChallengeTag, label, {});
  const Hash256 h0 = hash_with(0), h1 = hash_with(1);
  std::array<uint8_t, 64> wide{};
  std::copy(h0.begin(), h0.end(), wide.begin());
  std::copy(h1.begin(), h1.end(), wide.begin() + 32);
  state_ = hash_with(2);
  buffer_.clear();
  return Fr::from_bytes_le_reduce(wide);
}

}  // namespace zkevm::transcript
