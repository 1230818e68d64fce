#include <cstdio>

#include "cpp/evm/precompiles/precompile.hpp"
#include "cpp/util/error.hpp"

namespace zkevm::evm {

PrecompileResult run_precompile(unsigned index, std::span<const uint8_t> input, uint64_t gas_limit) {
  (void)input;
  (void)gas_limit;
  if (index < 1 || index > 10) throw InternalError("run_precompile: address " + std::to_string(index) + " is not a precompile");
  PrecompileResult result;
  result.status = PrecompileStatus::Unsupported;
  char name[8];
  std::snprintf(name, sizeof name, "0x%02x", index);
  result.reason = std::string("precompile ") + name + " is not available in this build yet";
  return result;
}

}  // namespace zkevm::evm
