#include "circuits/evm/witness.hpp"

#include <algorithm>
#include <set>

#include "cpp/evm/state_test.hpp"
#include "cpp/util/error.hpp"

namespace zkevm::circuits::evm_circuit {

using evm::RwTag;

namespace {

// The root call's context writes just before its first step (bus-mapping's on_call_enter).
constexpr size_t kCallContextWrites = 9;
// A failing root call also undoes its value transfer: two balance writes of the prologue.
constexpr size_t kRootTransferWrites = 2;
// After the last step: IsSuccess, sender refund, (the coinbase's Existence
// write when it is new), coinbase reward, three receipt fields.
size_t epilogue_ops(const EvmTrace& t) {
  if (t.rw_ops.size() < 7) return 6;
  const evm::RwOp& op = t.rw_ops[t.rw_ops.size() - 5];
  return op.tag == RwTag::Account && op.field == static_cast<uint8_t>(evm::AccountField::Existence) ? 7 : 6;
}

// The state of an opcode step: INVALID is the one invalid opcode with a gadget so far.
std::optional<ExecutionState> state_of(const evm::ExecStep& s) {
  const auto state = execution_state_of(s.execution_state);
  if (state == ExecutionState::Invalid && s.opcode != 0xfe) return std::nullopt;
  return state;
}

bool is_halting(ExecutionState s) {
  using S = ExecutionState;
  return s == S::Stop || s == S::Return || s == S::Revert || s == S::Invalid;
}

// Exceptional halts consume all the call's gas.
bool is_exceptional(ExecutionState s) { return s == ExecutionState::Invalid; }

// The root call's outcome: its IsSuccess write, the epilogue's first operation.
bool root_call_succeeds(const EvmTrace& t) {
  return !t.rw_ops[t.rw_ops.size() - epilogue_ops(t)].value.is_zero();
}

// Undo writes of a failing root call: one per reversible write, then the value transfer's.
size_t undo_writes(const EvmTrace& t) {
  return root_call_succeeds(t) ? 0 : t.steps.back().reversible_write_counter + kRootTransferWrites;
}

// A write the root call's failure undoes (as the bus-mapping counts them): not
// an undo itself, and for the access list only the warming of a cold entry.
bool is_reversible(const evm::RwOp& op) {
  using evm::RwTag;
  if (!op.is_write || op.reverted) return false;
  switch (op.tag) {
    case RwTag::Storage:
    case RwTag::TransientStorage:
    case RwTag::Account:
    case RwTag::TxRefund: return true;
    case RwTag::TxAccessListAccount:
    case RwTag::TxAccessListAccountStorage: return op.value_prev.is_zero();
    default: return false;
  }
}

// Why the trace's shape is unsupported ("" when it is fine).
std::string shape_problem(const EvmTrace& t) {
  if (t.steps.empty()) return "a transaction that runs no code";
  const uint64_t first = t.steps.front().rw_counter;
  if (first < kCallContextWrites + 1) return "a prologue shorter than the root call's context";
  for (size_t i = 0; i < kCallContextWrites; ++i) {
    const evm::RwOp& op = t.rw_ops.at(first - 1 - kCallContextWrites + i);
    if (op.tag != RwTag::CallContext || !op.is_write || op.field != i) return "an unexpected root call context";
  }
  const size_t kEpilogueOps = epilogue_ops(t);
  if (t.rw_ops.size() < kEpilogueOps + first - 1) return "an unexpected transaction epilogue";
  const size_t epilogue = t.rw_ops.size() - kEpilogueOps;
  const evm::RwOp& success = t.rw_ops[epilogue];
  if (success.tag != RwTag::CallContext ||
      success.field != static_cast<uint8_t>(evm::CallContextField::IsSuccess))
    return "an unexpected transaction epilogue";
  for (size_t i = 1; i < kEpilogueOps - 3; ++i)
    if (t.rw_ops[epilogue + i].tag != RwTag::Account) return "an unexpected transaction epilogue";
  for (size_t i = kEpilogueOps - 3; i < kEpilogueOps; ++i)
    if (t.rw_ops[epilogue + i].tag != RwTag::TxReceipt) return "an unexpected transaction epilogue";
  if (!t.rw_ops[first - 1 - kCallContextWrites + static_cast<size_t>(evm::CallContextField::IsCreate)].value.is_zero())
    return "a creation transaction";
  // A failing root call's undo writes sit between its last step and IsSuccess.
  const size_t undo = undo_writes(t);
  if (epilogue < undo + t.steps.back().rw_counter - 1) return "an unexpected reversion of the root call";
  for (size_t i = epilogue - undo; i < epilogue; ++i)
    if (!t.rw_ops[i].reverted) return "an unexpected reversion of the root call";
  return "";
}

const evm::Bytecode* find_code(const EvmTrace& t) {
  for (const evm::Bytecode& code : t.input.bytecodes) {
    bool all = true;
    for (const evm::ExecStep& s : t.steps)
      if (s.pc >= code.bytes.size() || code.bytes[s.pc] != s.opcode || !code.is_code[s.pc]) {
        all = false;
        break;
      }
    if (all) return &code;
  }
  return nullptr;
}

// The root call's context as BeginCall writes it: the fields each opcode step carries.
StepValues values_of(const evm::ExecStep& s, const evm::Bytecode& code, const StepValues& context) {
  StepValues v = context;
  v.rw_counter = s.rw_counter;
  v.call_id = s.call_id;
  v.pc = s.pc;
  v.stack_pointer = s.stack_pointer;
  v.gas_left = static_cast<uint64_t>(s.gas_left);
  v.memory_words = s.memory_size / 32;
  v.reversible_write_counter = s.reversible_write_counter;
  v.log_id = s.log_id;
  v.code_hash = evm::hash_to_word(code.hash);
  v.opcode = s.opcode;
  return v;
}

}  // namespace

EvmTrace trace_state_test_case(const evm::StateTestCase& c) {
  evm::BusMappingTracer tracer;
  evm::WorldState post;
  const evm::CaseResult r = evm::run_state_test_case(c, &tracer, &post);
  if (r.verdict != evm::Verdict::Pass)
    throw InputError(c.id() + ": the case does not pass the EVM (" + evm::verdict_name(r.verdict) + ": " + r.reason +
                     ")");
  return EvmTrace{tracer.steps(), tracer.rw_ops(), evm::build_circuit_input(c, tracer, post)};
}

EvmTrace trace_block(const evm::Block& block) {
  evm::BusMappingTracer tracer;
  evm::WorldState post;
  const evm::BlockResult r = evm::run_block(block, &tracer, &post);
  if (r.verdict != evm::Verdict::Pass)
    throw InputError(block.source + ": the block does not pass the EVM (" + evm::verdict_name(r.verdict) + ": " +
                     r.reason + ")");
  return EvmTrace{tracer.steps(), tracer.rw_ops(), evm::build_circuit_input(block, tracer, post)};
}

std::vector<std::string> unsupported_states(const EvmTrace& t) {
  std::set<std::string> missing;
  for (const evm::ExecStep& s : t.steps) {
    if (s.depth != 1) missing.insert("nested calls (depth " + std::to_string(s.depth) + ")");
    if (!state_of(s)) missing.insert(s.execution_state);
  }
  if (!t.steps.empty() && missing.empty() && !is_halting(*state_of(t.steps.back())))
    missing.insert("a root call ending in " + t.steps.back().execution_state);
  if (missing.empty()) {
    const evm::Bytecode* code = nullptr;
    if (std::string p = shape_problem(t); !p.empty()) missing.insert(p);
    else if (!(code = find_code(t))) missing.insert("steps that match no bytecode of the trace");
    // PUSH reads its data through the Bytecode table, which has no rows past the code's end.
    for (const evm::ExecStep& s : t.steps)
      if (code && s.opcode >= 0x60 && s.opcode <= 0x7f && s.pc + (s.opcode - 0x5f) >= code->bytes.size())
        missing.insert(s.execution_state + " cut off by the end of the code");
  }
  return {missing.begin(), missing.end()};
}

EvmWitness build_witness(const EvmTrace& t) {
  if (auto missing = unsupported_states(t); !missing.empty()) {
    std::string names;
    for (const auto& m : missing) names += (names.empty() ? "" : ", ") + m;
    throw UnsupportedError("EVM circuit: the trace uses execution states without a gadget: " + names);
  }
  EvmWitness w;
  w.rw_rows = rw_table_rows(t.rw_ops);
  const evm::Bytecode* code = find_code(t);
  auto rows_of = [&](uint64_t from, uint64_t to) {  // counters [from, to)
    return std::vector<RwRow>(w.rw_rows.begin() + static_cast<std::ptrdiff_t>(from - 1),
                              w.rw_rows.begin() + static_cast<std::ptrdiff_t>(to - 1));
  };
  const uint64_t first = t.steps.front().rw_counter;
  const uint64_t call_start = first - kCallContextWrites;
  const size_t kEpilogueOps = epilogue_ops(t);
  const uint64_t epilogue = t.rw_ops.size() - kEpilogueOps + 1;
  // The root call's context writes (fields in CallContextField order from call_start).
  auto context_field = [&](evm::CallContextField f) { return t.rw_ops[call_start - 1 + static_cast<size_t>(f)].value; };
  auto address_of = [](const evm::U256& w) {
    evm::Address a{};
    const auto bytes = w.to_be_bytes();
    std::copy(bytes.begin() + 12, bytes.end(), a.begin());
    return a;
  };
  const bool success = root_call_succeeds(t);
  const size_t undo = undo_writes(t);
  // The undo of reversible write i is at end − i; the value transfer's undos follow end.
  const uint64_t end_of_reversion = success ? 0 : epilogue - 1 - kRootTransferWrites;
  StepValues context;
  context.is_persistent = success;
  context.rw_counter_end_of_reversion = end_of_reversion;
  context.callee_address = address_of(context_field(evm::CallContextField::CalleeAddress));
  context.caller_address = address_of(context_field(evm::CallContextField::CallerAddress));
  context.call_value = context_field(evm::CallContextField::Value);
  context.call_data_length = context_field(evm::CallContextField::CallDataLength).w[0];
  for (uint64_t c = 1; c < call_start; ++c) {
    StepWitness s;
    s.state = ExecutionState::BeginTxOp;
    s.values.rw_counter = c;
    s.rws = rows_of(c, c + 1);
    w.steps.push_back(std::move(s));
  }
  {
    StepWitness s;
    s.state = ExecutionState::BeginCall;
    s.values.rw_counter = call_start;
    s.values.call_id = t.steps.front().call_id;
    s.rws = rows_of(call_start, first);
    w.steps.push_back(std::move(s));
  }
  const uint64_t undo_start = epilogue - undo;
  for (size_t i = 0; i < t.steps.size(); ++i) {
    const evm::ExecStep& e = t.steps[i];
    StepWitness s;
    s.state = *state_of(e);
    s.values = values_of(e, *code, context);
    s.rws = rows_of(e.rw_counter, i + 1 < t.steps.size() ? t.steps[i + 1].rw_counter : undo_start);
    if (!success) {
      uint64_t index = e.reversible_write_counter;
      for (const RwRow& row : s.rws)
        s.undo_rw_counters.push_back(is_reversible(t.rw_ops[row.rw_counter - 1]) ? end_of_reversion - index++ : 0);
    }
    if (s.state == ExecutionState::SstoreWrite) {
      // key, value, warm slot, current value; then the write when the value changes, then the refund change.
      if (s.rws.size() == 4) s.state = ExecutionState::SstoreNoop;
      if (s.rws.size() == 6) s.state = ExecutionState::SstoreWriteRefund;
    }
    s.code = code;
    s.trace_step = &e;
    w.steps.push_back(std::move(s));
  }
  const evm::ExecStep& last = t.steps.back();
  const uint64_t gas_after = is_exceptional(w.steps.back().state) ? 0 : static_cast<uint64_t>(last.gas_left - last.gas_cost);
  for (uint64_t c = undo_start; c < epilogue; ++c) {
    StepWitness s;
    s.state = ExecutionState::RevertWrite;
    s.values.rw_counter = c;
    s.values.call_id = last.call_id;
    s.values.gas_left = gas_after;
    s.values.reversible_write_counter = epilogue - c;  // undo writes left, this one included
    s.rws = rows_of(c, c + 1);
    w.steps.push_back(std::move(s));
  }
  {
    StepWitness s;
    s.state = kEpilogueOps == 7 ? ExecutionState::EndTxNewCoinbase : ExecutionState::EndTx;
    s.values.rw_counter = epilogue;
    s.values.call_id = last.call_id;
    s.values.gas_left = gas_after;
    s.values.is_persistent = success;
    s.rws = rows_of(epilogue, t.rw_ops.size() + 1);
    w.steps.push_back(std::move(s));
  }
  {
    StepWitness s;
    s.state = ExecutionState::EndBlock;
    s.values.rw_counter = t.rw_ops.size() + 1;
    w.steps.push_back(std::move(s));
  }
  for (size_t i = 0; i + 1 < w.steps.size(); ++i) w.steps[i].next = w.steps[i + 1].values;
  return w;
}

}  // namespace zkevm::circuits::evm_circuit
