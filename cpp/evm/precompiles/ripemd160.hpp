#pragma once
// RIPEMD-160 (Dobbertin, Bosselaers, Preneel 1996), for the 0x03 precompile.
#include <array>
#include <cstdint>
#include <span>

namespace zkevm::evm::precompiles {

// Returns RIPEMD-160 of data.
std::array<uint8_t, 20> ripemd160(std::span<const uint8_t> data);

}  // namespace zkevm::evm::precompiles
