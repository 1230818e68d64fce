#include "cpp/util/json.hpp"

#include <fstream>
#include <sstream>

#include "cpp/util/error.hpp"

namespace zkevm {
namespace {

class Parser {
 public:
  Parser(std::string_view text, std::string_view source) : text_(text), source_(source) {}

  JsonValue document() {
    JsonValue v = value(0);
    skip_space();
    if (pos_ != text_.size()) fail("trailing characters after the document");
    return v;
  }

 private:
  static constexpr int kMaxDepth = 512;  // deep nesting is rejected, not a stack overflow

  [[noreturn]] void fail(const std::string& reason) const {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < pos_ && i < text_.size(); ++i) {
      if (text_[i] == '\n') {
        ++line;
        column = 1;
      } else {
        ++column;
      }
    }
    throw ParseError(std::string(source_) + ": line " + std::to_string(line) + " column " + std::to_string(column) +
                     ": " + reason);
  }

  void skip_space() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\n' || text_[pos_] == '\r' || text_[pos_] == '\t'))
      ++pos_;
  }

  char peek() {
    skip_space();
    if (pos_ >= text_.size()) fail("unexpected end of input");
    return text_[pos_];
  }

  void literal(std::string_view word) {
    if (text_.substr(pos_, word.size()) != word) fail("invalid literal");
    pos_ += word.size();
  }

  JsonValue value(int depth) {
    if (depth > kMaxDepth) fail("nesting deeper than 512 levels");
    JsonValue v;
    char c = peek();
    if (c == '{') {
      v.kind = JsonValue::Kind::Object;
      ++pos_;
      if (peek() == '}') {
        ++pos_;
        return v;
      }
      while (true) {
        if (peek() != '"') fail("expected a string key");
        std::string key = string();
        for (const auto& m : v.members)
          if (m.first == key) fail("duplicate key '" + key + "'");
        if (peek() != ':') fail("expected ':' after a key");
        ++pos_;
        v.members.emplace_back(std::move(key), value(depth + 1));
        char d = peek();
        ++pos_;
        if (d == '}') break;
        if (d != ',') fail("expected ',' or '}' in an object");
      }
    } else if (c == '[') {
      v.kind = JsonValue::Kind::Array;
      ++pos_;
      if (peek() == ']') {
        ++pos_;
        return v;
      }
      while (true) {
        v.items.push_back(value(depth + 1));
        char d = peek();
        ++pos_;
        if (d == ']') break;
        if (d != ',') fail("expected ',' or ']' in an array");
      }
    } else if (c == '"') {
      v.kind = JsonValue::Kind::String;
      v.text = string();
    } else if (c == 't') {
      literal("true");
      v.kind = JsonValue::Kind::Bool;
      v.boolean = true;
    } else if (c == 'f') {
      literal("false");
      v.kind = JsonValue::Kind::Bool;
    } else if (c == 'n') {
      literal("null");
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      v.kind = JsonValue::Kind::Number;
      v.text = number();
    } else {
      fail(std::string("unexpected character '") + c + "'");
    }
    return v;
  }

  std::string number() {
    std::size_t start = pos_;
    auto digits = [&] {
      std::size_t s = pos_;
      while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') ++pos_;
      if (pos_ == s) fail("expected a digit");
    };
    if (text_[pos_] == '-') ++pos_;
    if (pos_ < text_.size() && text_[pos_] == '0') {
      ++pos_;
    } else {
      digits();
    }
    if (pos_ < text_.size() && text_[pos_] == '.') {
      ++pos_;
      digits();
    }
    if (pos_ < text_.size() && (text_[pos_] == 'e' || text_[pos_] == 'E')) {
      ++pos_;
      if (pos_ < text_.size() && (text_[pos_] == '+' || text_[pos_] == '-')) ++pos_;
      digits();
    }
    return std::string(text_.substr(start, pos_ - start));
  }

  unsigned hex4() {
    if (pos_ + 4 > text_.size()) fail("truncated \\u escape");
    unsigned v = 0;
    for (int i = 0; i < 4; ++i) {
      char c = text_[pos_++];
      v <<= 4;
      if (c >= '0' && c <= '9') v |= c - '0';
      else if (c >= 'a' && c <= 'f') v |= c - 'a' + 10;
      else if (c >= 'A' && c <= 'F') v |= c - 'A' + 10;
      else fail("invalid \\u escape");
    }
    return v;
  }

  static void append_utf8(std::string& out, unsigned cp) {
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out.push_back(static_cast<char>(0xC0 | cp >> 6));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | cp >> 12));
      out.push_back(static_cast<char>(0x80 | (cp >> 6 & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | cp >> 18));
      out.push_back(static_cast<char>(0x80 | (cp >> 12 & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp >> 6 & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }

  std::string string() {
    ++pos_;  // opening quote
    std::string out;
    while (true) {
      if (pos_ >= text_.size()) fail("unterminated string");
      char c = text_[pos_++];
      if (c == '"') return out;
      if (static_cast<unsigned char>(c) < 0x20) fail("control character in a string");
      if (c != '\\') {
        out.push_back(c);
        continue;
      }
      if (pos_ >= text_.size()) fail("unterminated escape");
      char e = text_[pos_++];
      switch (e) {
        case '"': out.push_back('"'); break;
        case '\\': out.push_back('\\'); break;
        case '/': out.push_back('/'); break;
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        case 't': out.push_back('\t'); break;
        case 'u': {
          unsigned cp = hex4();
          if (cp >= 0xD800 && cp < 0xDC00) {
            if (text_.substr(pos_, 2) != "\\u") fail("unpaired surrogate");
            pos_ += 2;
            unsigned low = hex4();
            if (low < 0xDC00 || low >= 0xE000) fail("invalid low surrogate");
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          } else if (cp >= 0xDC00 && cp < 0xE000) {
            fail("unpaired surrogate");
          }
          append_utf8(out, cp);
          break;
        }
        default: fail(std::string("invalid escape '\\") + e + "'");
      }
    }
  }

  std::string_view text_;
  std::string_view source_;
  std::size_t pos_ = 0;
};

std::string index_path(const std::string& path, std::size_t i) { return path + "[" + std::to_string(i) + "]"; }

std::string key_path(const std::string& path, std::string_view key) {
  return path.empty() ? std::string(key) : path + "." + std::string(key);
}

}  // namespace

const JsonValue* JsonValue::find(std::string_view key) const {
  for (const auto& m : members)
    if (m.first == key) return &m.second;
  return nullptr;
}

JsonValue parse_json(std::string_view text, std::string_view source) { return Parser(text, source).document(); }

JsonValue read_json_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path + ": cannot open file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return parse_json(buffer.str(), path);
}

const char* json_kind_name(JsonValue::Kind kind) {
  switch (kind) {
    case JsonValue::Kind::Null: return "null";
    case JsonValue::Kind::Bool: return "boolean";
    case JsonValue::Kind::Number: return "number";
    case JsonValue::Kind::String: return "string";
    case JsonValue::Kind::Array: return "array";
    case JsonValue::Kind::Object: return "object";
  }
  return "?";
}

std::string JsonNode::where() const { return source_ + ": " + (path_.empty() ? std::string("(top level)") : path_); }

void JsonNode::fail(const std::string& reason) const { throw InputError(where() + ": " + reason); }

void JsonNode::expect(JsonValue::Kind kind) const {
  if (value_->kind != kind)
    fail(std::string("expected ") + json_kind_name(kind) + ", found " + json_kind_name(value_->kind));
}

bool JsonNode::has(std::string_view key) const {
  return value_->kind == JsonValue::Kind::Object && value_->find(key) != nullptr;
}

JsonNode JsonNode::operator[](std::string_view key) const {
  expect(JsonValue::Kind::Object);
  const JsonValue* v = value_->find(key);
  if (!v) fail("missing key '" + std::string(key) + "'");
  return JsonNode(*v, source_, key_path(path_, key));
}

JsonNode JsonNode::operator[](std::size_t i) const {
  expect(JsonValue::Kind::Array);
  if (i >= value_->items.size())
    fail("index " + std::to_string(i) + " out of range (" + std::to_string(value_->items.size()) + " elements)");
  return JsonNode(value_->items[i], source_, index_path(path_, i));
}

std::size_t JsonNode::size() const {
  if (value_->kind == JsonValue::Kind::Array) return value_->items.size();
  expect(JsonValue::Kind::Object);
  return value_->members.size();
}

std::vector<std::pair<std::string, JsonNode>> JsonNode::members() const {
  expect(JsonValue::Kind::Object);
  std::vector<std::pair<std::string, JsonNode>> out;
  out.reserve(value_->members.size());
  for (const auto& m : value_->members) out.emplace_back(m.first, JsonNode(m.second, source_, key_path(path_, m.first)));
  return out;
}

const std::string& JsonNode::as_string() const {
  expect(JsonValue::Kind::String);
  return value_->text;
}

void JsonNode::require_only(std::initializer_list<std::string_view> allowed) const {
  expect(JsonValue::Kind::Object);
  for (const auto& m : value_->members) {
    bool ok = false;
    for (auto a : allowed) ok = ok || a == m.first;
    if (!ok) fail("unexpected key '" + m.first + "'");
  }
}

}  // namespace zkevm
