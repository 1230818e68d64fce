#include <gtest/gtest.h>

#include "cpp/util/error.hpp"
#include "cpp/util/json.hpp"

namespace zkevm {
namespace {

TEST(Json, parses_nested_documents_in_order) {
  JsonValue v = parse_json(R"({"b": [1, -2.5e3, true, null], "a": {"s": "x\u00e9\n"}})", "t.json");
  ASSERT_EQ(v.kind, JsonValue::Kind::Object);
  ASSERT_EQ(v.members.size(), 2u);
  EXPECT_EQ(v.members[0].first, "b");
  EXPECT_EQ(v.members[0].second.items[1].text, "-2.5e3");
  EXPECT_TRUE(v.members[0].second.items[2].boolean);
  EXPECT_EQ(v.members[0].second.items[3].kind, JsonValue::Kind::Null);
  EXPECT_EQ(v.find("a")->find("s")->text, "x\xc3\xa9\n");
}

TEST(Json, rejects_malformed_text_with_position) {
  for (const char* bad : {"{", "[1,]", "{\"a\" 1}", "01", "\"abc", "{\"a\":1,\"a\":2}", "[1] x", "tru", "\"\\q\""}) {
    EXPECT_THROW(parse_json(bad, "bad.json"), ParseError) << bad;
  }
  try {
    parse_json("{\n  \"a\": ]\n}", "bad.json");
    FAIL();
  } catch (const ParseError& e) {
    EXPECT_NE(std::string(e.what()).find("bad.json: line 2 column 8"), std::string::npos) << e.what();
  }
}

TEST(Json, rejects_deep_nesting_without_crashing) {
  std::string deep(100000, '[');
  EXPECT_THROW(parse_json(deep, "deep.json"), ParseError);
}

TEST(JsonNode, errors_name_file_and_path) {
  JsonValue v = parse_json(R"({"post": {"Cancun": [{"hash": "0x1"}, {"hsh": "0x2"}]}})", "add11.json");
  JsonNode root(v, "add11.json");
  JsonNode c = root["post"]["Cancun"][1];
  try {
    c.require_only({"hash", "logs"});
    FAIL();
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()), "add11.json: post.Cancun[1]: unexpected key 'hsh'");
  }
  EXPECT_THROW(root["post"]["Cancun"][5], InputError);
  EXPECT_THROW(root["missing"], InputError);
  EXPECT_THROW(root["post"].as_string(), InputError);
}

}  // namespace
}  // namespace zkevm
