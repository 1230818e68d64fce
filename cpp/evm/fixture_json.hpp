#pragma once
// Reading the JSON of Ethereum test fixtures: the number, byte and address
// fields, the block environment ("env") and the pre-state ("pre") that state
// tests and block files (block.hpp) share. Every error names the file and
// the field through the JsonNode's path.
#include <vector>

#include "cpp/evm/interpreter.hpp"
#include "cpp/evm/transaction.hpp"
#include "cpp/util/json.hpp"

namespace zkevm::evm {

// A 256-bit number written in hex ("0x..") or decimal; ParseError otherwise.
U256 json_u256(const JsonNode& n);
// A number that must fit in 64 bits; InputError otherwise.
uint64_t json_u64(const JsonNode& n);
// 0x-hex bytes.
Bytes json_bytes(const JsonNode& n);
Address json_address(const JsonNode& n);
// Exactly 32 bytes of hex.
Hash256 json_hash(const JsonNode& n);
// [{address, storageKeys}], or null for none.
std::vector<AccessListEntry> json_access_list(const JsonNode& n);
// The block context of "env" (currentCoinbase, currentGasLimit, ...).
BlockEnv json_block_env(const JsonNode& env);
// The accounts of "pre": {address: {balance, code, nonce, storage}}.
WorldState json_world_state(const JsonNode& pre);

}  // namespace zkevm::evm
