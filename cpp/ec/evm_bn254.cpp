#include "cpp/ec/evm_bn254.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "cpp/ec/encoding.hpp"
#include "cpp/ec/pairing.hpp"

namespace zkevm::ec {

namespace {

// The first n bytes of input, zero-padded (the EVM reads call data past its end as zeros).
template <size_t N>
std::array<uint8_t, N> padded(std::span<const uint8_t> input) {
  std::array<uint8_t, N> out{};
  std::copy_n(input.begin(), std::min(N, input.size()), out.begin());
  return out;
}

}  // namespace

std::array<uint8_t, 64> evm_ec_add(std::span<const uint8_t> input) {
  auto data = padded<128>(input);
  G1Affine a = g1_from_evm(std::span(data).subspan(0, 64), "ecAdd: first point");
  G1Affine b = g1_from_evm(std::span(data).subspan(64, 64), "ecAdd: second point");
  return g1_to_evm(a.to_jacobian().add_mixed(b).to_affine());
}

std::array<uint8_t, 64> evm_ec_mul(std::span<const uint8_t> input) {
  auto data = padded<96>(input);
  G1Affine p = g1_from_evm(std::span(data).subspan(0, 64), "ecMul: point");
  uint64_t scalar[4] = {};
  for (int i = 0; i < 32; ++i) scalar[i / 8] |= static_cast<uint64_t>(data[95 - i]) << (8 * (i % 8));
  return g1_to_evm(p.to_jacobian().mul(std::span<const uint64_t>(scalar)).to_affine());
}

std::array<uint8_t, 32> evm_ec_pairing(std::span<const uint8_t> input) {
  if (input.size() % 192 != 0) {
    throw EncodingError("ecPairing: input length " + std::to_string(input.size()) +
                        " is not a multiple of 192 bytes");
  }
  size_t k = input.size() / 192;
  std::vector<G1Affine> ps;
  std::vector<G2Prepared> qs;
  ps.reserve(k);
  qs.reserve(k);
  for (size_t i = 0; i < k; ++i) {
    auto pair = input.subspan(192 * i, 192);
    std::string index = std::to_string(i);
    ps.push_back(g1_from_evm(pair.subspan(0, 64), "ecPairing: G1 point " + index));
    qs.emplace_back(g2_from_evm(pair.subspan(64, 128), "ecPairing: G2 point " + index));
  }
  std::array<uint8_t, 32> out{};
  out[31] = pairing_check(ps, qs) ? 1 : 0;
  return out;
}

}  // namespace zkevm::ec
