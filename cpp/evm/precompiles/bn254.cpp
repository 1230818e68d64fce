#include "cpp/evm/precompiles/contracts.hpp"

namespace zkevm::evm::precompiles {

// 0x06-0x08 (EIP-196/197, gas EIP-1108) are built on the project's own BN254
// curve and pairing in cpp/ec; until that layer exists they are reported, not guessed.
PrecompileResult bn254_add(std::span<const uint8_t>, uint64_t) { return unsupported("bn254 precompiles wait for cpp/ec"); }
PrecompileResult bn254_mul(std::span<const uint8_t>, uint64_t) { return unsupported("bn254 precompiles wait for cpp/ec"); }
PrecompileResult bn254_pairing(std::span<const uint8_t>, uint64_t) { return unsupported("bn254 precompiles wait for cpp/ec"); }

}  // namespace zkevm::evm::precompiles
