#pragma once
// The block-level tables of the circuit input (bus-mapping) for one state-
// test case or a block: block context, transactions with calldata, bytecodes
// with is_code flags, MPT updates chaining the pre-state root to the
// post-state root, transaction signatures, and the Keccak inputs that are not
// the tracer's (bytecode hashes, transaction and signing hashes).
#include <vector>

#include "cpp/evm/block.hpp"
#include "cpp/evm/bus_mapping.hpp"
#include "cpp/evm/state_test.hpp"

namespace zkevm::evm {

struct BlockContext {
  Address coinbase{};
  uint64_t number = 0, timestamp = 0, gas_limit = 0;
  U256 prevrandao, base_fee, blob_base_fee, chain_id;
};

struct TxRecord {
  uint64_t id = 1;
  Transaction tx;  // tx.data is the calldata
  Hash256 hash{};  // keccak256 of the signed bytes (zero when the case has none)
};

struct Bytecode {
  Hash256 hash{};
  Bytes bytes;
  std::vector<uint8_t> is_code;  // 1 for an opcode byte, 0 for PUSH data
};

// One field of the state trie: account fields, a storage slot, or an
// account appearing (Create: 0 -> 1) or disappearing (Delete: 1 -> 0).
enum class MptField : uint8_t { Create, Nonce, Balance, CodeHash, Storage, Delete };
const char* mpt_field_name(MptField f);

struct MptUpdate {
  Address address{};
  MptField field = MptField::Nonce;
  U256 key;  // storage slot
  U256 old_value, new_value;
  Hash256 old_root{}, new_root{};
};

struct Signature {
  Hash256 msg_hash{};
  U256 r, s;
  int v = 0;  // recovery id (y parity)
  Address recovered{};
};

struct CircuitInput {
  BlockContext block;
  std::vector<TxRecord> txs;
  std::vector<Bytecode> bytecodes;
  std::vector<MptUpdate> mpt_updates;
  std::vector<Signature> signatures;
  std::vector<KeccakInput> keccak_inputs;  // the tracer's first, then bytecodes, tx hashes
};

// The is_code flag of every byte of code.
std::vector<uint8_t> code_flags(std::span<const uint8_t> code);

// The MPT updates that turn pre into post, one per changed field, in address
// and slot order; each update's old_root is the previous one's new_root.
// Roots are recomputed from the whole state per update (state tests are small).
std::vector<MptUpdate> mpt_updates(const WorldState& pre, const WorldState& post);

// Builds the block-level tables of case c after run_state_test_case(c,
// &tracer, &post). The signature comes from the case's signed bytes (none
// for a transaction the fixture expects to be invalid).
CircuitInput build_circuit_input(const StateTestCase& c, const BusMappingTracer& tracer, const WorldState& post);

// Builds the block-level tables of a block after run_block(block, &tracer,
// &post): every transaction (ids 1..n in block order) with its hash and
// signature, and the MPT updates from block.pre to post.
CircuitInput build_circuit_input(const Block& block, const BusMappingTracer& tracer, const WorldState& post);

}  // namespace zkevm::evm
