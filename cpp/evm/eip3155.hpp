#pragma once
// An EIP-3155 tracer: one JSON object per executed opcode, in the field order
// and number formats of the reference oracle (ethereumjs):
// {"pc":0,"op":96,"gas":"0x..","gasCost":"0x3","memSize":0,"stack":["0x1"],"depth":1,"refund":0,"opName":"PUSH1"}
#include <string>
#include <vector>

#include "cpp/evm/tracer.hpp"

namespace zkevm::evm {

class Eip3155Tracer : public Tracer {
 public:
  explicit Eip3155Tracer(bool with_memory = false) : with_memory_(with_memory) {}

  void on_step(const StepView& step) override;
  void on_step_gas_cost(int64_t cost, int64_t refund) override;
  void on_step_error(const char* reason) override;
  void on_step_gas_cost_hex(const std::string& cost, int64_t refund) override;

  // The step lines so far, without trailing newlines.
  const std::vector<std::string>& lines() const { return lines_; }

 private:
  bool with_memory_;
  bool pending_ = false;
  uint8_t opcode_ = 0;
  std::string prefix_;  // the line up to "gasCost"
  std::string middle_;  // from "memSize" to "refund"
  std::string suffix_;  // from "opName" (or "memory") to the end
  std::vector<std::string> lines_;
};

}  // namespace zkevm::evm
