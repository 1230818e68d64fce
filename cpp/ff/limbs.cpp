#include "cpp/ff/limbs.hpp"

#include <algorithm>

#include "cpp/util/error.hpp"

namespace zkevm::ff::detail {

namespace {

// a = a / d, returning the remainder (d < 2^64).
uint64_t divmod_small(Limbs& a, uint64_t d) {
  u128 rem = 0;
  for (int i = 3; i >= 0; --i) {
    u128 cur = (rem << 64) | a[i];
    a[i] = static_cast<uint64_t>(cur / d);
    rem = cur % d;
  }
  return static_cast<uint64_t>(rem);
}

// a = a * m + add; returns false when the result does not fit in 256 bits.
bool mul_add_small(Limbs& a, uint64_t m, uint64_t add) {
  uint64_t carry = add;
  for (int i = 0; i < 4; ++i) a[i] = mac(0, a[i], m, carry);
  return carry == 0;
}

std::string shorten(std::string_view text) {
  if (text.size() <= 80) return std::string(text);
  return std::string(text.substr(0, 77)) + "...";
}

}  // namespace

std::string to_decimal(const Limbs& a) {
  if (is_zero(a)) return "0";
  Limbs x = a;
  std::string out;
  while (!is_zero(x)) {
    // 10^19 is the largest power of ten below 2^64: 19 digits per division.
    uint64_t chunk = divmod_small(x, 10000000000000000000ULL);
    for (int i = 0; i < 19; ++i) {
      out.push_back(static_cast<char>('0' + chunk % 10));
      chunk /= 10;
      if (is_zero(x) && chunk == 0) break;
    }
  }
  while (out.size() > 1 && out.back() == '0') out.pop_back();
  std::reverse(out.begin(), out.end());
  return out;
}

std::string to_hex_digits(const Limbs& a, bool fixed_width) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(64, '0');
  for (int i = 0; i < 64; ++i) {
    uint64_t limb = a[i / 16];
    out[63 - i] = kDigits[(limb >> (4 * (i % 16))) & 0xf];
  }
  if (fixed_width) return out;
  size_t first = out.find_first_not_of('0');
  return first == std::string::npos ? "0" : out.substr(first);
}

Limbs parse_integer(std::string_view text, std::string_view what) {
  bool hex = text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
  std::string_view digits = hex ? text.substr(2) : text;
  if (digits.empty()) {
    throw ParseError(std::string(what) + ": '" + shorten(text) + "' has no digits");
  }
  Limbs value{};
  for (char c : digits) {
    uint64_t d;
    if (c >= '0' && c <= '9') {
      d = static_cast<uint64_t>(c - '0');
    } else if (hex && c >= 'a' && c <= 'f') {
      d = static_cast<uint64_t>(c - 'a' + 10);
    } else if (hex && c >= 'A' && c <= 'F') {
      d = static_cast<uint64_t>(c - 'A' + 10);
    } else {
      throw ParseError(std::string(what) + ": '" + shorten(text) + "' is not a " +
                       (hex ? "hex" : "decimal") + " integer (bad character '" + std::string(1, c) + "')");
    }
    if (!mul_add_small(value, hex ? 16 : 10, d)) {
      throw InputError(std::string(what) + ": '" + shorten(text) + "' does not fit in 256 bits");
    }
  }
  return value;
}

}  // namespace zkevm::ff::detail
