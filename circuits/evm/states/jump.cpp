// JUMP sets pc to the popped destination (gas 8); JUMPI does so when the
// popped condition is nonzero and otherwise goes on at pc + 1 (gas 10). A
// destination must be a JUMPDEST opcode byte of the code: the code slot of
// row 0 looks up (index = destination, is_code = 1, value = 0x5b). The
// destination's high limb is 0 (a larger one is an invalid jump).
#include "circuits/evm/states/gadget.hpp"
#include "circuits/gadgets/is_zero.hpp"

namespace zkevm::circuits::evm_circuit {

namespace {

void require_jumpdest(StepBuilder& b, const Expression& enable, const Word& dest) {
  b.cb.require_equal("destination lookup enabled", b.code_enable(0), enable);
  b.cb.require_zero("destination hi", enable * dest.hi);
  b.cb.require_equal("destination index", b.code_index(0), enable * dest.lo);
  b.cb.require_equal("destination is code", b.code_is_code(0), enable);
  b.cb.require_equal("destination is JUMPDEST", b.code_value(0), enable * 0x5b);
}

void assign_jumpdest(StepAssigner& a, bool enable, const evm::U256& dest) {
  const CodeSlotColumns& code = a.columns.code;
  a.region.assign_advice(code.enable, a.offset, Fr::from_u64(enable));
  a.region.assign_advice(code.index, a.offset, enable ? gadgets::word_lo(dest) : Fr::zero());
  a.region.assign_advice(code.is_code, a.offset, Fr::from_u64(enable));
  a.region.assign_advice(code.value, a.offset, Fr::from_u64(enable ? 0x5b : 0));
}

class Jump : public FixedShapeGadget<ExecutionState::Jump, 2, 1> {
 public:
  void configure(StepBuilder& b) override {
    b.require_opcode("opcode is JUMP", {0x56});
    const Word dest = b.stack_pop(0, b.cur().stack_pointer);
    require_jumpdest(b, Expression(1), dest);
    gas_ = b.same_context(dest.lo - b.cur().pc, Expression(1), Expression(8));
  }
  void assign(StepAssigner& a) const override {
    assign_jumpdest(a, true, rw_value(a.step, 0));
    gas_.assign(a.region, a.offset, gas_after(a.step));
  }

 private:
  gadgets::ConstantGas gas_;
};

class Jumpi : public FixedShapeGadget<ExecutionState::Jumpi, 3, 2> {
 public:
  void configure(StepBuilder& b) override {
    b.require_opcode("opcode is JUMPI", {0x57});
    const Expression& sp = b.cur().stack_pointer;
    const Word dest = b.stack_pop(0, sp), cond = b.stack_pop(1, sp + 1);
    cond_zero_ = gadgets::IsZeroWord::configure(b.cb, b, cond, "condition");
    jumps_ = b.cell("jumps");
    b.cb.require_equal("jumps = condition ≠ 0", jumps_, Expression(1) - cond_zero_.out);
    require_jumpdest(b, jumps_, dest);
    gas_ = b.same_context(select(jumps_, dest.lo - b.cur().pc, Expression(1)), Expression(2), Expression(10));
  }
  void assign(StepAssigner& a) const override {
    const evm::U256& cond = rw_value(a.step, 1);
    cond_zero_.assign(a.region, a.offset, cond);
    jumps_.assign(a.region, a.offset, Fr::from_u64(!cond.is_zero()));
    assign_jumpdest(a, !cond.is_zero(), rw_value(a.step, 0));
    gas_.assign(a.region, a.offset, gas_after(a.step));
  }

 private:
  gadgets::IsZeroWord cond_zero_;
  WCell jumps_;
  gadgets::ConstantGas gas_;
};

}  // namespace

std::unique_ptr<StateGadget> make_jump() { return std::make_unique<Jump>(); }
std::unique_ptr<StateGadget> make_jumpi() { return std::make_unique<Jumpi>(); }

}  // namespace zkevm::circuits::evm_circuit
