#include "cpp/plonk/keygen.hpp"

#include "cpp/ec/encoding.hpp"
#include "cpp/pcs/kzg.hpp"
#include "cpp/plonk/mock_prover.hpp"
#include "cpp/util/parallel.hpp"

namespace zkevm::plonk {
namespace {

constexpr uint8_t kVkMagic[4] = {'z', 'k', 'V', 'K'};
constexpr uint8_t kVkVersion = 1;
constexpr uint8_t kPkMagic[4] = {'z', 'k', 'P', 'K'};
constexpr uint8_t kPkVersion = 1;

void put_u32(std::vector<uint8_t>& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<uint8_t>(v >> (8 * i)));
}
uint32_t get_u32(std::span<const uint8_t> b, size_t at) {
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v |= static_cast<uint32_t>(b[at + i]) << (8 * i);
  return v;
}

}  // namespace

std::vector<uint8_t> VerifyingKey::to_bytes() const {
  std::vector<uint8_t> out(kVkMagic, kVkMagic + 4);
  out.push_back(kVkVersion);
  put_u32(out, k);
  out.insert(out.end(), protocol->shape_digest.begin(), protocol->shape_digest.end());
  put_u32(out, static_cast<uint32_t>(fixed_commitments.size()));
  for (const auto& c : fixed_commitments) {
    const auto b = ec::g1_to_compressed(c);
    out.insert(out.end(), b.begin(), b.end());
  }
  return out;
}

VerifyingKey VerifyingKey::from_bytes(std::span<const uint8_t> bytes, const ConstraintSystem& cs) {
  constexpr size_t header = 4 + 1 + 4 + 32 + 4;
  if (bytes.size() < header) {
    throw EncodingError("verifying key: " + std::to_string(bytes.size()) + " bytes, shorter than the " +
                        std::to_string(header) + "-byte header");
  }
  if (!std::equal(kVkMagic, kVkMagic + 4, bytes.begin())) throw EncodingError("verifying key: bad magic (not a zkVK key)");
  if (bytes[4] != kVkVersion) {
    throw EncodingError("verifying key: version " + std::to_string(bytes[4]) + " is not supported (expected " +
                        std::to_string(kVkVersion) + ")");
  }
  VerifyingKey vk;
  vk.k = get_u32(bytes, 5);
  if (vk.k == 0 || vk.k > Fr::two_adicity) throw EncodingError("verifying key: k = " + std::to_string(vk.k) + " is out of range");
  vk.cs = std::make_shared<ConstraintSystem>(cs);
  vk.protocol = std::make_shared<Protocol>(*vk.cs, vk.k);
  if (!std::equal(vk.protocol->shape_digest.begin(), vk.protocol->shape_digest.end(), bytes.begin() + 9)) {
    throw InputError("verifying key: it was made for a different constraint system (shape digest differs)");
  }
  const size_t count = get_u32(bytes, 41);
  if (count != vk.protocol->layout.num_fixed) {
    throw EncodingError("verifying key: " + std::to_string(count) + " fixed commitments, the circuit has " +
                        std::to_string(vk.protocol->layout.num_fixed));
  }
  const size_t expected = header + count * ec::kG1CompressedSize;
  if (bytes.size() != expected) {
    throw EncodingError("verifying key: " + std::to_string(bytes.size()) + " bytes, expected " + std::to_string(expected));
  }
  for (size_t i = 0; i < count; ++i) {
    vk.fixed_commitments.push_back(ec::g1_from_compressed(bytes.subspan(header + i * ec::kG1CompressedSize, ec::kG1CompressedSize),
                                                          "verifying key: fixed commitment " + std::to_string(i)));
  }
  vk.digest = keccak256(bytes);
  return vk;
}

std::vector<uint8_t> ProvingKey::to_bytes() const {
  std::vector<uint8_t> out(kPkMagic, kPkMagic + 4);
  out.push_back(kPkVersion);
  const std::vector<uint8_t> vk_bytes = vk.to_bytes();
  put_u32(out, static_cast<uint32_t>(vk_bytes.size()));
  out.insert(out.end(), vk_bytes.begin(), vk_bytes.end());
  out.reserve(out.size() + fixed_coeff.size() * domain.size() * 32);
  for (const auto& p : fixed_coeff) {
    for (const Fr& c : p.span()) {
      const auto b = c.to_bytes_le();
      out.insert(out.end(), b.begin(), b.end());
    }
  }
  return out;
}

ProvingKey ProvingKey::from_bytes(std::span<const uint8_t> bytes, const ConstraintSystem& cs, const pcs::Srs& srs) {
  constexpr size_t header = 4 + 1 + 4;
  if (bytes.size() < header) {
    throw EncodingError("proving key: " + std::to_string(bytes.size()) + " bytes, shorter than the header");
  }
  if (!std::equal(kPkMagic, kPkMagic + 4, bytes.begin())) throw EncodingError("proving key: bad magic (not a zkPK key)");
  if (bytes[4] != kPkVersion) {
    throw EncodingError("proving key: version " + std::to_string(bytes[4]) + " is not supported (expected " +
                        std::to_string(kPkVersion) + ")");
  }
  const size_t vk_size = get_u32(bytes, 5);
  if (vk_size > bytes.size() - header) throw EncodingError("proving key: the verifying key runs past the end");
  VerifyingKey vk = VerifyingKey::from_bytes(bytes.subspan(header, vk_size), cs);
  if ((size_t{1} << vk.k) > srs.size()) {
    throw InputError("proving key: k = " + std::to_string(vk.k) + " needs 2^k SRS powers, the SRS has " +
                     std::to_string(srs.size()));
  }
  const Protocol& protocol = *vk.protocol;
  const size_t n = protocol.n, total = protocol.layout.num_fixed, F = cs.num_fixed_columns();
  const size_t expected = header + vk_size + total * n * 32;
  if (bytes.size() != expected) {
    throw EncodingError("proving key: " + std::to_string(bytes.size()) + " bytes, expected " + std::to_string(expected));
  }
  ProvingKey pk{std::move(vk), srs, poly::EvaluationDomain(protocol.k, protocol.extension_log), {}, {}, {}};
  pk.fixed_coeff.resize(total);
  pk.fixed_extended.resize(total);
  pk.preprocessed.resize(total - F);
  const uint8_t* at = bytes.data() + header + vk_size;
  for (size_t i = 0; i < total; ++i) {
    std::vector<Fr> coeffs(n);
    for (size_t j = 0; j < n; ++j, at += 32) {
      try {
        coeffs[j] = Fr::from_bytes_le(std::span<const uint8_t>(at, 32));
      } catch (const EncodingError& e) {
        throw EncodingError("proving key: fixed column " + std::to_string(i) + " coefficient " + std::to_string(j) +
                            ": " + e.what());
      }
    }
    pk.fixed_coeff[i] = Polynomial<Coeff>(std::move(coeffs));
  }
  parallel_for(total, [&](size_t i) {
    pk.fixed_extended[i] = pk.domain.coeff_to_extended(pk.fixed_coeff[i]);
    if (i >= F) pk.preprocessed[i - F] = pk.domain.coeff_to_lagrange(pk.fixed_coeff[i]).take();
  });
  return pk;
}

ProvingKey keygen(const ConstraintSystem& cs_in, Circuit& circuit, const pcs::Srs& srs, uint32_t k) {
  if (k > Fr::two_adicity || (size_t{1} << k) > srs.size()) {
    throw InputError("keygen: k = " + std::to_string(k) + " needs 2^k SRS powers, the SRS has " + std::to_string(srs.size()));
  }
  auto cs = std::make_shared<ConstraintSystem>(cs_in);
  auto protocol = std::make_shared<Protocol>(*cs, k);
  Assignment assignment(*cs, k);
  circuit.synthesize(assignment);
  if (cs->num_phases() > 1) {
    assignment.set_phase(1);
    circuit.synthesize_phase1(assignment, MockProver::draw_challenges(*cs, 0));
  }
  const PermutationMapping mapping(*cs, assignment);
  std::vector<std::vector<Fr>> preprocessed = preprocessed_columns(*cs, protocol->layout, k, mapping);

  ProvingKey pk{VerifyingKey{}, srs, poly::EvaluationDomain(k, protocol->extension_log), std::move(preprocessed), {}, {}};
  const size_t F = cs->num_fixed_columns(), total = protocol->layout.num_fixed;
  pk.vk.fixed_commitments.resize(total);
  pk.fixed_coeff.resize(total);
  pk.fixed_extended.resize(total);
  for (size_t i = 0; i < total; ++i) {
    Polynomial<Lagrange> values(i < F ? assignment.column_values({ColumnKind::Fixed, static_cast<uint32_t>(i)})
                                      : pk.preprocessed[i - F]);
    pk.vk.fixed_commitments[i] = pcs::commit_lagrange(srs, values);
    pk.fixed_coeff[i] = pk.domain.lagrange_to_coeff(std::move(values));
  }
  parallel_for(total, [&](size_t i) { pk.fixed_extended[i] = pk.domain.coeff_to_extended(pk.fixed_coeff[i]); });
  pk.vk.cs = cs;
  pk.vk.protocol = protocol;
  pk.vk.k = k;
  pk.vk.digest = keccak256(pk.vk.to_bytes());
  return pk;
}

}  // namespace zkevm::plonk
