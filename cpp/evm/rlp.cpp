#include "cpp/evm/rlp.hpp"

#include "cpp/util/error.hpp"

namespace zkevm::evm::rlp {
namespace {

void append_length(Bytes& out, std::size_t length, uint8_t short_base) {
  if (length < 56) {
    out.push_back(static_cast<uint8_t>(short_base + length));
    return;
  }
  uint8_t be[8];
  int n = 0;
  for (std::size_t v = length; v; v >>= 8) be[n++] = static_cast<uint8_t>(v);
  out.push_back(static_cast<uint8_t>(short_base + 55 + n));
  for (int i = n - 1; i >= 0; --i) out.push_back(be[i]);
}

class Decoder {
 public:
  Decoder(std::span<const uint8_t> data, std::string_view what) : data_(data), what_(what) {}

  Item item(std::size_t& pos, std::size_t end, int depth) {
    if (depth > 1024) throw ParseError(std::string(what_) + ": nesting too deep");
    if (pos >= end) throw ParseError(std::string(what_) + ": truncated input at byte " + std::to_string(pos));
    uint8_t prefix = data_[pos++];
    Item out;
    if (prefix < 0x80) {
      out.bytes.push_back(prefix);
      return out;
    }
    bool list = prefix >= 0xc0;
    uint8_t base = list ? 0xc0 : 0x80;
    std::size_t length;
    if (prefix - base < 56) {
      length = prefix - base;
    } else {
      std::size_t n = prefix - base - 55;
      if (n > 8 || pos + n > end) throw ParseError(std::string(what_) + ": truncated length at byte " + std::to_string(pos));
      if (data_[pos] == 0) throw EncodingError(std::string(what_) + ": length with a leading zero byte at " + std::to_string(pos));
      length = 0;
      for (std::size_t i = 0; i < n; ++i) length = length << 8 | data_[pos++];
      if (length < 56) throw EncodingError(std::string(what_) + ": long form used for a length below 56");
    }
    if (length > end - pos) throw ParseError(std::string(what_) + ": item at byte " + std::to_string(pos) + " runs past the end");
    std::size_t stop = pos + length;
    if (list) {
      out.is_list = true;
      while (pos < stop) out.items.push_back(item(pos, stop, depth + 1));
    } else {
      if (length == 1 && data_[pos] < 0x80)
        throw EncodingError(std::string(what_) + ": single byte below 0x80 encoded as a string");
      out.bytes.assign(data_.begin() + pos, data_.begin() + stop);
      pos = stop;
    }
    return out;
  }

 private:
  std::span<const uint8_t> data_;
  std::string_view what_;
};

}  // namespace

void append_bytes(Bytes& out, std::span<const uint8_t> bytes) {
  if (bytes.size() == 1 && bytes[0] < 0x80) {
    out.push_back(bytes[0]);
    return;
  }
  append_length(out, bytes.size(), 0x80);
  out.insert(out.end(), bytes.begin(), bytes.end());
}

void append_uint(Bytes& out, const U256& value) {
  std::string be = value.to_minimal_be();
  append_bytes(out, std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(be.data()), be.size()));
}

void append_list_header(Bytes& out, std::size_t payload_size) { append_length(out, payload_size, 0xc0); }

Bytes wrap_list(std::span<const uint8_t> payload) {
  Bytes out;
  out.reserve(payload.size() + 9);
  append_list_header(out, payload.size());
  out.insert(out.end(), payload.begin(), payload.end());
  return out;
}

Bytes encode_bytes(std::span<const uint8_t> bytes) {
  Bytes out;
  append_bytes(out, bytes);
  return out;
}

Bytes encode_uint(const U256& value) {
  Bytes out;
  append_uint(out, value);
  return out;
}

U256 Item::as_uint(std::string_view what) const {
  if (is_list) throw EncodingError(std::string(what) + ": expected an integer, found a list");
  if (bytes.size() > 32) throw EncodingError(std::string(what) + ": integer wider than 256 bits");
  if (!bytes.empty() && bytes[0] == 0) throw EncodingError(std::string(what) + ": integer with a leading zero byte");
  return U256::from_be(bytes);
}

Item decode(std::span<const uint8_t> data, std::string_view what) {
  Decoder d(data, what);
  std::size_t pos = 0;
  Item out = d.item(pos, data.size(), 0);
  if (pos != data.size()) throw ParseError(std::string(what) + ": " + std::to_string(data.size() - pos) + " trailing bytes");
  return out;
}

}  // namespace zkevm::evm::rlp
