// SLOAD pushes the callee's storage slot at the popped key, warming it
// (EIP-2929: 100 gas when the slot was warm, 2100 when cold). Operations:
// the key read, the access-list write (value_prev = was warm), the storage
// read, the value write.
#include "circuits/evm/states/gadget.hpp"

namespace zkevm::circuits::evm_circuit {

namespace {

class Sload : public FixedShapeGadget<ExecutionState::Sload, 5, 4> {
 public:
  void configure(StepBuilder& b) override {
    b.require_opcode("opcode is SLOAD", {0x54});
    const StepExprs& c = b.cur();
    const Word key = b.stack_pop(0, c.stack_pointer);
    // A trace is one transaction: its id is 1 (the RW table's normalization).
    b.require_rw(1, evm::RwTag::TxAccessListAccountStorage, true, Expression(1), Expression(0), "warm slot");
    const RwExprs warm = b.rw(1);
    b.cb.require_equal("warm slot address", warm.address, c.callee_address);
    b.cb.require_equal("warm slot key hi", warm.key_hi, key.hi);
    b.cb.require_equal("warm slot key lo", warm.key_lo, key.lo);
    b.cb.require_equal("slot is warm after", warm.value_lo, Expression(1));
    b.cb.require_zero("warm flag hi", warm.value_prev_hi);
    b.cb.require_boolean("was warm is boolean", warm.value_prev_lo);
    b.require_rw(2, evm::RwTag::Storage, false, Expression(0), Expression(0), "storage read");
    const RwExprs slot = b.rw(2);
    b.cb.require_equal("storage address", slot.address, c.callee_address);
    b.cb.require_equal("storage key hi", slot.key_hi, key.hi);
    b.cb.require_equal("storage key lo", slot.key_lo, key.lo);
    b.stack_push(3, c.stack_pointer, slot.value());
    // Warming a cold slot is undone if the call fails: one reversible write (none when it was warm).
    const Expression cold = Expression(1) - warm.value_prev_lo;
    b.reversible_write(1, c.reversible_write_counter, cold);
    gas_ = b.same_context(Expression(1), Expression(0), Expression(2100) - warm.value_prev_lo * 2000, std::nullopt,
                          cold);
  }
  void assign(StepAssigner& a) const override { gas_.assign(a.region, a.offset, gas_after(a.step)); }

 private:
  gadgets::ConstantGas gas_;
};

}  // namespace

std::unique_ptr<StateGadget> make_sload() { return std::make_unique<Sload>(); }

}  // namespace zkevm::circuits::evm_circuit
