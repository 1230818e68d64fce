#include <gtest/gtest.h>

#include "cpp/evm/mpt.hpp"
#include "cpp/evm/rlp.hpp"

namespace zkevm::evm {
namespace {

Bytes str(std::string_view s) { return Bytes(s.begin(), s.end()); }

TEST(Mpt, empty_trie_has_the_known_root) {
  EXPECT_EQ(to_hex_raw(empty_trie_root()), "56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421");
  EXPECT_EQ(trie_root({}), empty_trie_root());
}

// Vectors from ethereum/tests TrieTests (trietest.json / trieanyorder.json).
TEST(Mpt, matches_published_trie_vectors) {
  EXPECT_EQ(to_hex_raw(trie_root({{str("doe"), str("reindeer")}, {str("dog"), str("puppy")}, {str("dogglesworth"), str("cat")}})),
            "8aad789dff2f538bca5d8ea56e8abe10f4c7ba3a5dea95fea4cd6e7c3a1168d3");
  EXPECT_EQ(to_hex_raw(trie_root({{str("do"), str("verb")}, {str("horse"), str("stallion")}, {str("doge"), str("coin")},
                                  {str("dog"), str("puppy")}})),
            "5991bb8c6514148a29db676a14ac506cd2cd5775ace63c30a4fe457715e9ac84");
}

TEST(Mpt, root_does_not_depend_on_insertion_order) {
  std::vector<std::pair<Bytes, Bytes>> a, b;
  for (int i = 0; i < 50; ++i) {
    Bytes key = rlp::encode_uint(U256(static_cast<uint64_t>(i * 7919)));
    a.emplace_back(key, Bytes(1 + i % 40, static_cast<uint8_t>(i)));
  }
  b.assign(a.rbegin(), a.rend());
  EXPECT_EQ(trie_root(a), trie_root(b));
  a.pop_back();
  EXPECT_NE(trie_root(a), trie_root(b));
}

}  // namespace
}  // namespace zkevm::evm
