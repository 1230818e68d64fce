#include <secp256k1.h>
#include <secp256k1_recovery.h>

#include <algorithm>
#include <array>
#include <cstring>

#include "cpp/evm/precompiles/contracts.hpp"
#include "cpp/util/keccak.hpp"

namespace zkevm::evm::precompiles {
namespace {

// n, the order of the secp256k1 group, big-endian.
constexpr std::array<uint8_t, 32> kGroupOrder = {
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe,
    0xba, 0xae, 0xdc, 0xe6, 0xaf, 0x48, 0xa0, 0x3b, 0xbf, 0xd2, 0x5e, 0x8c, 0xd0, 0x36, 0x41, 0x41};

// True when the 32-byte big-endian scalar lies in [1, n).
bool is_valid_scalar(const uint8_t* scalar) {
  const bool is_zero = std::all_of(scalar, scalar + 32, [](uint8_t b) { return b == 0; });
  return !is_zero && std::lexicographical_compare(scalar, scalar + 32, kGroupOrder.begin(), kGroupOrder.end());
}

}  // namespace

// 0x01: the address that signed hash with (v, r, s); 3000 gas. The input is
// hash || v || r || s, zero-padded or truncated to 128 bytes. An invalid
// signature is not a failure: the call succeeds with empty output.
PrecompileResult ecrecover(std::span<const uint8_t> input, uint64_t gas_limit) {
  PrecompileResult result = charge(3000, gas_limit);
  if (result.status != PrecompileStatus::Success) return result;
  uint8_t padded[128] = {};
  if (!input.empty()) std::memcpy(padded, input.data(), std::min<std::size_t>(input.size(), 128));
  const uint8_t* hash = padded;
  const uint8_t* v = padded + 32;
  const uint8_t* r = padded + 64;
  const uint8_t* s = padded + 96;
  // v is a full word that must be exactly 27 or 28 (no EIP-155 chain id here).
  if (!std::all_of(v, v + 31, [](uint8_t b) { return b == 0; }) || (v[31] != 27 && v[31] != 28)) return result;
  // Unlike transaction signatures, a high s is accepted (no EIP-2 rule).
  if (!is_valid_scalar(r) || !is_valid_scalar(s)) return result;

  const secp256k1_context* context = secp256k1_context_static;
  secp256k1_ecdsa_recoverable_signature signature;
  if (!secp256k1_ecdsa_recoverable_signature_parse_compact(context, &signature, r, v[31] - 27)) return result;
  secp256k1_pubkey public_key;
  if (!secp256k1_ecdsa_recover(context, &public_key, &signature, hash)) return result;
  uint8_t serialized[65];
  size_t serialized_size = sizeof serialized;
  secp256k1_ec_pubkey_serialize(context, serialized, &serialized_size, &public_key, SECP256K1_EC_UNCOMPRESSED);
  // The address is the last 20 bytes of keccak256(x || y), left-padded to a word.
  const auto digest = zkevm::keccak256(std::span<const uint8_t>(serialized + 1, 64));
  result.output.assign(12, 0);
  result.output.insert(result.output.end(), digest.begin() + 12, digest.end());
  return result;
}

}  // namespace zkevm::evm::precompiles
