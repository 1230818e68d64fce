// CODESIZE pushes the length of the running code (gas 2). The length is the
// value of the code's header row in the Bytecode table: the config's "evm
// code size" lookup binds the pushed word's low limb (RW row 1) to it on
// every CODESIZE step; this gadget fixes the high limb and the rest.
#include "circuits/evm/states/gadget.hpp"

namespace zkevm::circuits::evm_circuit {

namespace {

class CodeSize : public FixedShapeGadget<ExecutionState::CodeSize, 2, 1> {
 public:
  void configure(StepBuilder& b) override {
    b.require_opcode("opcode is CODESIZE", {0x38});
    b.stack_push(0, b.cur().stack_pointer - 1, Word{Expression(0), b.rw(0).value_lo});
    gas_ = b.same_context(Expression(1), Expression(-1), Expression(2));
  }
  void assign(StepAssigner& a) const override { gas_.assign(a.region, a.offset, gas_after(a.step)); }

 private:
  gadgets::ConstantGas gas_;
};

}  // namespace

std::unique_ptr<StateGadget> make_code_size() { return std::make_unique<CodeSize>(); }

}  // namespace zkevm::circuits::evm_circuit
