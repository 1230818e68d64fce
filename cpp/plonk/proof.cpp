#include "cpp/plonk/proof.hpp"

#include "cpp/ec/encoding.hpp"

namespace zkevm::plonk {
namespace {

constexpr uint8_t kMagic[4] = {'z', 'k', 'P', 'F'};
constexpr uint8_t kVersion = 2;  // 2: random polynomial r, no quotient evaluations
constexpr size_t kHeader = 5;

struct Counts {
  size_t advice, arguments, quotient, evaluations;
};

Counts counts(const VerifyingKey& vk) {
  const Protocol& p = *vk.protocol;
  const size_t advice = vk.cs->num_advice_columns();
  return {advice, p.layout.num_advice - advice, p.quotient_pieces, p.evaluated_queries.size()};
}

void put_point(std::vector<uint8_t>& out, const G1Affine& p) {
  const auto b = ec::g1_to_compressed(p);
  out.insert(out.end(), b.begin(), b.end());
}
void put_scalar(std::vector<uint8_t>& out, const Fr& v) {
  const auto b = v.to_bytes_le();
  out.insert(out.end(), b.begin(), b.end());
}

class Reader {
 public:
  explicit Reader(std::span<const uint8_t> bytes) : bytes_(bytes) {}
  G1Affine point(const std::string& what) {
    const size_t at = pos_;
    pos_ += 32;
    return ec::g1_from_compressed(bytes_.subspan(at, 32), "proof: " + what + " (byte " + std::to_string(at) + ")");
  }
  Fr scalar(const std::string& what) {
    const size_t at = pos_;
    pos_ += 32;
    try {
      return Fr::from_bytes_le(bytes_.subspan(at, 32));
    } catch (const EncodingError& e) {
      throw EncodingError("proof: " + what + " (byte " + std::to_string(at) + ") is not a canonical scalar: " + e.what());
    }
  }
  void skip(size_t n) { pos_ += n; }

 private:
  std::span<const uint8_t> bytes_;
  size_t pos_ = 0;
};

}  // namespace

size_t Proof::size_for(const VerifyingKey& vk) {
  const Counts c = counts(vk);
  return kHeader + 32 * (c.advice + c.arguments + 1 + c.quotient + c.evaluations + 1 + 2);
}

std::vector<uint8_t> Proof::to_bytes() const {
  std::vector<uint8_t> out(kMagic, kMagic + 4);
  out.push_back(kVersion);
  for (const auto& p : advice_commitments) put_point(out, p);
  for (const auto& p : argument_commitments) put_point(out, p);
  put_point(out, random_commitment);
  for (const auto& p : quotient_commitments) put_point(out, p);
  for (const auto& v : evaluations) put_scalar(out, v);
  put_scalar(out, random_evaluation);
  put_point(out, opening.h_commitment);
  put_point(out, opening.opening);
  return out;
}

Proof Proof::from_bytes(std::span<const uint8_t> bytes, const VerifyingKey& vk) {
  const size_t expected = size_for(vk);
  if (bytes.size() != expected) {
    throw EncodingError("proof: " + std::to_string(bytes.size()) + " bytes, a proof for this verifying key has " +
                        std::to_string(expected));
  }
  if (!std::equal(kMagic, kMagic + 4, bytes.begin())) throw EncodingError("proof: bad magic (not a zkPF proof)");
  if (bytes[4] != kVersion) {
    throw EncodingError("proof: version " + std::to_string(bytes[4]) + " is not supported (expected " +
                        std::to_string(kVersion) + ")");
  }
  const Counts c = counts(vk);
  Reader r(bytes);
  r.skip(kHeader);
  Proof p;
  for (size_t i = 0; i < c.advice; ++i) p.advice_commitments.push_back(r.point("advice commitment " + std::to_string(i)));
  for (size_t i = 0; i < c.arguments; ++i) p.argument_commitments.push_back(r.point("argument commitment " + std::to_string(i)));
  p.random_commitment = r.point("random polynomial commitment");
  for (size_t i = 0; i < c.quotient; ++i) p.quotient_commitments.push_back(r.point("quotient commitment " + std::to_string(i)));
  for (size_t i = 0; i < c.evaluations; ++i) p.evaluations.push_back(r.scalar("evaluation " + std::to_string(i)));
  p.random_evaluation = r.scalar("random polynomial evaluation");
  p.opening.h_commitment = r.point("SHPLONK W");
  p.opening.opening = r.point("SHPLONK W'");
  return p;
}

}  // namespace zkevm::plonk
