#pragma once
// The precompiled contracts at addresses 0x01..0x0a, behind one entry point.
// The interpreter decides which addresses are active in a fork and handles
// the call frame; this layer only computes output and gas.
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace zkevm::evm {

enum class PrecompileStatus {
  Success,      // output is valid, gas_used <= gas_limit
  Failure,      // out of gas or invalid input: the call fails and consumes all gas_limit
  Unsupported,  // this build cannot run it: the caller reports the case as unsupported
};

struct PrecompileResult {
  PrecompileStatus status = PrecompileStatus::Failure;
  uint64_t gas_used = 0;
  std::vector<uint8_t> output;
  std::string reason;  // why it failed or is unsupported, for reports
};

// Runs the precompile at address `index` (1 = ecrecover ... 10 = point
// evaluation) on `input` with `gas_limit` gas. Requires 1 <= index <= 10.
PrecompileResult run_precompile(unsigned index, std::span<const uint8_t> input, uint64_t gas_limit);

}  // namespace zkevm::evm
