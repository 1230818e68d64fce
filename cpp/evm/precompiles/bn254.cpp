#include <array>

#include "cpp/ec/evm_bn254.hpp"
#include "cpp/evm/precompiles/contracts.hpp"
#include "cpp/util/error.hpp"

namespace zkevm::evm::precompiles {
namespace {

// Charges `gas`, then runs `operation` on the input; an invalid point or
// length (InputError from cpp/ec) fails the call and consumes all gas.
template <typename Operation>
PrecompileResult run_bn254(std::span<const uint8_t> input, uint64_t gas_limit, uint64_t gas, Operation operation) {
  PrecompileResult result = charge(gas, gas_limit);
  if (result.status != PrecompileStatus::Success) return result;
  try {
    const auto output = operation(input);
    result.output.assign(output.begin(), output.end());
  } catch (const InputError& e) {
    return failure(gas_limit, e.what());
  }
  return result;
}

}  // namespace

// 0x06 (EIP-196, gas EIP-1108): the sum of two G1 points; 150 gas. The input
// is read as 128 bytes (padded or truncated): x1 || y1 || x2 || y2, big-endian,
// (0, 0) for the point at infinity.
PrecompileResult bn254_add(std::span<const uint8_t> input, uint64_t gas_limit) {
  return run_bn254(input, gas_limit, 150, ec::evm_ec_add);
}

// 0x07 (EIP-196, gas EIP-1108): [s]P for a G1 point and any 256-bit scalar; 6000 gas.
PrecompileResult bn254_mul(std::span<const uint8_t> input, uint64_t gas_limit) {
  return run_bn254(input, gas_limit, 6000, ec::evm_ec_mul);
}

// 0x08 (EIP-197, gas EIP-1108): 1 when prod e(P_i, Q_i) = 1 over the k = len / 192
// pairs (G2 with the imaginary parts first), else 0; 34000 * k + 45000 gas,
// priced before the length is checked (a length that is not a multiple of 192 fails).
PrecompileResult bn254_pairing(std::span<const uint8_t> input, uint64_t gas_limit) {
  const unsigned __int128 gas = 45000 + static_cast<unsigned __int128>(34000) * (input.size() / 192);
  return run_bn254(input, gas_limit, gas > UINT64_MAX ? UINT64_MAX : static_cast<uint64_t>(gas), ec::evm_ec_pairing);
}

}  // namespace zkevm::evm::precompiles
