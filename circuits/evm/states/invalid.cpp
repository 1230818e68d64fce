// INVALID (0xfe), the designated invalid instruction: the root call fails
// and consumes all its gas; no operation of its own.
#include "circuits/evm/states/halt.hpp"

namespace zkevm::circuits::evm_circuit {

namespace {

class Invalid : public FixedShapeGadget<ExecutionState::Invalid, 1, 0> {
 public:
  void configure(StepBuilder& b) override {
    b.require_opcode("opcode is INVALID", {0xfe});
    require_failure_halt(b, 0, Expression(0));
  }
  void assign(StepAssigner&) const override {}
};

}  // namespace

std::unique_ptr<StateGadget> make_invalid() { return std::make_unique<Invalid>(); }

}  // namespace zkevm::circuits::evm_circuit
