// JUMPDEST marks a jump target (gas 1). PC pushes the opcode's own pc, GAS
// the gas left after paying for itself, MSIZE the memory size in bytes
// (gas 2 each).
#include "circuits/evm/states/gadget.hpp"

namespace zkevm::circuits::evm_circuit {

namespace {

class JumpDest : public FixedShapeGadget<ExecutionState::JumpDest, 1, 0> {
 public:
  void configure(StepBuilder& b) override {
    b.require_opcode("opcode is JUMPDEST", {0x5b});
    gas_ = b.same_context(Expression(1), Expression(0), Expression(1));
  }
  void assign(StepAssigner& a) const override { gas_.assign(a.region, a.offset, gas_after(a.step)); }

 private:
  gadgets::ConstantGas gas_;
};

// Pushes value(b) (one stack write) for the given opcode, gas 2.
template <ExecutionState S>
class PushContext : public FixedShapeGadget<S, 2, 1> {
 public:
  PushContext(uint8_t opcode, std::function<Expression(StepBuilder&)> value) : opcode_(opcode), value_(std::move(value)) {}
  void configure(StepBuilder& b) override {
    b.require_opcode(std::string("opcode is ") + execution_state_name(S), {opcode_});
    b.stack_push(0, b.cur().stack_pointer - 1, Word{Expression(0), value_(b)});
    gas_ = b.same_context(Expression(1), Expression(-1), Expression(2));
  }
  void assign(StepAssigner& a) const override { gas_.assign(a.region, a.offset, gas_after(a.step)); }

 private:
  uint8_t opcode_;
  std::function<Expression(StepBuilder&)> value_;
  gadgets::ConstantGas gas_;
};

}  // namespace

std::unique_ptr<StateGadget> make_jump_dest() { return std::make_unique<JumpDest>(); }
std::unique_ptr<StateGadget> make_pc() {
  return std::make_unique<PushContext<ExecutionState::Pc>>(0x58, [](StepBuilder& b) { return b.cur().pc; });
}
std::unique_ptr<StateGadget> make_gas() {
  return std::make_unique<PushContext<ExecutionState::Gas>>(0x5a, [](StepBuilder& b) { return b.next().gas_left; });
}
std::unique_ptr<StateGadget> make_msize() {
  return std::make_unique<PushContext<ExecutionState::Msize>>(0x59,
                                                              [](StepBuilder& b) { return b.cur().memory_words * 32; });
}

}  // namespace zkevm::circuits::evm_circuit
