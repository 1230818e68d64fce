// SELFBALANCE pushes the balance of the running account (gas 5): an Account
// read of the callee's Balance field (the block's state: id 0, no key), then
// the stack write of its value.
#include "circuits/evm/states/gadget.hpp"

namespace zkevm::circuits::evm_circuit {

namespace {

class SelfBalance : public FixedShapeGadget<ExecutionState::SelfBalance, 3, 2> {
 public:
  void configure(StepBuilder& b) override {
    b.require_opcode("opcode is SELFBALANCE", {0x47});
    const StepExprs& c = b.cur();
    b.require_rw(0, evm::RwTag::Account, false, Expression(0),
                 Expression(static_cast<int64_t>(evm::AccountField::Balance)), "balance read");
    const RwExprs balance = b.rw(0);
    b.cb.require_equal("balance read address", balance.address, c.callee_address);
    b.cb.require_zero("balance read key hi", balance.key_hi);
    b.cb.require_zero("balance read key lo", balance.key_lo);
    b.stack_push(1, c.stack_pointer - 1, balance.value());
    gas_ = b.same_context(Expression(1), Expression(-1), Expression(5));
  }
  void assign(StepAssigner& a) const override { gas_.assign(a.region, a.offset, gas_after(a.step)); }

 private:
  gadgets::ConstantGas gas_;
};

}  // namespace

std::unique_ptr<StateGadget> make_self_balance() { return std::make_unique<SelfBalance>(); }

}  // namespace zkevm::circuits::evm_circuit
