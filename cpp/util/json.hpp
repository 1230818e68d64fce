#pragma once
// A small strict JSON reader (RFC 8259): a DOM that keeps object members in
// file order and numbers as their source text, plus JsonNode, a view that
// carries its path so every error names the file and the field, as in
// "add11.json: post.Cancun[2]: unexpected key 'hsh'".
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace zkevm {

struct JsonValue {
  enum class Kind { Null, Bool, Number, String, Array, Object };
  Kind kind = Kind::Null;
  bool boolean = false;
  std::string text;  // a string's decoded UTF-8, or a number's source text
  std::vector<JsonValue> items;
  std::vector<std::pair<std::string, JsonValue>> members;

  // Returns the member named key, or nullptr. Requires kind == Object.
  const JsonValue* find(std::string_view key) const;
};

// Returns the value of one JSON document. Throws ParseError
// "<source>: line L column C: reason" on malformed text (incl. duplicate keys).
JsonValue parse_json(std::string_view text, std::string_view source);

// Returns the parsed contents of a file; InputError if it cannot be read.
JsonValue read_json_file(const std::string& path);

// Returns the name of a kind for error messages ("object", "string", ...).
const char* json_kind_name(JsonValue::Kind kind);

// A value plus where it sits; accessors throw InputError naming source and path.
class JsonNode {
 public:
  JsonNode(const JsonValue& value, std::string source, std::string path = "")
      : value_(&value), source_(std::move(source)), path_(std::move(path)) {}

  const JsonValue& value() const { return *value_; }
  const std::string& path() const { return path_; }
  bool is(JsonValue::Kind kind) const { return value_->kind == kind; }
  bool has(std::string_view key) const;
  // Returns the member key; throws if this is not an object or key is missing.
  JsonNode operator[](std::string_view key) const;
  // Returns the element i; throws if this is not an array or i is out of range.
  JsonNode operator[](std::size_t i) const;
  std::size_t size() const;  // elements of an array or members of an object
  // Returns the member (key, node) pairs of an object in file order.
  std::vector<std::pair<std::string, JsonNode>> members() const;
  const std::string& as_string() const;
  // Throws InputError "<source>: <path>: unexpected key 'k'" for a key not in allowed.
  void require_only(std::initializer_list<std::string_view> allowed) const;
  // "<source>: <path>", the prefix of every error about this value.
  std::string where() const;
  // Throws InputError "<source>: <path>: reason".
  [[noreturn]] void fail(const std::string& reason) const;

 private:
  void expect(JsonValue::Kind kind) const;
  const JsonValue* value_;
  std::string source_;
  std::string path_;
};

}  // namespace zkevm
