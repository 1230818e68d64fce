// STOP halts the root call successfully: no operation of its own; the next
// step is EndTx in the same call with the gas left unchanged (STOP costs 0).
#include "circuits/evm/states/halt.hpp"

namespace zkevm::circuits::evm_circuit {

namespace {

class Stop : public FixedShapeGadget<ExecutionState::Stop, 1, 0> {
 public:
  void configure(StepBuilder& b) override {
    b.require_opcode("opcode is STOP", {0x00});
    require_success_halt(b, b.cur().gas_left);
  }
  void assign(StepAssigner&) const override {}
};

}  // namespace

std::unique_ptr<StateGadget> make_stop() { return std::make_unique<Stop>(); }

}  // namespace zkevm::circuits::evm_circuit
