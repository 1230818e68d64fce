#pragma once
// SHA-256 (FIPS 180-4), for the 0x02 precompile and the versioned hash of a
// KZG commitment in 0x0a.
#include <array>
#include <cstdint>
#include <span>

namespace zkevm::evm::precompiles {

// Returns SHA-256 of data.
std::array<uint8_t, 32> sha256(std::span<const uint8_t> data);

}  // namespace zkevm::evm::precompiles
