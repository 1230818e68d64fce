#include "cpp/evm/bus_mapping.hpp"

#include <algorithm>

#include "cpp/evm/opcodes.hpp"

namespace zkevm::evm {

const char* rw_tag_name(RwTag tag) {
  switch (tag) {
    case RwTag::Start: return "Start";
    case RwTag::Stack: return "Stack";
    case RwTag::Memory: return "Memory";
    case RwTag::Storage: return "Storage";
    case RwTag::TransientStorage: return "TransientStorage";
    case RwTag::Account: return "Account";
    case RwTag::CallContext: return "CallContext";
    case RwTag::TxAccessListAccount: return "TxAccessListAccount";
    case RwTag::TxAccessListAccountStorage: return "TxAccessListAccountStorage";
    case RwTag::TxRefund: return "TxRefund";
    case RwTag::TxLog: return "TxLog";
    case RwTag::TxReceipt: return "TxReceipt";
    case RwTag::Padding: return "Padding";
  }
  return "?";
}

RwOp& BusMappingTracer::push(RwTag tag, bool is_write) {
  RwOp op;
  op.rw_counter = ops_.size() + 1;
  op.is_write = is_write;
  op.tag = tag;
  op.id = current_call();
  ops_.push_back(op);
  return ops_.back();
}

// Writes that a revert would undo count towards the frame's reversible
// write counter; the undo writes themselves do not. The count equals the
// number of undo writes a revert of the frame emits (the EVM circuit looks up
// the undo of reversible write i at a fixed rw_counter from it), so writes the
// journal does not undo do not count: re-warming a warm address or slot, and
// logs (a reverted frame's logs are dropped from the receipt instead).
void BusMappingTracer::count_reversible(bool reverted) {
  if (!reverted && !frames_.empty()) ++frames_.back().reversible_writes;
}

void BusMappingTracer::on_tx_start(int64_t) {
  if (ops_.empty()) push(RwTag::Start, false);  // once per block
  ++tx_id_;
  log_count_ = 0;
  call_id_base_ = last_call_id_;
}

void BusMappingTracer::on_tx_end(int64_t gas_used, bool success) {
  auto receipt = [&](ReceiptField field, const U256& value) {
    RwOp& op = push(RwTag::TxReceipt, true);
    op.id = tx_id_;
    op.field = static_cast<uint8_t>(field);
    op.value = value;
  };
  receipt(ReceiptField::Status, U256(success));
  cumulative_gas_used_ += static_cast<uint64_t>(gas_used);
  receipt(ReceiptField::CumulativeGasUsed, U256(cumulative_gas_used_));
  receipt(ReceiptField::LogLength, U256(log_count_));
}

void BusMappingTracer::on_call_enter(const CallView& tx_call) {
  // The interpreter numbers the frames of each transaction from 1; the
  // trace's call ids continue across the block.
  CallView call = tx_call;
  call.call_id += call_id_base_;
  last_call_id_ = std::max(last_call_id_, call.call_id);
  record_call_enter(call);
  Frame frame;
  frame.call_id = call.call_id;
  frame.depth = call.depth;
  frame.is_create = call.is_create;
  frames_.push_back(std::move(frame));
  if (!call.code.empty()) frames_.back().code_hash = hash_to_word(keccak256(call.code));
  auto context = [&](CallContextField field, const U256& value) {
    RwOp& op = push(RwTag::CallContext, true);
    op.field = static_cast<uint8_t>(field);
    op.value = value;
  };
  context(CallContextField::CallerAddress, address_to_word(call.caller));
  context(CallContextField::CalleeAddress, address_to_word(call.address));
  context(CallContextField::CodeAddress, address_to_word(call.code_address));
  context(CallContextField::Value, call.value);
  context(CallContextField::Depth, U256(static_cast<uint64_t>(call.depth)));
  context(CallContextField::IsStatic, U256(call.is_static));
  context(CallContextField::IsCreate, U256(call.is_create));
  context(CallContextField::Gas, U256(static_cast<uint64_t>(call.gas)));
  context(CallContextField::CallDataLength, U256(call.input.size()));
}

void BusMappingTracer::on_call_exit(int status_code, int64_t, std::span<const uint8_t>) {
  RwOp& op = push(RwTag::CallContext, true);
  op.field = static_cast<uint8_t>(CallContextField::IsSuccess);
  op.value = U256(status_code == 0);
  if (!frames_.empty()) frames_.pop_back();
  if (!frames_.empty()) frames_.back().last_child = op.id;
}

void BusMappingTracer::on_step(const StepView& step) {
  Frame& f = frames_.back();
  const OpcodeInfo& info = opcode_table()[step.opcode];
  ExecStep s;
  s.pc = step.pc;
  s.opcode = step.opcode;
  s.execution_state = info.name ? info.name : "INVALID";
  s.gas_left = step.gas_left;
  s.stack_pointer = static_cast<uint32_t>(1024 - step.stack.size());
  s.memory_size = step.memory.size();
  s.call_id = f.call_id;
  s.tx_id = tx_id_;
  s.depth = step.depth;
  s.rw_counter = ops_.size() + 1;
  s.reversible_write_counter = f.reversible_writes;
  s.log_id = log_count_;
  f.step = steps_.size();
  steps_.push_back(std::move(s));
  f.opcode = step.opcode;
  f.step_read.clear();
  f.read_start = 0;
  for (std::size_t i = 0; i < 4; ++i) f.args[i] = i < step.stack.size() ? step.stack[step.stack.size() - 1 - i] : U256();
  // The step pops its stack_in topmost items: one read each, keyed by the
  // stack pointer (1024 - depth of the item from the bottom - 1).
  f.stack_in = info.name && step.stack.size() >= info.stack_in ? info.stack_in : 0;
  f.stack_out = info.name ? info.stack_out : 0;
  for (int i = 0; i < f.stack_in; ++i) {
    std::size_t position = step.stack.size() - 1 - i;
    RwOp& op = push(RwTag::Stack, false);
    op.key = U256(1023 - position);
    op.value = step.stack[position];
  }
}

void BusMappingTracer::on_step_gas_cost(int64_t cost, int64_t) {
  Frame& f = frames_.back();
  if (f.step != SIZE_MAX) steps_[f.step].gas_cost = cost;
}

void BusMappingTracer::on_step_end(int64_t, std::span<const U256> stack, std::span<const uint8_t>) {
  Frame& f = frames_.back();
  if (f.opcode == op::KECCAK256 && !stack.empty()) {
    keccaks_.push_back(KeccakInput{"SHA3", f.step_read, word_to_hash(stack.back())});
  } else if (f.opcode == op::EXP && !stack.empty()) {
    exps_.push_back(ExpEvent{f.args[0], f.args[1], stack.back(), f.step});
  }
  // The stack_out topmost items after the step are its writes.
  for (int i = f.stack_out - 1; i >= 0; --i) {
    if (static_cast<std::size_t>(i) >= stack.size()) continue;
    std::size_t position = stack.size() - 1 - i;
    RwOp& op = push(RwTag::Stack, true);
    op.key = U256(1023 - position);
    op.value = stack[position];
  }
  f.step = SIZE_MAX;
}

void BusMappingTracer::on_step_error(const char* reason) {
  Frame& f = frames_.back();
  if (f.step != SIZE_MAX) steps_[f.step].execution_state = std::string("error: ") + reason;
}

void BusMappingTracer::on_memory_read(uint64_t offset, std::span<const uint8_t> bytes) {
  // The root call's RETURN/REVERT output goes nowhere a circuit reads (a
  // creation's is its code): no memory reads, no copy.
  if (!frames_.empty() && frames_.back().depth == 1 && !frames_.back().is_create &&
      (frames_.back().opcode == op::RETURN || frames_.back().opcode == op::REVERT))
    return;
  uint64_t rw_start = ops_.size() + 1;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    RwOp& op = push(RwTag::Memory, false);
    op.key = U256(offset + i);
    op.value = U256(bytes[i]);
  }
  copy_on_read(offset, bytes, rw_start);
}

void BusMappingTracer::on_memory_write(uint64_t offset, std::span<const uint8_t> bytes) {
  uint64_t rw_start = ops_.size() + 1;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    RwOp& op = push(RwTag::Memory, true);
    op.key = U256(offset + i);
    op.value = U256(bytes[i]);
  }
  copy_on_write(offset, bytes, rw_start);
}

void BusMappingTracer::on_storage_read(const Address& a, const U256& key, const U256& value) {
  RwOp& op = push(RwTag::Storage, false);
  op.address = a;
  op.key = key;
  op.value = value;
  op.value_prev = value;
}

void BusMappingTracer::on_storage_write(const Address& a, const U256& key, const U256& old_value,
                                        const U256& new_value, const U256& committed, bool reverted) {
  RwOp& op = push(RwTag::Storage, true);
  op.address = a;
  op.key = key;
  op.value = new_value;
  op.value_prev = old_value;
  op.committed_value = committed;
  op.reverted = reverted;
  count_reversible(reverted);
}

void BusMappingTracer::on_transient_read(const Address& a, const U256& key, const U256& value) {
  RwOp& op = push(RwTag::TransientStorage, false);
  op.id = tx_id_;
  op.address = a;
  op.key = key;
  op.value = value;
  op.value_prev = value;
}

void BusMappingTracer::on_transient_write(const Address& a, const U256& key, const U256& old_value,
                                          const U256& new_value, bool reverted) {
  RwOp& op = push(RwTag::TransientStorage, true);
  op.id = tx_id_;
  op.address = a;
  op.key = key;
  op.value = new_value;
  op.value_prev = old_value;
  op.reverted = reverted;
  count_reversible(reverted);
}

void BusMappingTracer::on_account_read(const Address& a, AccountField field, const U256& value) {
  RwOp& op = push(RwTag::Account, false);
  op.address = a;
  op.field = static_cast<uint8_t>(field);
  op.value = value;
  op.value_prev = value;
}

void BusMappingTracer::on_account_write(const Address& a, AccountField field, const U256& old_value,
                                        const U256& new_value, bool reverted) {
  RwOp& op = push(RwTag::Account, true);
  op.address = a;
  op.field = static_cast<uint8_t>(field);
  op.value = new_value;
  op.value_prev = old_value;
  op.reverted = reverted;
  count_reversible(reverted);
  if (field == AccountField::Nonce && !reverted) nonce_before_[a] = old_value;
}

void BusMappingTracer::on_access_list(const Address& a, const U256* key, bool was_warm, bool reverted) {
  // A reverted entry goes from warm back to cold; otherwise the op records
  // the warm bit before (value_prev) and after (always warm).
  RwOp& op = push(key ? RwTag::TxAccessListAccountStorage : RwTag::TxAccessListAccount, true);
  op.id = tx_id_;
  op.address = a;
  if (key) op.key = *key;
  op.value = U256(!reverted);
  op.value_prev = U256(was_warm);
  op.reverted = reverted;
  count_reversible(reverted || was_warm);
}

void BusMappingTracer::on_refund(int64_t old_value, int64_t new_value, bool reverted) {
  RwOp& op = push(RwTag::TxRefund, true);
  op.id = tx_id_;
  op.value = U256(static_cast<uint64_t>(new_value));
  op.value_prev = U256(static_cast<uint64_t>(old_value));
  op.reverted = reverted;
  count_reversible(reverted);
}

void BusMappingTracer::on_log(const Address& a, std::span<const U256> topics, std::span<const uint8_t> data,
                              bool reverted) {
  if (reverted) {
    --log_count_;  // the log of a reverted frame is dropped from the receipt
    return;
  }
  RwOp& op = push(RwTag::TxLog, true);
  op.id = tx_id_;
  op.address = a;
  op.key = U256(log_count_);
  op.field = static_cast<uint8_t>(topics.size());
  op.value = U256(data.size());
  ++log_count_;
}

}  // namespace zkevm::evm
