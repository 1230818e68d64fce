#pragma once
// Recursive Length Prefix encoding (Ethereum yellow paper, appendix B).
// Encoding appends to a byte string; decoding is strict: non-canonical
// lengths, single bytes wrapped as strings and trailing bytes are rejected
// with EncodingError / ParseError naming the input.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cpp/evm/u256.hpp"
#include "cpp/util/hex.hpp"

namespace zkevm::evm::rlp {

// Appends the encoding of a byte string.
void append_bytes(Bytes& out, std::span<const uint8_t> bytes);
// Appends the encoding of an unsigned integer (minimal big-endian).
void append_uint(Bytes& out, const U256& value);
// Appends a list header for a payload of payload_size bytes.
void append_list_header(Bytes& out, std::size_t payload_size);
// Returns the list of already-encoded items: header + concatenation.
Bytes wrap_list(std::span<const uint8_t> payload);

Bytes encode_bytes(std::span<const uint8_t> bytes);
Bytes encode_uint(const U256& value);

// One decoded item: a byte string or a list of items.
struct Item {
  bool is_list = false;
  Bytes bytes;               // the string's bytes when !is_list
  std::vector<Item> items;   // the elements when is_list
  // Returns the bytes as a canonical integer of at most 32 bytes (no leading
  // zero); throws EncodingError naming `what` otherwise.
  U256 as_uint(std::string_view what) const;
};

// Decodes exactly one item covering all of data; throws ParseError naming
// `what` on truncated or trailing input and EncodingError on non-canonical
// encodings.
Item decode(std::span<const uint8_t> data, std::string_view what = "rlp");

}  // namespace zkevm::evm::rlp
