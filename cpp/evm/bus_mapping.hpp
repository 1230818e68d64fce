#pragma once
// The bus-mapping tracer: records the execution steps and the RW operations
// of one transaction, or of a block's transactions run one after the other,
// as the zk circuits consume them. A Tracer plug-in: it sees the interpreter
// only through the hooks in tracer.hpp.
//
// Across a block: one Start op, one rw_counter sequence, call ids that keep
// counting from one transaction to the next, and the per-transaction tags
// (TransientStorage, TxAccessList*, TxRefund, TxLog, TxReceipt) keyed by the
// transaction's id, 1, 2, ... in the order the transactions ran.
#include <string>
#include <vector>

#include <map>
#include <unordered_map>

#include "cpp/evm/circuit_tables.hpp"
#include "cpp/evm/rw.hpp"
#include "cpp/evm/state.hpp"
#include "cpp/evm/tracer.hpp"

namespace zkevm::evm {

struct ExecStep {
  uint32_t pc = 0;
  uint8_t opcode = 0;
  std::string execution_state;  // the opcode's name, or "error: <reason>"
  int64_t gas_left = 0;
  int64_t gas_cost = 0;
  uint32_t stack_pointer = 1024;  // 1024 - stack size, as the EVM circuit counts
  uint64_t memory_size = 0;
  uint64_t call_id = 0;
  uint64_t tx_id = 0;  // 1-based position of the step's transaction in the block
  int depth = 0;
  uint64_t rw_counter = 0;  // counter of the step's first RW operation
  uint64_t reversible_write_counter = 0;
  uint64_t log_id = 0;
};

class BusMappingTracer : public Tracer {
 public:

  const std::vector<ExecStep>& steps() const { return steps_; }
  const std::vector<RwOp>& rw_ops() const { return ops_; }
  const std::vector<CopyEvent>& copy_events() const { return copies_; }
  const std::vector<KeccakInput>& keccak_inputs() const { return keccaks_; }
  const std::vector<ExpEvent>& exp_events() const { return exps_; }
  // Every code a frame ran (init code included), by hash.
  const std::map<Hash256, Bytes>& executed_code() const { return code_; }

  void on_tx_start(int64_t gas_limit) override;
  void on_tx_end(int64_t gas_used, bool success) override;
  void on_call_enter(const CallView& call) override;
  void on_call_exit(int status_code, int64_t gas_left, std::span<const uint8_t> output) override;
  void on_step(const StepView& step) override;
  void on_step_gas_cost(int64_t cost, int64_t refund) override;
  void on_step_end(int64_t gas_left, std::span<const U256> stack, std::span<const uint8_t> memory) override;
  void on_step_error(const char* reason) override;
  void on_memory_read(uint64_t offset, std::span<const uint8_t> bytes) override;
  void on_memory_write(uint64_t offset, std::span<const uint8_t> bytes) override;
  void on_storage_read(const Address& a, const U256& key, const U256& value) override;
  void on_storage_write(const Address& a, const U256& key, const U256& old_value, const U256& new_value,
                        const U256& committed, bool reverted) override;
  void on_transient_read(const Address& a, const U256& key, const U256& value) override;
  void on_transient_write(const Address& a, const U256& key, const U256& old_value, const U256& new_value,
                          bool reverted) override;
  void on_account_read(const Address& a, AccountField field, const U256& value) override;
  void on_account_write(const Address& a, AccountField field, const U256& old_value, const U256& new_value,
                        bool reverted) override;
  void on_access_list(const Address& a, const U256* key, bool was_warm, bool reverted) override;
  void on_refund(int64_t old_value, int64_t new_value, bool reverted) override;
  void on_log(const Address& a, std::span<const U256> topics, std::span<const uint8_t> data, bool reverted) override;

 private:
  struct Frame {
    uint64_t call_id = 0;
    int depth = 0;
    std::size_t step = SIZE_MAX;  // index of the step in flight
    uint8_t stack_in = 0, stack_out = 0;
    uint64_t reversible_writes = 0;
    // For copy events, Keccak inputs and EXP: the step's opcode and its
    // topmost stack items (top first), the frame's code hash.
    uint8_t opcode = 0;
    U256 args[4];
    bool is_create = false;
    U256 code_hash;
    uint64_t last_child = 0;  // call id of the last returned child frame
    uint64_t read_start = 0;  // rw_counter of the step's first memory read
    Bytes step_read;          // bytes the step read from memory
  };
  void copy_on_read(uint64_t offset, std::span<const uint8_t> bytes, uint64_t rw_start);
  void copy_on_write(uint64_t offset, std::span<const uint8_t> bytes, uint64_t rw_start);
  void record_call_enter(const CallView& call);
  void add_copy(CopyDataType src, const U256& src_id, uint64_t src_offset, CopyDataType dst, const U256& dst_id,
                uint64_t dst_offset, std::span<const uint8_t> bytes, uint64_t rw_start);
  RwOp& push(RwTag tag, bool is_write);
  void count_reversible(bool reverted);
  uint64_t current_call() const { return frames_.empty() ? 0 : frames_.back().call_id; }

  std::vector<ExecStep> steps_;
  std::vector<RwOp> ops_;
  std::vector<Frame> frames_;
  uint64_t tx_id_ = 0;                // the transaction running (1-based)
  uint64_t log_count_ = 0;            // logs of the transaction so far
  uint64_t cumulative_gas_used_ = 0;  // of the block's transactions so far
  uint64_t call_id_base_ = 0;         // call ids used by the earlier transactions
  uint64_t last_call_id_ = 0;
  std::vector<CopyEvent> copies_;
  std::vector<KeccakInput> keccaks_;
  std::vector<ExpEvent> exps_;
  std::map<Hash256, Bytes> code_;
  std::unordered_map<Address, U256, AddressHash> nonce_before_;  // last nonce write's old value (CREATE)
};

// Replays ops in rw_counter order against pre and confirms they are
// consistent: every read returns the last value written to its key (or the
// pre-state's), every write's previous value is the current one, and the
// final storage, balances and nonces equal those of post for every account
// that exists there. For a block, deleted_after_tx[k] lists the accounts
// removed at the end of transaction k + 1 (TxOutcome::deleted), which no op
// records; after it they hold an absent account's values. Throws
// VerificationError naming the first bad op.
void check_rw_consistency(const std::vector<RwOp>& ops, const WorldState& pre, const WorldState& post,
                          const std::vector<std::vector<Address>>& deleted_after_tx = {});

}  // namespace zkevm::evm
