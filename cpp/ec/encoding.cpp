#include "cpp/ec/encoding.hpp"

#include <algorithm>
#include <string>

namespace zkevm::ec {

namespace {

constexpr uint8_t kSignFlag = 0x80;
constexpr uint8_t kInfinityFlag = 0x40;

[[noreturn]] void fail(std::string_view what, const std::string& reason) {
  throw EncodingError(std::string(what) + ": " + reason);
}

void check_length(std::span<const uint8_t> bytes, size_t expected, std::string_view what, const char* form) {
  if (bytes.size() != expected) {
    fail(what, std::string("expected ") + std::to_string(expected) + " bytes (" + form + "), got " +
                   std::to_string(bytes.size()));
  }
}

bool all_zero(std::span<const uint8_t> bytes) {
  return std::all_of(bytes.begin(), bytes.end(), [](uint8_t b) { return b == 0; });
}

// A coordinate from 32 bytes, rejecting values >= p with the coordinate's name.
Fq read_fq(std::span<const uint8_t> bytes, bool big_endian, std::string_view what, const char* name) {
  ff::Limbs v{};
  for (int i = 0; i < 32; ++i) {
    uint8_t b = big_endian ? bytes[31 - i] : bytes[i];
    v[i / 8] |= static_cast<uint64_t>(b) << (8 * (i % 8));
  }
  if (ff::detail::geq(v, Fq::modulus)) fail(what, std::string(name) + " is not canonical (>= p)");
  return Fq::from_canonical(v);
}

void write_fq(std::span<uint8_t> out, const Fq& x, bool big_endian) {
  auto bytes = big_endian ? x.to_bytes_be() : x.to_bytes_le();
  std::copy(bytes.begin(), bytes.end(), out.begin());
}

bool is_odd(const Fq& x) { return x.to_canonical()[0] & 1; }
// The sign bit of a G2 y coordinate (see encoding.hpp).
bool sign_of(const Fq2& y) { return y.c0.is_zero() ? is_odd(y.c1) : is_odd(y.c0); }
bool sign_of(const Fq& y) { return is_odd(y); }

template <class Params>
AffinePoint<Params> checked(const AffinePoint<Params>& p, std::string_view what) {
  if (!p.is_on_curve()) fail(what, "not on the curve");
  if (!p.is_in_subgroup()) fail(what, "not in the subgroup");
  return p;
}

// The compressed form: x (LE), then the flags in the top bits of the last byte.
template <class Params, size_t N>
std::array<uint8_t, N> compress(const AffinePoint<Params>& p, std::span<const uint8_t> x_bytes) {
  std::array<uint8_t, N> out{};
  if (p.infinity) {
    out[N - 1] = kInfinityFlag;
    return out;
  }
  std::copy(x_bytes.begin(), x_bytes.end(), out.begin());
  if (sign_of(p.y)) out[N - 1] |= kSignFlag;
  return out;
}

// Splits the flags off a compressed encoding; returns (infinity, sign) and the x bytes.
struct CompressedParts {
  bool infinity, sign;
};
template <size_t N>
CompressedParts split_flags(std::span<const uint8_t> bytes, std::array<uint8_t, N>& x_bytes, std::string_view what) {
  std::copy(bytes.begin(), bytes.end(), x_bytes.begin());
  uint8_t flags = x_bytes[N - 1] & (kSignFlag | kInfinityFlag);
  x_bytes[N - 1] &= static_cast<uint8_t>(~(kSignFlag | kInfinityFlag));
  CompressedParts parts{(flags & kInfinityFlag) != 0, (flags & kSignFlag) != 0};
  if (parts.infinity && (parts.sign || !all_zero(x_bytes))) {
    fail(what, "invalid flags: the infinity flag is set but the sign flag or x is not zero");
  }
  return parts;
}

// The y with y^2 = x^3 + b and the given sign.
template <class Params>
AffinePoint<Params> decompress(const typename Params::Base& x, bool sign, std::string_view what) {
  auto y = (x.square() * x + Params::b()).sqrt();
  if (!y) fail(what, "not on the curve (x^3 + b is not a square)");
  if (sign_of(*y) != sign) *y = -*y;
  if (sign_of(*y) != sign) fail(what, "invalid flags: the sign flag is set for y = 0");
  return checked(AffinePoint<Params>(x, *y), what);
}

}  // namespace

// --- G1 ---------------------------------------------------------------------

std::array<uint8_t, kG1CompressedSize> g1_to_compressed(const G1Affine& p) {
  auto x = p.x.to_bytes_le();
  return compress<G1Params, kG1CompressedSize>(p, x);
}

std::array<uint8_t, kG1UncompressedSize> g1_to_uncompressed(const G1Affine& p) {
  std::array<uint8_t, kG1UncompressedSize> out{};
  if (p.infinity) return out;
  write_fq(std::span(out).subspan(0, 32), p.x, false);
  write_fq(std::span(out).subspan(32, 32), p.y, false);
  return out;
}

G1Affine g1_from_compressed(std::span<const uint8_t> bytes, std::string_view what) {
  check_length(bytes, kG1CompressedSize, what, "compressed G1");
  std::array<uint8_t, kG1CompressedSize> x_bytes;
  auto parts = split_flags(bytes, x_bytes, what);
  if (parts.infinity) return G1Affine::identity();
  Fq x = read_fq(x_bytes, false, what, "x");
  return decompress<G1Params>(x, parts.sign, what);
}

G1Affine g1_from_uncompressed(std::span<const uint8_t> bytes, std::string_view what) {
  check_length(bytes, kG1UncompressedSize, what, "uncompressed G1");
  if (all_zero(bytes)) return G1Affine::identity();
  Fq x = read_fq(bytes.subspan(0, 32), false, what, "x");
  Fq y = read_fq(bytes.subspan(32, 32), false, what, "y");
  return checked(G1Affine(x, y), what);
}

std::array<uint8_t, kG1EvmSize> g1_to_evm(const G1Affine& p) {
  std::array<uint8_t, kG1EvmSize> out{};
  if (p.infinity) return out;
  write_fq(std::span(out).subspan(0, 32), p.x, true);
  write_fq(std::span(out).subspan(32, 32), p.y, true);
  return out;
}

G1Affine g1_from_evm(std::span<const uint8_t> bytes, std::string_view what) {
  check_length(bytes, kG1EvmSize, what, "EVM G1");
  Fq x = read_fq(bytes.subspan(0, 32), true, what, "x");
  Fq y = read_fq(bytes.subspan(32, 32), true, what, "y");
  if (x.is_zero() && y.is_zero()) return G1Affine::identity();
  return checked(G1Affine(x, y), what);
}

// --- G2 ---------------------------------------------------------------------

std::array<uint8_t, kG2CompressedSize> g2_to_compressed(const G2Affine& p) {
  std::array<uint8_t, 64> x{};
  write_fq(std::span(x).subspan(0, 32), p.x.c0, false);
  write_fq(std::span(x).subspan(32, 32), p.x.c1, false);
  return compress<G2Params, kG2CompressedSize>(p, x);
}

std::array<uint8_t, kG2UncompressedSize> g2_to_uncompressed(const G2Affine& p) {
  std::array<uint8_t, kG2UncompressedSize> out{};
  if (p.infinity) return out;
  const Fq* coordinates[4] = {&p.x.c0, &p.x.c1, &p.y.c0, &p.y.c1};
  for (int i = 0; i < 4; ++i) write_fq(std::span(out).subspan(32 * i, 32), *coordinates[i], false);
  return out;
}

G2Affine g2_from_compressed(std::span<const uint8_t> bytes, std::string_view what) {
  check_length(bytes, kG2CompressedSize, what, "compressed G2");
  std::array<uint8_t, kG2CompressedSize> x_bytes;
  auto parts = split_flags(bytes, x_bytes, what);
  if (parts.infinity) return G2Affine::identity();
  Fq2 x{read_fq(std::span(x_bytes).subspan(0, 32), false, what, "x.c0"),
        read_fq(std::span(x_bytes).subspan(32, 32), false, what, "x.c1")};
  return decompress<G2Params>(x, parts.sign, what);
}

G2Affine g2_from_uncompressed(std::span<const uint8_t> bytes, std::string_view what) {
  check_length(bytes, kG2UncompressedSize, what, "uncompressed G2");
  if (all_zero(bytes)) return G2Affine::identity();
  Fq2 x{read_fq(bytes.subspan(0, 32), false, what, "x.c0"), read_fq(bytes.subspan(32, 32), false, what, "x.c1")};
  Fq2 y{read_fq(bytes.subspan(64, 32), false, what, "y.c0"), read_fq(bytes.subspan(96, 32), false, what, "y.c1")};
  return checked(G2Affine(x, y), what);
}

std::array<uint8_t, kG2EvmSize> g2_to_evm(const G2Affine& p) {
  std::array<uint8_t, kG2EvmSize> out{};
  if (p.infinity) return out;
  const Fq* coordinates[4] = {&p.x.c1, &p.x.c0, &p.y.c1, &p.y.c0};
  for (int i = 0; i < 4; ++i) write_fq(std::span(out).subspan(32 * i, 32), *coordinates[i], true);
  return out;
}

G2Affine g2_from_evm(std::span<const uint8_t> bytes, std::string_view what) {
  check_length(bytes, kG2EvmSize, what, "EVM G2");
  Fq x_im = read_fq(bytes.subspan(0, 32), true, what, "x imaginary part");
  Fq x_re = read_fq(bytes.subspan(32, 32), true, what, "x real part");
  Fq y_im = read_fq(bytes.subspan(64, 32), true, what, "y imaginary part");
  Fq y_re = read_fq(bytes.subspan(96, 32), true, what, "y real part");
  Fq2 x{x_re, x_im}, y{y_re, y_im};
  if (x.is_zero() && y.is_zero()) return G2Affine::identity();
  return checked(G2Affine(x, y), what);
}

}  // namespace zkevm::ec
