#pragma once
// The observer interface of the interpreter. Every step and every state
// access is reported to an attached Tracer; the zk trace (bus-mapping RW
// operations) and the EIP-3155 JSON tracer are both plug-ins. With no tracer
// attached every hook is one predictable `if (tracer)` branch.
//
// Stack accesses are not reported one by one: a step's stack reads and
// writes are fixed by the opcode table (stack_in items popped, stack_out
// pushed), so on_step (stack before) and on_step_end (stack after) determine
// them exactly and cheaply.
#include <cstdint>
#include <span>
#include <string>

#include "cpp/evm/types.hpp"

namespace zkevm::evm {

// Fields of an account as the trace names them.
enum class AccountField { Nonce, Balance, CodeHash, Existence };

// Everything known about one step before the opcode runs.
struct StepView {
  uint32_t pc;
  uint8_t opcode;
  int64_t gas_left;
  int depth;  // 1 for the transaction's top-level frame
  std::span<const U256> stack;          // bottom .. top
  std::span<const uint8_t> memory;
  int64_t refund;
  uint64_t call_id;  // distinct per frame within one transaction
};

struct CallView {
  int depth;
  uint64_t call_id;
  uint8_t kind;  // the CallKind that made the frame (a transaction is Call or Create)
  Address caller;
  Address address;       // storage context
  Address code_address;  // whose code runs
  U256 value;
  int64_t gas;
  bool is_static;
  bool is_create;
  std::span<const uint8_t> input;
  std::span<const uint8_t> code = {};  // the code the frame runs (empty for precompiles)
};

class Tracer {
 public:
  virtual ~Tracer() = default;
  virtual void on_tx_start(int64_t /*gas_limit*/) {}
  virtual void on_tx_end(int64_t /*gas_used*/, bool /*success*/) {}
  virtual void on_call_enter(const CallView&) {}
  // The frame's outcome; status_code 0 = success, 1 = revert, 2 = exceptional halt.
  // Called after a failing frame's changes were undone (the reverted = true hooks).
  virtual void on_call_exit(int /*status_code*/, int64_t /*gas_left*/, std::span<const uint8_t> /*output*/) {}
  virtual void on_step(const StepView&) {}
  // The step's full gas cost as EIP-3155 reports it (static + dynamic, for
  // call-family ops without the gas handed to the child). Called once per
  // step: by call and create ops before the child runs, otherwise by the loop
  // after the op finished. refund: the refund counter after the op's own
  // refund change (EIP-3155 tracers show it so).
  virtual void on_step_gas_cost(int64_t /*cost*/, int64_t /*refund*/) {}
  // The same for a failing step whose cost does not fit in 63 bits (memory
  // ranges near 2^256): the exact cost as 0x-hex.
  virtual void on_step_gas_cost_hex(const std::string& /*cost*/, int64_t refund) {
    on_step_gas_cost(INT64_MAX, refund);
  }
  // After the opcode finished (not called when it halted exceptionally).
  virtual void on_step_end(int64_t /*gas_left*/, std::span<const U256> /*stack*/, std::span<const uint8_t> /*memory*/) {}
  // An exceptional halt of the current step, with its reason; called before
  // the step's on_step_gas_cost.
  virtual void on_step_error(const char* /*reason*/) {}
  virtual void on_memory_read(uint64_t /*offset*/, std::span<const uint8_t> /*bytes*/) {}
  virtual void on_memory_write(uint64_t /*offset*/, std::span<const uint8_t> /*bytes*/) {}
  virtual void on_storage_read(const Address&, const U256& /*key*/, const U256& /*value*/) {}
  // reverted: the write undoes an earlier one because its frame reverted.
  // committed: the slot's value at the start of the transaction (EIP-2200).
  virtual void on_storage_write(const Address&, const U256& /*key*/, const U256& /*old_value*/,
                                const U256& /*new_value*/, const U256& /*committed*/, bool /*reverted*/) {}
  virtual void on_transient_read(const Address&, const U256& /*key*/, const U256& /*value*/) {}
  virtual void on_transient_write(const Address&, const U256& /*key*/, const U256& /*old_value*/,
                                  const U256& /*new_value*/, bool /*reverted*/) {}
  virtual void on_account_read(const Address&, AccountField, const U256& /*value*/) {}
  virtual void on_account_write(const Address&, AccountField, const U256& /*old_value*/, const U256& /*new_value*/,
                                bool /*reverted*/) {}
  // key is null for an address; was_warm tells the value read before the write.
  virtual void on_access_list(const Address&, const U256* /*key*/, bool /*was_warm*/, bool /*reverted*/) {}
  virtual void on_refund(int64_t /*old_value*/, int64_t /*new_value*/, bool /*reverted*/) {}
  virtual void on_log(const Address&, std::span<const U256> /*topics*/, std::span<const uint8_t> /*data*/,
                      bool /*reverted*/) {}
};

}  // namespace zkevm::evm
