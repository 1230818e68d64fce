#include "cpp/evm/eip3155.hpp"

#include <array>
#include <cstdio>
#include <string_view>

#include "cpp/evm/interpreter.hpp"
#include "cpp/evm/opcodes.hpp"

namespace zkevm::evm {
namespace {

std::string hex_u64(uint64_t v) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v));
  return buf;
}

}  // namespace

void Eip3155Tracer::on_step(const StepView& step) {
  const OpcodeInfo& info = opcode_table()[step.opcode];
  prefix_.clear();
  prefix_ += "{\"pc\":" + std::to_string(step.pc) + ",\"op\":" + std::to_string(step.opcode) + ",\"gas\":\"" +
             hex_u64(static_cast<uint64_t>(step.gas_left)) + "\",\"gasCost\":\"";
  suffix_.clear();
  suffix_ += "\",\"memSize\":" + std::to_string(step.memory.size()) + ",\"stack\":[";
  for (std::size_t i = 0; i < step.stack.size(); ++i) {
    if (i) suffix_ += ',';
    suffix_ += '"' + step.stack[i].to_hex() + '"';
  }
  suffix_ += "],\"depth\":" + std::to_string(step.depth) + ",\"refund\":";
  middle_.swap(suffix_);
  suffix_.clear();
  if (with_memory_) suffix_ += ",\"memory\":\"" + to_hex(step.memory) + "\"";
  std::string name;
  if (info.name) {
    name = info.name;
  } else {
    char buf[32];
    std::snprintf(buf, sizeof buf, "opcode 0x%x not defined", step.opcode);
    name = buf;
  }
  suffix_ += ",\"opName\":\"" + name + "\"}";
  pending_ = true;
  opcode_ = step.opcode;
}

void Eip3155Tracer::on_step_gas_cost_hex(const std::string& cost, int64_t refund) {
  if (!pending_) return;
  lines_.push_back(prefix_ + cost + middle_ + std::to_string(refund) + suffix_);
  pending_ = false;
}

// Reference tracers compute an op's dynamic gas from its stack operands
// before they emit the step, so an op with dynamic gas that lacks operands
// fails before any line is printed; ops with static gas only are printed.
void Eip3155Tracer::on_step_error(const char* reason) {
  static const std::array<bool, 256> has_dynamic_gas = [] {
    std::array<bool, 256> t{};
    for (uint8_t op : {op::KECCAK256, op::BALANCE, op::CALLDATACOPY, op::CODECOPY, op::EXTCODESIZE, op::EXTCODECOPY,
                       op::RETURNDATACOPY, op::EXTCODEHASH, op::MLOAD, op::MSTORE, op::MSTORE8, op::SLOAD, op::SSTORE,
                       op::EXP, op::MCOPY, op::CREATE, op::CALL, op::CALLCODE, op::RETURN, op::DELEGATECALL,
                       op::CREATE2, op::STATICCALL, op::REVERT, op::SELFDESTRUCT})
      t[op] = true;
    for (int op = op::LOG0; op <= op::LOG4; ++op) t[op] = true;
    return t;
  }();
  if (std::string_view(reason) == status_name(Status::StackUnderflow) && has_dynamic_gas[opcode_]) pending_ = false;
}

void Eip3155Tracer::on_step_gas_cost(int64_t cost, int64_t refund) {
  if (!pending_) return;
  lines_.push_back(prefix_ + hex_u64(static_cast<uint64_t>(cost)) + middle_ + std::to_string(refund) + suffix_);
  pending_ = false;
}

}  // namespace zkevm::evm
