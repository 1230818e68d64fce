#pragma once
// One function per precompiled contract, each with run_precompile's contract:
// it computes the gas, refuses when gas_limit is short, and otherwise returns
// the output. dispatch.cpp maps addresses to these.
#include <cstdint>
#include <span>
#include <string>

#include "cpp/evm/precompiles/precompile.hpp"

namespace zkevm::evm::precompiles {

PrecompileResult ecrecover(std::span<const uint8_t> input, uint64_t gas_limit);          // 0x01
PrecompileResult sha256_contract(std::span<const uint8_t> input, uint64_t gas_limit);    // 0x02
PrecompileResult ripemd160_contract(std::span<const uint8_t> input, uint64_t gas_limit); // 0x03
PrecompileResult identity(std::span<const uint8_t> input, uint64_t gas_limit);           // 0x04
PrecompileResult modexp(std::span<const uint8_t> input, uint64_t gas_limit);             // 0x05
PrecompileResult bn254_add(std::span<const uint8_t> input, uint64_t gas_limit);          // 0x06
PrecompileResult bn254_mul(std::span<const uint8_t> input, uint64_t gas_limit);          // 0x07
PrecompileResult bn254_pairing(std::span<const uint8_t> input, uint64_t gas_limit);      // 0x08
PrecompileResult blake2f(std::span<const uint8_t> input, uint64_t gas_limit);            // 0x09
PrecompileResult point_evaluation(std::span<const uint8_t> input, uint64_t gas_limit);   // 0x0a

// Returns ceil(length / 32), the word count the per-word gas rules use.
inline uint64_t word_count(uint64_t length) { return length / 32 + (length % 32 != 0); }

// Returns base + per_word * words(length), or UINT64_MAX when that overflows.
inline uint64_t linear_gas(uint64_t base, uint64_t per_word, uint64_t length) {
  const unsigned __int128 gas = static_cast<unsigned __int128>(base) + static_cast<unsigned __int128>(per_word) * word_count(length);
  return gas > UINT64_MAX ? UINT64_MAX : static_cast<uint64_t>(gas);
}

// Returns the result of a failed call: all of gas_limit is consumed.
inline PrecompileResult failure(uint64_t gas_limit, std::string reason) {
  PrecompileResult result;
  result.status = PrecompileStatus::Failure;
  result.gas_used = gas_limit;
  result.reason = std::move(reason);
  return result;
}

// Returns the out-of-gas failure when gas_limit < required, else a Success
// with gas_used = required and an empty output for the caller to fill.
inline PrecompileResult charge(uint64_t required, uint64_t gas_limit) {
  if (required > gas_limit) {
    return failure(gas_limit, "out of gas: needs " + std::to_string(required) + ", limit " + std::to_string(gas_limit));
  }
  PrecompileResult result;
  result.status = PrecompileStatus::Success;
  result.gas_used = required;
  return result;
}

// Returns the result of a precompile this build cannot run.
inline PrecompileResult unsupported(std::string reason) {
  PrecompileResult result;
  result.status = PrecompileStatus::Unsupported;
  result.reason = std::move(reason);
  return result;
}

}  // namespace zkevm::evm::precompiles
