#pragma once
// Byte encodings of G1 and G2 points. Every decoder validates everything and
// throws zkevm::EncodingError naming the input (`what`) and the reason: wrong
// length, "not canonical" (a coordinate >= p), bad flags, "not on the curve",
// "not in the subgroup".
//
// Project wire format (halo2curves' bn256 convention, little-endian):
//   G1 uncompressed (64 bytes): x || y, each 32 bytes LE; infinity = 64 zero bytes.
//   G2 uncompressed (128 bytes): x.c0 || x.c1 || y.c0 || y.c1 (c0 + c1 u), LE.
//   G1 compressed (32 bytes): x LE. p < 2^254 leaves the top two bits of the
//     last byte free: bit 7 (0x80) = sign of y, bit 6 (0x40) = infinity.
//     sign = y is odd (the low bit of canonical y). Infinity is 0x40 in byte
//     31 and zeros elsewhere (sign clear); without the infinity flag x = 0 is
//     rejected (not a point).
//   G2 compressed (64 bytes): x.c0 || x.c1 LE, flags in the top bits of byte 63
//     as for G1; sign = the low bit of y.c0 (halo2curves' rule), or of y.c1
//     when y.c0 = 0 (halo2curves leaves that case ambiguous; it keeps ours injective).
//
// EVM precompile format (EIP-196 / EIP-197, big-endian):
//   G1 (64 bytes): x || y, 32 bytes BE each; (0, 0) is infinity.
//   G2 (128 bytes): x.c1 || x.c0 || y.c1 || y.c0 (imaginary part first); all zero is infinity.
#include <array>
#include <cstdint>
#include <span>
#include <string_view>

#include "cpp/ec/g1.hpp"
#include "cpp/ec/g2.hpp"

namespace zkevm::ec {

inline constexpr size_t kG1CompressedSize = 32;
inline constexpr size_t kG1UncompressedSize = 64;
inline constexpr size_t kG2CompressedSize = 64;
inline constexpr size_t kG2UncompressedSize = 128;
inline constexpr size_t kG1EvmSize = 64;
inline constexpr size_t kG2EvmSize = 128;

// --- project format (little-endian, halo2curves) -----------------------------

std::array<uint8_t, kG1CompressedSize> g1_to_compressed(const G1Affine& p);
std::array<uint8_t, kG1UncompressedSize> g1_to_uncompressed(const G1Affine& p);
std::array<uint8_t, kG2CompressedSize> g2_to_compressed(const G2Affine& p);
std::array<uint8_t, kG2UncompressedSize> g2_to_uncompressed(const G2Affine& p);

// The point encoded by bytes; EncodingError when bytes are not a valid encoding
// of a point of G1 (resp. G2). `what` names the input in the message.
G1Affine g1_from_compressed(std::span<const uint8_t> bytes, std::string_view what = "G1 point");
G1Affine g1_from_uncompressed(std::span<const uint8_t> bytes, std::string_view what = "G1 point");
G2Affine g2_from_compressed(std::span<const uint8_t> bytes, std::string_view what = "G2 point");
G2Affine g2_from_uncompressed(std::span<const uint8_t> bytes, std::string_view what = "G2 point");

// --- EVM format (big-endian, EIP-196/197) ------------------------------------

std::array<uint8_t, kG1EvmSize> g1_to_evm(const G1Affine& p);
std::array<uint8_t, kG2EvmSize> g2_to_evm(const G2Affine& p);
// Exactly 64 (resp. 128) bytes; validated like the decoders above (G2 includes
// the subgroup check, as EIP-197 requires).
G1Affine g1_from_evm(std::span<const uint8_t> bytes, std::string_view what = "G1 point");
G2Affine g2_from_evm(std::span<const uint8_t> bytes, std::string_view what = "G2 point");

}  // namespace zkevm::ec
