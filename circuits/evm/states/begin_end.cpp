// The pseudo-states that frame a transaction.
//   BeginTxOp: one operation of the prologue (upfront fee, nonce, warm
//     accounts, value transfer); the next step is another one or BeginCall.
//   BeginCall: the root call's nine context writes; the first opcode step
//     starts at pc 0 with an empty stack and memory, the gas the Gas field
//     holds and the callee the CalleeAddress field holds.
//   EndTx: the root call's IsSuccess write (its outcome, carried from the
//     halting step), the sender refund and coinbase reward (Account writes),
//     the receipt's three fields (status = the outcome).
//   EndBlock: the last step, on the last enabled row.
// Not yet bound (needs the Tx circuit's table): the prologue's values and the
// receipt's gas against the transaction's fields, the code hash against the
// callee's account.
#include "circuits/evm/states/gadget.hpp"

namespace zkevm::circuits::evm_circuit {

namespace {

using S = ExecutionState;

class BeginTxOp : public FixedShapeGadget<S::BeginTxOp, 2, 1> {
 public:
  void configure(StepBuilder& b) override {
    b.cb.require_equal("next is BeginTxOp or BeginCall", b.next_is(S::BeginTxOp) + b.next_is(S::BeginCall),
                       Expression(1));
  }
  void assign(StepAssigner&) const override {}
};

class BeginCall : public FixedShapeGadget<S::BeginCall, 10, 9> {
 public:
  void configure(StepBuilder& b) override {
    const StepExprs& n = b.next();
    for (int j = 0; j < 9; ++j) {
      b.require_rw(j, evm::RwTag::CallContext, true, n.call_id, Expression(j), "context write " + std::to_string(j));
      b.cb.require_zero("context write " + std::to_string(j) + " key", b.rw(j).key_lo);
    }
    using F = evm::CallContextField;
    auto field = [&](F f) { return b.rw(static_cast<int>(f)); };
    // A 160-bit address spans both limbs of the word.
    b.cb.require_equal("callee address", n.callee_address,
                       field(F::CalleeAddress).value_hi * gadgets::pow256(16) + field(F::CalleeAddress).value_lo);
    b.cb.require_equal("caller address", n.caller_address,
                       field(F::CallerAddress).value_hi * gadgets::pow256(16) + field(F::CallerAddress).value_lo);
    b.cb.require_equal("call value hi", n.call_value_hi, field(F::Value).value_hi);
    b.cb.require_equal("call value lo", n.call_value_lo, field(F::Value).value_lo);
    b.cb.require_zero("calldata length hi", field(F::CallDataLength).value_hi);
    b.cb.require_equal("calldata length", n.call_data_length, field(F::CallDataLength).value_lo);
    b.cb.require_equal("depth 1", field(F::Depth).value_lo, Expression(1));
    b.cb.require_zero("not static", field(F::IsStatic).value_lo);
    b.cb.require_zero("not a creation", field(F::IsCreate).value_lo);
    b.cb.require_zero("gas hi", field(F::Gas).value_hi);
    b.cb.require_equal("first gas_left", n.gas_left, field(F::Gas).value_lo);
    b.cb.require_zero("first pc", n.pc);
    b.cb.require_equal("first stack_pointer", n.stack_pointer, Expression(1024));
    b.cb.require_zero("first memory_words", n.memory_words);
    b.cb.require_zero("first reversible_write_counter", n.reversible_write_counter);
    b.cb.require_zero("first log_id", n.log_id);
    // The call's outcome is a witness here, checked where the call halts (halt.hpp).
    b.cb.require_boolean("is_persistent is boolean", n.is_persistent);
    b.cb.require_zero("next is an opcode step", b.next_is_pseudo());
  }
  void assign(StepAssigner&) const override {}
};

class EndTx : public StateGadget {
 public:
  explicit EndTx(bool new_coinbase) : new_coinbase_(new_coinbase) {}
  S state() const override { return new_coinbase_ ? S::EndTxNewCoinbase : S::EndTx; }
  int height() const override { return 1 + rw_count(); }
  int rw_count() const override { return new_coinbase_ ? 7 : 6; }

  void configure(StepBuilder& b) override {
    const int r = new_coinbase_ ? 1 : 0;  // receipts and the reward move down one row after the Existence write
    using F = evm::CallContextField;
    const StepExprs& c = b.cur();
    b.require_rw(0, evm::RwTag::CallContext, true, c.call_id, Expression(static_cast<int64_t>(F::IsSuccess)),
                 "IsSuccess write");
    // The halting step (or the last undo write) carried the call's outcome here.
    b.cb.require_equal("IsSuccess is the outcome", b.rw(0).value_lo, c.is_persistent);
    const Expression balance(static_cast<int64_t>(evm::AccountField::Balance));
    b.require_rw(1, evm::RwTag::Account, true, Expression(0), balance, "sender refund write");
    if (new_coinbase_) {
      b.require_rw(2, evm::RwTag::Account, true, Expression(0),
                   Expression(static_cast<int64_t>(evm::AccountField::Existence)), "coinbase existence write");
      b.cb.require_equal("coinbase comes into existence", b.rw(2).value_lo, Expression(1));
      b.cb.require_equal("coinbase existence address", b.rw(2).address, b.rw(3).address);
    }
    b.require_rw(2 + r, evm::RwTag::Account, true, Expression(0), balance, "coinbase reward write");
    for (int j = 0; j < 3; ++j)
      b.require_rw(3 + r + j, evm::RwTag::TxReceipt, true, Expression(1), Expression(j), "receipt write " + std::to_string(j));
    b.cb.require_equal("receipt status", b.rw(3 + r).value_lo, c.is_persistent);
    b.cb.require_equal("next is EndBlock or BeginTxOp", b.next_is(S::EndBlock) + b.next_is(S::BeginTxOp), Expression(1));
  }
  void assign(StepAssigner&) const override {}

 private:
  bool new_coinbase_;
};

class EndBlock : public FixedShapeGadget<S::EndBlock, 1, 0> {
 public:
  void configure(StepBuilder& b) override {
    b.cb.require_equal("on the last row", b.columns().q_last.cur(), Expression(1));
  }
  void assign(StepAssigner&) const override {}
};

}  // namespace

std::unique_ptr<StateGadget> make_begin_tx_op() { return std::make_unique<BeginTxOp>(); }
std::unique_ptr<StateGadget> make_begin_call() { return std::make_unique<BeginCall>(); }
std::unique_ptr<StateGadget> make_end_tx(bool new_coinbase) { return std::make_unique<EndTx>(new_coinbase); }
std::unique_ptr<StateGadget> make_end_block() { return std::make_unique<EndBlock>(); }

}  // namespace zkevm::circuits::evm_circuit
