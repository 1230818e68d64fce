#include "cpp/evm/mpt.hpp"

#include <algorithm>

#include "cpp/evm/rlp.hpp"
#include "cpp/util/error.hpp"

namespace zkevm::evm {
namespace {

struct Entry {
  Bytes nibbles;
  const Bytes* value;
};

// Hex-prefix encoding of a nibble path; the flag tells leaf from extension.
Bytes hex_prefix(const Bytes& nibbles, std::size_t begin, std::size_t end, bool leaf) {
  std::size_t n = end - begin;
  Bytes out;
  out.reserve(n / 2 + 1);
  uint8_t flag = leaf ? 2 : 0;
  std::size_t i = begin;
  if (n % 2 == 1) {
    out.push_back(static_cast<uint8_t>((flag + 1) << 4 | nibbles[i++]));
  } else {
    out.push_back(static_cast<uint8_t>(flag << 4));
  }
  for (; i < end; i += 2) out.push_back(static_cast<uint8_t>(nibbles[i] << 4 | nibbles[i + 1]));
  return out;
}

// A child reference: nodes shorter than 32 bytes are embedded, others hashed.
void append_reference(Bytes& out, const Bytes& node) {
  if (node.size() < 32) {
    out.insert(out.end(), node.begin(), node.end());
  } else {
    Hash256 h = keccak256(node);
    rlp::append_bytes(out, h);
  }
}

Bytes build(const std::vector<Entry>& entries, std::size_t lo, std::size_t hi, std::size_t depth) {
  Bytes payload;
  if (hi - lo == 1) {
    const Entry& e = entries[lo];
    rlp::append_bytes(payload, hex_prefix(e.nibbles, depth, e.nibbles.size(), true));
    rlp::append_bytes(payload, *e.value);
    return rlp::wrap_list(payload);
  }
  // Entries are sorted, so the common prefix of the range is that of its ends.
  const Bytes& first = entries[lo].nibbles;
  const Bytes& last = entries[hi - 1].nibbles;
  std::size_t common = depth;
  while (common < first.size() && common < last.size() && first[common] == last[common]) ++common;
  if (common > depth) {
    rlp::append_bytes(payload, hex_prefix(first, depth, common, false));
    append_reference(payload, build(entries, lo, hi, common));
    return rlp::wrap_list(payload);
  }
  const Bytes* branch_value = nullptr;
  std::size_t i = lo;
  if (entries[i].nibbles.size() == depth) branch_value = entries[i++].value;
  for (uint8_t nibble = 0; nibble < 16; ++nibble) {
    std::size_t j = i;
    while (j < hi && entries[j].nibbles[depth] == nibble) ++j;
    if (j == i) {
      payload.push_back(0x80);
    } else {
      append_reference(payload, build(entries, i, j, depth + 1));
    }
    i = j;
  }
  if (branch_value) {
    rlp::append_bytes(payload, *branch_value);
  } else {
    payload.push_back(0x80);
  }
  return rlp::wrap_list(payload);
}

}  // namespace

Hash256 empty_trie_root() {
  static const Hash256 root = keccak256(Bytes{0x80});
  return root;
}

Hash256 trie_root(std::vector<std::pair<Bytes, Bytes>> kv) {
  if (kv.empty()) return empty_trie_root();
  std::vector<Entry> entries;
  entries.reserve(kv.size());
  for (const auto& [key, value] : kv) {
    if (value.empty()) throw InternalError("trie_root: empty value");
    Entry e;
    e.nibbles.reserve(key.size() * 2);
    for (uint8_t b : key) {
      e.nibbles.push_back(b >> 4);
      e.nibbles.push_back(b & 15);
    }
    e.value = &value;
    entries.push_back(std::move(e));
  }
  // An explicit loop rather than vector's operator<: GCC 12 warns
  // (-Wstringop-overread) on the memcmp that operator< inlines to.
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    const std::size_t n = std::min(a.nibbles.size(), b.nibbles.size());
    for (std::size_t i = 0; i < n; ++i)
      if (a.nibbles[i] != b.nibbles[i]) return a.nibbles[i] < b.nibbles[i];
    return a.nibbles.size() < b.nibbles.size();
  });
  for (std::size_t i = 1; i < entries.size(); ++i)
    if (entries[i].nibbles == entries[i - 1].nibbles) throw InternalError("trie_root: duplicate key");
  return keccak256(build(entries, 0, entries.size(), 0));
}

Hash256 secure_trie_root(const std::vector<std::pair<Bytes, Bytes>>& entries) {
  std::vector<std::pair<Bytes, Bytes>> hashed;
  hashed.reserve(entries.size());
  for (const auto& [key, value] : entries) {
    Hash256 h = keccak256(key);
    hashed.emplace_back(Bytes(h.begin(), h.end()), value);
  }
  return trie_root(std::move(hashed));
}

}  // namespace zkevm::evm
