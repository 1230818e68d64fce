#include "cpp/evm/u256.hpp"

#include "cpp/util/error.hpp"

namespace zkevm::evm {

void divmod_limbs(const uint64_t* num, int n, const U256& d, uint64_t* quotient, U256& remainder) {
  for (int i = 0; i < n; ++i) quotient[i] = 0;
  if (d.fits_u64()) {
    // One 128-by-64 division per limb.
    uint64_t divisor = d.w[0];
    unsigned __int128 rem = 0;
    for (int i = n - 1; i >= 0; --i) {
      unsigned __int128 cur = rem << 64 | num[i];
      quotient[i] = static_cast<uint64_t>(cur / divisor);
      rem = cur % divisor;
    }
    remainder = U256(static_cast<uint64_t>(rem));
    return;
  }
  // Binary long division from the top significant bit of num; the running
  // remainder stays below d < 2^256, so it fits in 257 bits (U256 + carry).
  int top = n * 64 - 1;
  while (top >= 0 && !((num[top / 64] >> (top % 64)) & 1)) --top;
  U256 r;
  for (int bit = top; bit >= 0; --bit) {
    bool overflow = r.is_negative();
    r = shl(r, 1);
    r.w[0] |= (num[bit / 64] >> (bit % 64)) & 1;
    if (overflow || r >= d) {
      r = r - d;
      quotient[bit / 64] |= 1ULL << (bit % 64);
    }
  }
  remainder = r;
}

std::string U256::to_hex() const {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out = "0x";
  bool started = false;
  for (int i = 63; i >= 0; --i) {
    unsigned nibble = (w[i / 16] >> (4 * (i % 16))) & 15;
    if (nibble || started || i == 0) {
      out.push_back(kDigits[nibble]);
      started = true;
    }
  }
  return out;
}

std::string U256::to_dec() const {
  if (is_zero()) return "0";
  std::string out;
  U256 v = *this;
  while (!v.is_zero()) {
    U256 q, r;
    divmod(v, U256(10), q, r);
    out.push_back(static_cast<char>('0' + r.w[0]));
    v = q;
  }
  return std::string(out.rbegin(), out.rend());
}

U256 U256::from_string(std::string_view text, std::string_view what) {
  auto bad = [&](const std::string& reason) { throw ParseError(std::string(what) + ": " + reason); };
  if (text.empty()) bad("empty number");
  U256 v;
  if (text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
    text.remove_prefix(2);
    if (text.empty()) return v;  // "0x" is zero in the fixtures
    std::size_t i = 0;
    while (i < text.size() && text[i] == '0') ++i;
    if (text.size() - i > 64) bad("hex number wider than 256 bits");
    for (; i < text.size(); ++i) {
      char c = text[i];
      unsigned d;
      if (c >= '0' && c <= '9') d = c - '0';
      else if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
      else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
      else bad("invalid hex digit '" + std::string(1, c) + "'");
      v = shl(v, 4);
      v.w[0] |= d;
    }
    return v;
  }
  for (char c : text) {
    if (c < '0' || c > '9') bad("invalid decimal digit '" + std::string(1, c) + "'");
    uint64_t p[8];
    mul_wide(v, U256(10), p);
    bool carry;
    v = add_with_carry(U256(p[0], p[1], p[2], p[3]), U256(static_cast<uint64_t>(c - '0')), carry);
    if (p[4] || carry) bad("decimal number wider than 256 bits");
  }
  return v;
}

}  // namespace zkevm::evm
