#include "cpp/evm/block.hpp"

#include "cpp/util/error.hpp"

namespace zkevm::evm {
namespace {

// Why the block has no room for tx after transactions that used gas_used
// and carried `blobs` blobs ("" when it has).
std::string block_limit_error(const Block& block, const Transaction& tx, uint64_t gas_used, std::size_t blobs) {
  if (U256(gas_used) + tx.gas_limit > U256(block.env.gas_limit)) return "TransactionException.GAS_ALLOWANCE_EXCEEDED";
  if (blobs + tx.blob_hashes.size() > kMaxBlobsPerBlock)
    return "TransactionException.TYPE_3_TX_MAX_BLOB_GAS_ALLOWANCE_EXCEEDED";
  return "";
}

}  // namespace

BlockResult run_block(const Block& block, Tracer* tracer, WorldState* post) {
  BlockResult result;
  WorldState state = block.pre;
  std::vector<Log> block_logs;
  std::size_t blobs = 0;
  for (const BlockTx& btx : block.txs) {
    std::string error = block_limit_error(block, btx.tx, result.gas_used, blobs);
    TxOutcome outcome;
    if (error.empty()) {
      outcome = apply_transaction(state, block.env, btx.tx, block.fork, tracer);
      error = outcome.error;
    }
    if (!error.empty()) throw InputError(btx.name + ": invalid transaction: " + error);
    if (!outcome.unsupported.empty()) {
      result.verdict = Verdict::Unsupported;
      result.reason = "unsupported: " + btx.name + ": " + outcome.unsupported;
      break;
    }
    result.gas_used += outcome.gas_used;
    blobs += btx.tx.blob_hashes.size();
    TxResult r;
    r.status = outcome.status;
    r.gas_used = outcome.gas_used;
    r.cumulative_gas_used = result.gas_used;
    r.logs = state.logs();
    r.logs_hash = logs_hash(r.logs);
    r.state_root = state.state_root();
    r.deleted = std::move(outcome.deleted);
    block_logs.insert(block_logs.end(), r.logs.begin(), r.logs.end());
    result.txs.push_back(std::move(r));
  }
  // The last transaction's root, unless one stopped the block after changing the state.
  bool stopped = result.verdict == Verdict::Unsupported;
  result.state_root = result.txs.empty() || stopped ? state.state_root() : result.txs.back().state_root;
  result.logs_hash = logs_hash(block_logs);
  if (!stopped) {
    if (block.expected_root && result.state_root != *block.expected_root) {
      result.reason = "state root " + to_hex(result.state_root) + ", expected " + to_hex(*block.expected_root);
    } else if (block.expected_logs_hash && result.logs_hash != *block.expected_logs_hash) {
      result.reason = "logs hash " + to_hex(result.logs_hash) + ", expected " + to_hex(*block.expected_logs_hash);
    } else {
      result.verdict = Verdict::Pass;
    }
  }
  if (post) *post = std::move(state);
  return result;
}

}  // namespace zkevm::evm
