#pragma once
// Applying one transaction to the world state: validation (the checks that
// make a transaction invalid, leaving the state untouched), fee purchase,
// warm-up of EIP-2929/2930/3651 addresses, execution, EIP-3529 refunds, the
// coinbase's priority fee, and the EIP-161/6780 end-of-transaction deletions.
#include <string>
#include <vector>

#include "cpp/evm/interpreter.hpp"
#include "cpp/evm/transaction.hpp"

namespace zkevm::evm {

// EIP-4844: the gas of one blob, and the most blobs a block may carry.
inline constexpr uint64_t kGasPerBlob = 131072;
inline constexpr uint64_t kMaxBlobsPerBlock = 6;

struct TxOutcome {
  bool valid = true;
  std::string error;  // why the transaction is invalid, in the fixtures' words
  Status status = Status::Success;
  uint64_t gas_used = 0;
  Bytes output;
  std::string unsupported;  // non-empty: a precompile this build cannot run was called
  std::vector<Address> deleted;  // accounts removed at the end (EIP-161 touched empty, self-destructed)
};

// EIP-4844 blob base fee from the block's excess blob gas.
U256 blob_base_fee(const U256& excess_blob_gas);

// Applies tx (sender already set) to state and returns the outcome. An
// invalid transaction leaves state exactly as it was.
TxOutcome apply_transaction(WorldState& state, const BlockEnv& block, const Transaction& tx, Fork fork,
                            Tracer* tracer = nullptr);

}  // namespace zkevm::evm
