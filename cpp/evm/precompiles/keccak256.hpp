#pragma once
// Keccak-256 with Ethereum's original padding (0x01), private to the
// precompiles until the shared cpp/util/keccak.hpp is on this branch; ecrecover
// needs it to turn a public key into an address.
#include <array>
#include <cstdint>
#include <span>

namespace zkevm::evm::precompiles {

// Returns Keccak-256 of data.
std::array<uint8_t, 32> keccak256(std::span<const uint8_t> data);

}  // namespace zkevm::evm::precompiles
