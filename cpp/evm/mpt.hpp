#pragma once
// Merkle-Patricia trie roots (yellow paper, appendix D). The root is computed
// from the full key/value set: entries are sorted by key and the trie is
// built bottom-up, so no node store is needed.
#include <utility>
#include <vector>

#include "cpp/util/hex.hpp"
#include "cpp/util/keccak.hpp"

namespace zkevm::evm {

// keccak256(rlp("")): the root of the empty trie.
Hash256 empty_trie_root();

// Returns the root of the trie holding entries (key -> value). Keys must be
// distinct; values must be non-empty (an empty value means "absent").
Hash256 trie_root(std::vector<std::pair<Bytes, Bytes>> entries);

// The secure trie used for state and storage: keys are keccak256(key).
Hash256 secure_trie_root(const std::vector<std::pair<Bytes, Bytes>>& entries);

}  // namespace zkevm::evm
