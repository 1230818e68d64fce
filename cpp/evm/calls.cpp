// The call, create and self-destruct opcodes: gas (EIP-150 63/64, EIP-2929
// access, stipends), the checks that fail softly (depth, balance, nonce) and
// the hand-off to Evm::call / Evm::create.
#include <algorithm>

#include "cpp/evm/frame.hpp"
#include "cpp/evm/opcodes.hpp"

namespace zkevm::evm {
namespace {

void report_cost(Frame& f, int64_t cost) {
  if (f.tracer) {
    f.tracer->on_step_gas_cost(cost, f.evm.state().refund());
    f.cost_reported = true;
  }
}

std::span<const uint8_t> memory_span(Frame& f, const U256& offset, const U256& size) {
  if (size.is_zero()) return {};
  return std::span<const uint8_t>(f.memory.data() + offset.w[0], size.w[0]);
}

void call_impl(Frame& f, CallKind kind) {
  int64_t gas_start = f.gas;
  U256 requested = f.pop();
  Address to = to_address(f.pop());
  U256 value = (kind == CallKind::Call || kind == CallKind::CallCode) ? f.pop() : U256();
  U256 in_offset = f.pop(), in_size = f.pop(), out_offset = f.pop(), out_size = f.pop();
  if (kind == CallKind::Call && f.msg.is_static && !value.is_zero()) {
    f.status = Status::StaticViolation;
    return;
  }
  if (!f.expand_memory(in_offset, in_size) || !f.expand_memory(out_offset, out_size)) return;
  WorldState& s = f.evm.state();
  int64_t cost = s.access_address(to) ? 100 : 2600;
  if (!value.is_zero()) {
    cost += 9000;
    if (kind == CallKind::Call && s.is_dead(to)) cost += 25000;
  }
  if (!f.charge(cost)) return;
  // EIP-150: the callee gets at most all but one 64th of what is left.
  int64_t available = f.gas - f.gas / 64;
  int64_t callee_gas = requested.fits_u64() && requested.w[0] < static_cast<uint64_t>(available)
                           ? static_cast<int64_t>(requested.w[0])
                           : available;
  f.gas -= callee_gas;
  report_cost(f, gas_start - f.gas - callee_gas);
  if (!value.is_zero()) callee_gas += 2300;  // the stipend is free for the caller
  f.return_data.clear();
  if (f.msg.depth + 1 > kMaxCallDepth || (!value.is_zero() && s.balance(f.msg.recipient) < value)) {
    f.gas += callee_gas;
    f.push(U256());
    return;
  }
  Message m;
  m.kind = kind;
  m.depth = f.msg.depth + 1;
  m.gas = callee_gas;
  m.code_address = to;
  m.input = memory_span(f, in_offset, in_size);
  m.is_static = f.msg.is_static || kind == CallKind::StaticCall;
  switch (kind) {
    case CallKind::Call:
      m.recipient = to;
      m.sender = f.msg.recipient;
      m.value = value;
      break;
    case CallKind::CallCode:
      m.recipient = f.msg.recipient;
      m.sender = f.msg.recipient;
      m.value = value;
      break;
    case CallKind::DelegateCall:
      m.recipient = f.msg.recipient;
      m.sender = f.msg.sender;
      m.value = f.msg.value;
      m.transfers_value = false;
      break;
    default:  // StaticCall
      m.recipient = to;
      m.sender = f.msg.recipient;
      m.transfers_value = false;
      break;
  }
  // The child may not grow this frame's memory, so the input span stays valid.
  CallResult r = f.evm.call(m);
  f.return_data = std::move(r.output);
  if (!out_size.is_zero()) {
    std::size_t n = std::min<std::size_t>(out_size.w[0], f.return_data.size());
    std::copy_n(f.return_data.data(), n, f.memory.data() + out_offset.w[0]);
    if (f.tracer && n) f.tracer->on_memory_write(out_offset.w[0], std::span<const uint8_t>(f.memory.data() + out_offset.w[0], n));
  }
  f.gas += r.gas_left;
  f.push(U256(r.status == Status::Success));
}

void create_impl(Frame& f, CallKind kind) {
  if (f.msg.is_static) {
    f.status = Status::StaticViolation;
    return;
  }
  int64_t gas_start = f.gas + 32000;  // the static part was charged by the loop
  U256 value = f.pop(), offset = f.pop(), size = f.pop();
  U256 salt = kind == CallKind::Create2 ? f.pop() : U256();
  if (!size.fits_u64() || size.w[0] > kMaxInitcodeSize) {  // EIP-3860
    f.status = Status::InitcodeTooLarge;
    // What the step would have cost, for tracers (kHugeCost-saturated).
    f.failed_cost = f.memory_expansion_cost(offset, size) + word_cost(kind == CallKind::Create2 ? 8 : 2, size);
    return;
  }
  int64_t words = static_cast<int64_t>(num_words(size.w[0]));
  int64_t hashing = kind == CallKind::Create2 ? 6 * words : 0;  // CREATE2 hashes the initcode
  int64_t cost = f.memory_expansion_cost(offset, size) + 2 * words + hashing;  // EIP-3860: 2 per word
  if (!f.charge(cost)) return;
  f.grow_memory(offset, size);
  report_cost(f, gas_start - f.gas);
  f.return_data.clear();
  WorldState& s = f.evm.state();
  const Address& self = f.msg.recipient;
  if (f.msg.depth + 1 > kMaxCallDepth || s.balance(self) < value) {
    f.push(U256());
    return;
  }
  uint64_t nonce = s.nonce(self);
  if (nonce == ~0ULL) {  // EIP-2681
    f.push(U256());
    return;
  }
  std::span<const uint8_t> initcode = memory_span(f, offset, size);
  s.set_nonce(self, nonce + 1);
  Message m;
  m.kind = kind;
  m.depth = f.msg.depth + 1;
  m.gas = f.gas - f.gas / 64;
  f.gas -= m.gas;
  m.sender = self;
  m.recipient = kind == CallKind::Create ? create_address(self, nonce) : create2_address(self, salt, initcode);
  m.code_address = m.recipient;
  m.value = value;
  m.input = initcode;
  m.salt = salt;
  CallResult r = f.evm.create(m);
  f.gas += r.gas_left;
  if (r.status == Status::Revert) f.return_data = std::move(r.output);
  f.push(r.status == Status::Success ? address_to_word(r.created) : U256());
}

}  // namespace

void op_call(Frame& f) { call_impl(f, CallKind::Call); }
void op_callcode(Frame& f) { call_impl(f, CallKind::CallCode); }
void op_delegatecall(Frame& f) { call_impl(f, CallKind::DelegateCall); }
void op_staticcall(Frame& f) { call_impl(f, CallKind::StaticCall); }
void op_create(Frame& f) { create_impl(f, CallKind::Create); }
void op_create2(Frame& f) { create_impl(f, CallKind::Create2); }

// SELFDESTRUCT (EIP-6780): moves the whole balance to the beneficiary; from
// Cancun on the account itself is deleted only if it was created in this
// transaction.
void op_selfdestruct(Frame& f) {
  if (f.msg.is_static) {
    f.status = Status::StaticViolation;
    return;
  }
  WorldState& s = f.evm.state();
  Address beneficiary = to_address(f.pop());
  const Address& self = f.msg.recipient;
  int64_t cost = s.access_address(beneficiary) ? 0 : 2600;
  U256 balance = s.balance(self);
  if (!balance.is_zero() && s.is_dead(beneficiary)) cost += 25000;
  if (!f.charge(cost)) return;
  // Before Cancun every self-destruct deletes the account at the end of the transaction.
  if (s.created_in_tx(self) || f.evm.fork() < Fork::Cancun) {
    s.add_balance(beneficiary, balance);
    s.set_balance(self, U256());
    s.mark_destructed(self);
  } else if (beneficiary != self) {
    s.sub_balance(self, balance);
    s.add_balance(beneficiary, balance);
  } else {
    s.touch(self);
  }
  f.status = Status::Success;
}

}  // namespace zkevm::evm
