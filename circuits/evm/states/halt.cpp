// The two ways the root call halts (halt.hpp), and RevertWrite: one undo
// write of a failing call, with the number of undo writes left (this one
// included) in reversible_write_counter; the last is followed by EndTx.
#include "circuits/evm/states/halt.hpp"

#include "circuits/gadgets/is_zero.hpp"

namespace zkevm::circuits::evm_circuit {

namespace {

using S = ExecutionState;

Expression next_is_end_tx(const StepBuilder& b) { return b.next_is(S::EndTx) + b.next_is(S::EndTxNewCoinbase); }

class RevertWrite : public FixedShapeGadget<S::RevertWrite, 2, 1> {
 public:
  void configure(StepBuilder& b) override {
    const StepExprs &c = b.cur(), &n = b.next();
    b.cb.require_zero("call is not persistent", c.is_persistent);
    b.cb.require_equal("undo is a write", b.rw(0).is_write, Expression(1));
    last_ = gadgets::IsZero::configure(b.cb, b, c.reversible_write_counter - 1, "last");
    b.cb.require_equal("next is EndTx after the last undo", next_is_end_tx(b), last_.out);
    b.cb.require_equal("next is RevertWrite before it", b.next_is(S::RevertWrite), Expression(1) - last_.out);
    b.cb.require_equal("undo writes left", n.reversible_write_counter, c.reversible_write_counter - 1);
    b.cb.require_equal("next call_id", n.call_id, c.call_id);
    b.cb.require_equal("next gas_left", n.gas_left, c.gas_left);
    b.cb.require_equal("next is_persistent", n.is_persistent, c.is_persistent);
  }
  void assign(StepAssigner& a) const override {
    last_.assign(a.region, a.offset, Fr::from_u64(a.step.values.reversible_write_counter) - Fr::one());
  }

 private:
  gadgets::IsZero last_;
};

}  // namespace

void require_success_halt(StepBuilder& b, const Expression& gas_left_after) {
  const StepExprs &c = b.cur(), &n = b.next();
  b.cb.require_equal("call is persistent", c.is_persistent, Expression(1));
  b.cb.require_equal("next is EndTx", next_is_end_tx(b), Expression(1));
  b.cb.require_equal("next call_id", n.call_id, c.call_id);
  b.cb.require_equal("next gas_left", n.gas_left, gas_left_after);
  b.cb.require_equal("next is_persistent", n.is_persistent, c.is_persistent);
}

void require_failure_halt(StepBuilder& b, int own_ops, const Expression& gas_left_after) {
  const StepExprs &c = b.cur(), &n = b.next();
  b.cb.require_zero("call is not persistent", c.is_persistent);
  // The undo of reversible write i sits at end − i: the undos of writes
  // rwc − 1 .. 0 occupy the counters right after the step's own operations.
  b.cb.require_equal("undo writes follow the step", c.rw_counter + own_ops + c.reversible_write_counter - 1,
                     c.rw_counter_end_of_reversion);
  b.cb.require_equal("next is RevertWrite", b.next_is(S::RevertWrite), Expression(1));
  b.cb.require_equal("undo writes to come", n.reversible_write_counter,
                     c.reversible_write_counter + kRootTransferWrites);
  b.cb.require_equal("next call_id", n.call_id, c.call_id);
  b.cb.require_equal("next gas_left", n.gas_left, gas_left_after);
  b.cb.require_equal("next is_persistent", n.is_persistent, c.is_persistent);
}

std::unique_ptr<StateGadget> make_revert_write() { return std::make_unique<RevertWrite>(); }

}  // namespace zkevm::circuits::evm_circuit
