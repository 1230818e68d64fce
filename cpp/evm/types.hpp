#pragma once
// Basic EVM value types shared by the state, the interpreter and the runner.
#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "cpp/evm/u256.hpp"
#include "cpp/util/hex.hpp"
#include "cpp/util/keccak.hpp"

namespace zkevm::evm {

using Address = std::array<uint8_t, 20>;

// Forks this EVM runs; later forks compare greater.
enum class Fork { Shanghai = 0, Cancun = 1 };

// Returns the fork named as in GeneralStateTests ("Cancun"); InputError otherwise.
Fork parse_fork(std::string_view name);
const char* fork_name(Fork fork);

// The 20-byte address in a word's low bytes.
inline Address to_address(const U256& v) {
  auto b = v.to_be_bytes();
  Address a;
  std::copy(b.begin() + 12, b.end(), a.begin());
  return a;
}
inline U256 address_to_word(const Address& a) { return U256::from_be(a); }
inline U256 hash_to_word(const Hash256& h) { return U256::load_be32(h.data()); }
inline Hash256 word_to_hash(const U256& v) { return v.to_be_bytes(); }

// Parses a 0x-prefixed 40-digit address; ParseError naming `what` otherwise.
Address parse_address(std::string_view text, std::string_view what);
std::string address_hex(const Address& a);

// keccak256 of the empty string: the code hash of an account without code.
inline constexpr Hash256 kEmptyCodeHash = {0xc5, 0xd2, 0x46, 0x01, 0x86, 0xf7, 0x23, 0x3c, 0x92, 0x7e, 0x7d,
                                           0xb2, 0xdc, 0xc7, 0x03, 0xc0, 0xe5, 0x00, 0xb6, 0x53, 0xca, 0x82,
                                           0x27, 0x3b, 0x7b, 0xfa, 0xd8, 0x04, 0x5d, 0x85, 0xa4, 0x70};

struct U256Hash {
  std::size_t operator()(const U256& v) const noexcept {
    uint64_t h = v.w[0] * 0x9E3779B97F4A7C15ULL ^ v.w[1] * 0xC2B2AE3D27D4EB4FULL ^ v.w[2] * 0x165667B19E3779F9ULL ^
                 v.w[3] * 0x27D4EB2F165667C5ULL;
    return static_cast<std::size_t>(h ^ (h >> 29));
  }
};

struct AddressHash {
  std::size_t operator()(const Address& a) const noexcept {
    uint64_t x, y;
    uint32_t z;
    std::memcpy(&x, a.data(), 8);
    std::memcpy(&y, a.data() + 8, 8);
    std::memcpy(&z, a.data() + 16, 4);
    uint64_t h = x * 0x9E3779B97F4A7C15ULL ^ y * 0xC2B2AE3D27D4EB4FULL ^ z * 0x165667B19E3779F9ULL;
    return static_cast<std::size_t>(h ^ (h >> 31));
  }
};

}  // namespace zkevm::evm
