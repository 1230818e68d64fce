#pragma once
// Hex text <-> bytes, strict: every parse error names the input.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace zkevm {

using Bytes = std::vector<uint8_t>;

// Returns the bytes of hex text with an optional 0x prefix; an odd digit count
// is rejected. Throws ParseError naming `what` on a bad digit.
Bytes from_hex(std::string_view text, std::string_view what = "hex");

// Returns "0x" followed by two lower-case digits per byte.
std::string to_hex(std::span<const uint8_t> bytes);

// Returns the lower-case hex digits of bytes without a prefix.
std::string to_hex_raw(std::span<const uint8_t> bytes);

}  // namespace zkevm
