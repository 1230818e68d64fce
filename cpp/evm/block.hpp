#pragma once
// A block: a block context and an ordered list of signed transactions, run
// one after the other on one world state, each from the state the previous
// one left. What Ethereum scopes to a transaction starts afresh for each
// (WorldState::begin_tx): EIP-2200 committed storage values, EIP-2929 warm
// sets, EIP-1153 transient storage, the refund counter and the logs. The
// block bounds the sum: gas used so far plus a transaction's gas limit must
// fit the block's gas limit, and at most 6 blobs per block (EIP-4844).
#include <optional>
#include <string>
#include <vector>

#include "cpp/evm/state_test.hpp"

namespace zkevm::evm {

struct BlockTx {
  std::string name;    // for messages: "add11.json::add11[Cancun:0]", "block.json: transactions[1]"
  Transaction tx;      // sender and signature set
  Bytes signed_bytes;  // the network encoding; its keccak256 is the transaction hash
};

struct Block {
  std::string source;  // the file it came from
  Fork fork = Fork::Cancun;
  BlockEnv env;
  WorldState pre;
  std::vector<BlockTx> txs;
  // Checked by run_block when present: the post-state root and the hash of
  // all the block's logs in order (a state test's logs hash for one transaction).
  std::optional<Hash256> expected_root, expected_logs_hash;
};

struct TxResult {
  Status status = Status::Success;  // the top-level frame's outcome
  uint64_t gas_used = 0;
  uint64_t cumulative_gas_used = 0;  // of this and the earlier transactions
  std::vector<Log> logs;
  Hash256 logs_hash{};
  Hash256 state_root{};          // after the transaction
  std::vector<Address> deleted;  // accounts removed at its end, which no RW op records
};

struct BlockResult {
  Verdict verdict = Verdict::Fail;  // Pass: every transaction ran and the expectations hold
  std::string reason;               // why it failed or is unsupported
  Hash256 state_root{};
  Hash256 logs_hash{};
  uint64_t gas_used = 0;
  std::vector<TxResult> txs;  // one per transaction run
};

// Runs the block's transactions in order on a copy of block.pre; the final
// state is moved into *post when post is not null. Throws InputError naming
// the transaction and the reason (in the fixtures' words) when one is
// invalid; a transaction that calls a precompile this build cannot run stops
// the block as Unsupported.
BlockResult run_block(const Block& block, Tracer* tracer = nullptr, WorldState* post = nullptr);

// A block of cases of one state test (and fork) in the given order: case k's
// transaction with the template's nonce + k, signed with the fixture's
// secretKey (legacy transactions with the chain id of the case's txbytes).
// With one case the block expects the case's post-state root and logs hash.
// InputError for an empty list, cases of different tests or forks, or a value
// that cannot be a transaction field.
Block block_from_state_test_cases(const std::vector<StateTestCase>& cases);

// The cases of path's test (the only one, or the one named `test`) in `fork`
// (default: Cancun if present, else the file's first fork) at the positions
// `indexes` of post[fork], all of them when empty. InputError naming the
// file for a missing test or an index out of range.
Block block_from_state_test(const std::string& path, const std::vector<std::size_t>& indexes,
                            const std::optional<std::string>& fork = {}, const std::optional<std::string>& test = {});

// Loads a block file: {"fork"?, "env", "pre", "transactions": [...], "expect"?}
// with env and pre as in state tests and each transaction signed by its
// "secretKey" or carrying its signature "v", "r", "s" (docs/DESIGN-NOTES.md,
// "## EVM"). ParseError / InputError naming the file and the field.
Block load_block(const std::string& path);

}  // namespace zkevm::evm
