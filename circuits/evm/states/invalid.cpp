// INVALID (0xfe), the designated invalid instruction, or a byte that is no
// opcode of the fork (the opcode table's is_defined = 0): the root call
// fails and consumes all its gas; no operation of its own.
#include "circuits/evm/states/halt.hpp"

namespace zkevm::circuits::evm_circuit {

namespace {

class Invalid : public FixedShapeGadget<ExecutionState::Invalid, 1, 0> {
 public:
  void configure(StepBuilder& b) override {
    const OpcodeProperties p = b.opcode_properties();
    b.cb.require_zero("opcode is INVALID or undefined", (b.cur().opcode - 0xfe) * p.is_defined);
    require_failure_halt(b, 0, Expression(0));
  }
  void assign(StepAssigner&) const override {}
};

}  // namespace

std::unique_ptr<StateGadget> make_invalid() { return std::make_unique<Invalid>(); }

}  // namespace zkevm::circuits::evm_circuit
