#pragma once
// Hex helpers and a call wrapper shared by the precompile tests.
#include <cstdint>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

#include "cpp/evm/precompiles/precompile.hpp"

namespace zkevm::evm::test {

inline std::vector<uint8_t> from_hex(std::string_view hex) {
  if (hex.starts_with("0x")) hex.remove_prefix(2);
  if (hex.size() % 2 != 0) throw std::invalid_argument("odd-length hex");
  auto nibble = [](char c) -> uint8_t {
    if (c >= '0' && c <= '9') return static_cast<uint8_t>(c - '0');
    if (c >= 'a' && c <= 'f') return static_cast<uint8_t>(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return static_cast<uint8_t>(c - 'A' + 10);
    throw std::invalid_argument("bad hex digit");
  };
  std::vector<uint8_t> bytes(hex.size() / 2);
  for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<uint8_t>(nibble(hex[2 * i]) << 4 | nibble(hex[2 * i + 1]));
  return bytes;
}

inline std::string to_hex(std::span<const uint8_t> bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string hex;
  for (uint8_t b : bytes) {
    hex += kDigits[b >> 4];
    hex += kDigits[b & 15];
  }
  return hex;
}

inline std::vector<uint8_t> bytes_of(std::string_view text) { return {text.begin(), text.end()}; }

// Runs precompile `address` on input given in hex.
inline PrecompileResult run_hex(unsigned address, std::string_view input_hex, uint64_t gas_limit) {
  return run_precompile(address, from_hex(input_hex), gas_limit);
}

}  // namespace zkevm::evm::test
