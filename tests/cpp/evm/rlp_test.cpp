#include <gtest/gtest.h>

#include "cpp/evm/rlp.hpp"
#include "cpp/util/error.hpp"

namespace zkevm::evm {
namespace {

std::string enc(std::string_view s) {
  return to_hex_raw(rlp::encode_bytes(std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(s.data()), s.size())));
}

// The examples of the yellow paper and the Ethereum RLP documentation.
TEST(Rlp, encodes_the_documented_examples) {
  EXPECT_EQ(enc("dog"), "83646f67");
  EXPECT_EQ(enc(""), "80");
  EXPECT_EQ(to_hex_raw(rlp::encode_uint(U256(0))), "80");
  EXPECT_EQ(to_hex_raw(rlp::encode_uint(U256(15))), "0f");
  EXPECT_EQ(to_hex_raw(rlp::encode_uint(U256(1024))), "820400");
  EXPECT_EQ(enc("Lorem ipsum dolor sit amet, consectetur adipisicing elit").substr(0, 6), "b8384c");
  Bytes cat_dog;
  rlp::append_bytes(cat_dog, from_hex("636174"));
  rlp::append_bytes(cat_dog, from_hex("646f67"));
  EXPECT_EQ(to_hex_raw(rlp::wrap_list(cat_dog)), "c88363617483646f67");
  EXPECT_EQ(to_hex_raw(rlp::wrap_list({})), "c0");
}

TEST(Rlp, decode_round_trips_nested_lists) {
  Bytes inner;
  rlp::append_uint(inner, U256(1024));
  rlp::append_bytes(inner, Bytes(100, 0xab));
  Bytes outer;
  Bytes inner_list = rlp::wrap_list(inner);
  outer.insert(outer.end(), inner_list.begin(), inner_list.end());
  rlp::append_bytes(outer, Bytes{0x05});
  Bytes encoded = rlp::wrap_list(outer);
  rlp::Item item = rlp::decode(encoded);
  ASSERT_TRUE(item.is_list);
  ASSERT_EQ(item.items.size(), 2u);
  EXPECT_EQ(item.items[0].items[0].as_uint("x"), U256(1024));
  EXPECT_EQ(item.items[0].items[1].bytes, Bytes(100, 0xab));
  EXPECT_EQ(item.items[1].bytes, Bytes{0x05});
}

TEST(Rlp, rejects_invalid_encodings_with_typed_errors) {
  EXPECT_THROW(rlp::decode(from_hex("83646f")), ParseError);          // truncated string
  EXPECT_THROW(rlp::decode(from_hex("83646f6700")), ParseError);      // trailing byte
  EXPECT_THROW(rlp::decode(from_hex("8105")), EncodingError);         // single byte < 0x80 wrapped
  EXPECT_THROW(rlp::decode(from_hex("b80100")), EncodingError);       // long form for a short string
  EXPECT_THROW(rlp::decode(from_hex("b9000100")), EncodingError);     // length with a leading zero
  EXPECT_THROW(rlp::decode(from_hex("c3646f")), ParseError);          // list past the end
  EXPECT_THROW(rlp::decode({}), ParseError);                          // empty input
  EXPECT_THROW(rlp::decode(from_hex("820005")).as_uint("n"), EncodingError);  // integer with leading zero
  try {
    rlp::decode(from_hex("83646f"), "tx.rlp");
    FAIL();
  } catch (const ParseError& e) {
    EXPECT_NE(std::string(e.what()).find("tx.rlp"), std::string::npos);
  }
}

}  // namespace
}  // namespace zkevm::evm
