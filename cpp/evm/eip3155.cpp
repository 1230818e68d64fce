#include "cpp/evm/eip3155.hpp"

#include <cstdio>

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
}

void Eip3155Tracer::on_step_gas_cost(int64_t cost, int64_t refund) {
  if (!pending_) return;
  lines_.push_back(prefix_ + hex_u64(static_cast<uint64_t>(cost)) + middle_ + std::to_string(refund) + suffix_);
  pending_ = false;
}

}  // namespace zkevm::evm
