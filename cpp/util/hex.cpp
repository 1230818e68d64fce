#include "cpp/util/hex.hpp"

#include "cpp/util/error.hpp"

namespace zkevm {
namespace {

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

Bytes from_hex(std::string_view text, std::string_view what) {
  if (text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) text.remove_prefix(2);
  if (text.size() % 2 != 0) throw ParseError(std::string(what) + ": odd number of hex digits");
  Bytes out(text.size() / 2);
  for (std::size_t i = 0; i < out.size(); ++i) {
    int hi = digit_value(text[2 * i]), lo = digit_value(text[2 * i + 1]);
    if (hi < 0 || lo < 0) throw ParseError(std::string(what) + ": invalid hex digit at offset " + std::to_string(2 * i));
    out[i] = static_cast<uint8_t>(hi << 4 | lo);
  }
  return out;
}

std::string to_hex_raw(std::span<const uint8_t> bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(bytes.size() * 2);
  for (uint8_t b : bytes) {
    out.push_back(kDigits[b >> 4]);
    out.push_back(kDigits[b & 15]);
  }
  return out;
}

std::string to_hex(std::span<const uint8_t> bytes) { return "0x" + to_hex_raw(bytes); }

}  // namespace zkevm
