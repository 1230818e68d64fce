#include "cpp/evm/interpreter.hpp"

#include "cpp/evm/frame.hpp"
#include "cpp/evm/opcodes.hpp"
#include "cpp/evm/precompiles/precompile.hpp"
#include "cpp/evm/rlp.hpp"

namespace zkevm::evm {
namespace {

// Marks the JUMPDEST bytes that are opcodes, skipping PUSH data.
std::vector<uint8_t> analyze_jumpdests(std::span<const uint8_t> code) {
  std::vector<uint8_t> out(code.size(), 0);
  for (std::size_t i = 0; i < code.size(); ++i) {
    uint8_t c = code[i];
    if (c == op::JUMPDEST) out[i] = 1;
    else if (c >= op::PUSH1 && c <= op::PUSH32) i += c - op::PUSH1 + 1;
  }
  return out;
}

// Reports the step's cost and outcome. A failing step reports the cost it
// could not pay, as EIP-3155 tracers do; call-family ops that fail before
// their child's gas is known report nothing beyond their (zero) static cost.
void trace_step_end(Frame& f, uint8_t opcode, int64_t gas_before) {
  bool ok = f.status == Status::Running || f.status == Status::Success || f.status == Status::Revert;
  if (!ok) f.tracer->on_step_error(status_name(f.status));
  if (!f.cost_reported) {
    int64_t cost = gas_before - f.gas;
    if (!ok) {
      bool call_family = opcode == op::CALL || opcode == op::CALLCODE || opcode == op::DELEGATECALL ||
                         opcode == op::STATICCALL;
      cost = call_family ? 0 : cost + f.failed_cost;
    }
    if (cost >= kHugeCost) {
      std::string exact = exact_step_cost_hex(
          f, opcode, std::span<const U256>(f.traced_args.data(), f.traced_arg_count), f.traced_memory_size);
      if (!exact.empty()) {
        f.tracer->on_step_gas_cost_hex(exact, f.evm.state().refund());
        cost = -1;
      }
    }
    if (cost >= 0) f.tracer->on_step_gas_cost(cost, f.evm.state().refund());
  }
  if (ok) f.tracer->on_step_end(f.gas, std::span<const U256>(f.stack, f.sp), f.memory);
}

bool is_exceptional(Status s) { return s != Status::Success && s != Status::Revert; }

int status_code(Status s) { return s == Status::Success ? 0 : s == Status::Revert ? 1 : 2; }

}  // namespace

const char* status_name(Status s) {
  switch (s) {
    case Status::Running: return "running";
    case Status::Success: return "success";
    case Status::Revert: return "revert";
    case Status::OutOfGas: return "out of gas";
    case Status::StackUnderflow: return "stack underflow";
    case Status::StackOverflow: return "stack overflow";
    case Status::InvalidOpcode: return "invalid opcode";
    case Status::BadJump: return "invalid jump destination";
    case Status::StaticViolation: return "state change in a static call";
    case Status::ReturnDataOutOfBounds: return "return data out of bounds";
    case Status::InitcodeTooLarge: return "initcode too large";
    case Status::CodeSizeExceeded: return "code size exceeded";
    case Status::InvalidCodePrefix: return "code starts with 0xef";
    case Status::CreateCollision: return "create collision";
    case Status::PrecompileFailure: return "precompile failure";
  }
  return "?";
}

Address create_address(const Address& sender, uint64_t nonce) {
  Bytes payload;
  rlp::append_bytes(payload, sender);
  rlp::append_uint(payload, U256(nonce));
  Hash256 h = keccak256(rlp::wrap_list(payload));
  Address a;
  std::copy(h.begin() + 12, h.end(), a.begin());
  return a;
}

Address create2_address(const Address& sender, const U256& salt, std::span<const uint8_t> initcode) {
  Bytes buf;
  buf.push_back(0xff);
  buf.insert(buf.end(), sender.begin(), sender.end());
  auto s = salt.to_be_bytes();
  buf.insert(buf.end(), s.begin(), s.end());
  Hash256 ch = keccak256(initcode);
  buf.insert(buf.end(), ch.begin(), ch.end());
  Hash256 h = keccak256(buf);
  Address a;
  std::copy(h.begin() + 12, h.end(), a.begin());
  return a;
}

unsigned precompile_index(const Address& a, Fork fork) {
  for (int i = 0; i < 19; ++i)
    if (a[i] != 0) return 0;
  unsigned last = fork >= Fork::Cancun ? 10 : 9;
  return a[19] >= 1 && a[19] <= last ? a[19] : 0;
}

CallResult Evm::run_precompile_call(const Message& msg, unsigned index) {
  PrecompileResult r = run_precompile(index, msg.input, static_cast<uint64_t>(msg.gas));
  CallResult out;
  if (r.status == PrecompileStatus::Success && r.gas_used <= static_cast<uint64_t>(msg.gas)) {
    out.status = Status::Success;
    out.gas_left = msg.gas - static_cast<int64_t>(r.gas_used);
    out.output = std::move(r.output);
    return out;
  }
  if (r.status == PrecompileStatus::Unsupported && unsupported_.empty()) unsupported_ = r.reason;
  out.status = Status::PrecompileFailure;
  out.gas_left = 0;
  return out;
}

CallResult Evm::call(const Message& msg) {
  std::size_t snapshot = state_.snapshot();
  if (msg.transfers_value) {
    // The callee is touched even by a zero transfer (EIP-161).
    state_.sub_balance(msg.sender, msg.value);
    state_.add_balance(msg.recipient, msg.value);
  } else if (msg.kind == CallKind::StaticCall) {
    state_.touch(msg.recipient);  // as a zero transfer would
  }
  CallResult result;
  bool entered = false;  // a frame was entered: the tracer saw on_call_enter
  if (unsigned index = precompile_index(msg.code_address, fork_)) {
    if (tracer_) {
      tracer_->on_call_enter(CallView{msg.depth + 1, next_call_id(), static_cast<uint8_t>(msg.kind), msg.sender,
                                      msg.recipient, msg.code_address, msg.value, msg.gas, msg.is_static, false,
                                      msg.input});
    }
    result = run_precompile_call(msg, index);
    entered = true;
  } else {
    std::span<const uint8_t> code = state_.code(msg.code_address);
    if (code.empty()) {
      result.gas_left = msg.gas;
    } else {
      // Keep the code alive even if the account changes during execution.
      const Account* acc = state_.find(msg.code_address);
      std::shared_ptr<const Bytes> keep = acc->code;
      result = execute(msg, *keep);
      entered = true;
    }
  }
  if (result.status != Status::Success) {
    state_.revert(snapshot);
    if (is_exceptional(result.status)) result.gas_left = 0;
  }
  // After the reversion: the tracer records a failing frame's undo writes inside it, before its exit.
  if (tracer_ && entered) tracer_->on_call_exit(status_code(result.status), result.gas_left, result.output);
  return result;
}

CallResult Evm::create(const Message& msg) {
  CallResult result;
  const Address& a = msg.recipient;
  state_.access_address(a);  // EIP-2929: stays warm even if the creation fails
  if (const Account* existing = state_.find(a)) {
    // Collision (EIP-684, EIP-7610): nonce, code or storage already present.
    if (existing->nonce != 0 || existing->code_hash != kEmptyCodeHash || existing->has_storage()) {
      result.status = Status::CreateCollision;
      result.gas_left = 0;
      return result;
    }
  }
  std::size_t snapshot = state_.snapshot();
  state_.ensure_account(a);
  state_.set_nonce(a, 1);
  state_.mark_created(a);
  state_.sub_balance(msg.sender, msg.value);
  state_.add_balance(a, msg.value);
  result = execute(msg, msg.input);
  if (result.status == Status::Success) {
    Bytes code = std::move(result.output);
    result.output.clear();
    if (code.size() > kMaxCodeSize) {
      result.status = Status::CodeSizeExceeded;
    } else if (!code.empty() && code[0] == 0xEF) {
      result.status = Status::InvalidCodePrefix;  // EIP-3541
    } else if (result.gas_left < static_cast<int64_t>(200 * code.size())) {
      result.status = Status::OutOfGas;
    } else {
      result.gas_left -= static_cast<int64_t>(200 * code.size());
      state_.set_code(a, std::move(code));
      result.created = a;
    }
  }
  if (result.status != Status::Success) {
    state_.revert(snapshot);
    if (is_exceptional(result.status)) {
      result.gas_left = 0;
      result.output.clear();
    }
  }
  if (tracer_) tracer_->on_call_exit(status_code(result.status), result.gas_left, result.output);
  return result;
}

CallResult Evm::execute(const Message& msg, std::span<const uint8_t> code) {
  std::vector<uint8_t> jumpdests = analyze_jumpdests(code);
  Frame f(*this, msg, code, jumpdests);
  f.call_id = next_call_id();
  if (f.tracer) {
    f.tracer->on_call_enter(CallView{msg.depth + 1, f.call_id, static_cast<uint8_t>(msg.kind), msg.sender,
                                     msg.recipient, msg.code_address, msg.value, msg.gas, msg.is_static,
                                     msg.kind == CallKind::Create || msg.kind == CallKind::Create2, msg.input,
                                     code});
  }
  const auto& info = opcode_table();
  const auto& functions = instruction_table();
  const std::size_t code_size = code.size();
  while (f.status == Status::Running) {
    uint32_t pc = f.pc;
    if (pc >= code_size) {  // running off the end of the code is a STOP
      f.status = Status::Success;
      break;
    }
    uint8_t opcode = code[pc];
    const OpcodeInfo& oi = info[opcode];
    int64_t gas_before = f.gas;
    if (f.tracer) {
      f.cost_reported = false;
      f.tracer->on_step(StepView{pc, opcode, f.gas, msg.depth + 1, std::span<const U256>(f.stack, f.sp), f.memory,
                                 state_.refund(), f.call_id});
      f.traced_arg_count = std::min(f.sp, 7);
      for (int i = 0; i < f.traced_arg_count; ++i) f.traced_args[i] = f.stack[f.sp - 1 - i];
      f.traced_memory_size = f.memory.size();
      f.failed_cost = 0;
    }
    if (!oi.name || oi.since > fork_) {
      f.status = Status::InvalidOpcode;
    } else if (f.sp < oi.stack_in) {
      f.status = Status::StackUnderflow;
      f.failed_cost = oi.static_gas;
    } else if (f.sp - oi.stack_in + oi.stack_out > 1024) {
      f.status = Status::StackOverflow;
      f.failed_cost = oi.static_gas;
    } else if (f.charge(oi.static_gas)) {
      f.pc = pc + 1;
      functions[opcode](f);
    } else if (f.tracer) {
      f.failed_cost += preview_dynamic_cost(f, opcode);
    }
    if (f.tracer) trace_step_end(f, opcode, gas_before);
  }
  CallResult result;
  result.status = f.status;
  result.gas_left = is_exceptional(f.status) ? 0 : f.gas;
  result.output = std::move(f.output);
  return result;  // the caller reverts a failure, then reports the exit
}

}  // namespace zkevm::evm
