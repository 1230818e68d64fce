#include "cpp/evm/precompiles/contracts.hpp"

namespace zkevm::evm::precompiles {

// 0x04: returns the input unchanged; 15 gas plus 3 per word.
PrecompileResult identity(std::span<const uint8_t> input, uint64_t gas_limit) {
  PrecompileResult result = charge(linear_gas(15, 3, input.size()), gas_limit);
  if (result.status != PrecompileStatus::Success) return result;
  result.output.assign(input.begin(), input.end());
  return result;
}

}  // namespace zkevm::evm::precompiles
