#pragma once
// The arithmetic of Ethereum's BN254 precompiles, without gas accounting:
// ecAdd (0x06, EIP-196), ecMul (0x07, EIP-196) and ecPairing (0x08, EIP-197).
// Inputs are the raw call data; invalid input (a coordinate >= p, a point not
// on the curve, a G2 point outside the subgroup, a pairing input whose length
// is not a multiple of 192) throws EncodingError, which the precompile turns
// into a failed call consuming all gas.
#include <array>
#include <cstdint>
#include <span>

namespace zkevm::ec {

// ecAdd: the input is read as 128 bytes (zero-padded or truncated): two G1
// points in the EVM encoding; returns their sum (64 bytes).
std::array<uint8_t, 64> evm_ec_add(std::span<const uint8_t> input);

// ecMul: the input is read as 96 bytes (zero-padded or truncated): a G1 point
// and a 256-bit big-endian scalar s (any value, not reduced); returns [s]P.
std::array<uint8_t, 64> evm_ec_mul(std::span<const uint8_t> input);

// ecPairing: k = len / 192 pairs (G1 64 bytes, G2 128 bytes); returns the
// 32-byte word 1 when prod e(P_i, Q_i) = 1 (also for k = 0), else 0.
std::array<uint8_t, 32> evm_ec_pairing(std::span<const uint8_t> input);

}  // namespace zkevm::ec
