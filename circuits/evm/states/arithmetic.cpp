// ADD: c = a + b mod 2^256. SUB: c = a − b mod 2^256, checked as c + b = a
// mod 2^256. MUL: c = a · b mod 2^256. Gas 3, 3, 5. Each reads a (top) and b,
// and writes c where b was. c is spelled by range-checked bytes, so the
// carries make it unique.
#include "circuits/evm/states/gadget.hpp"
#include "circuits/gadgets/add_words.hpp"
#include "circuits/gadgets/mul_add_words.hpp"

namespace zkevm::circuits::evm_circuit {

namespace {

class AddSub : public FixedShapeGadget<ExecutionState::AddSub, 4, 3> {
 public:
  void configure(StepBuilder& b) override {
    is_sub_ = b.cell("is_sub");
    b.cb.require_boolean("is_sub is boolean", is_sub_);
    b.cb.require_equal("opcode is ADD or SUB", b.cur().opcode, Expression(1) + is_sub_.expr() * 2);
    const Expression& sp = b.cur().stack_pointer;
    const Word a = b.stack_pop(0, sp), bw = b.stack_pop(1, sp + 1);
    result_ = gadgets::WordBytes::configure(b, "c");
    const Word c = result_.word;
    b.stack_push(2, sp + 1, c);
    // ADD: a + b = c;  SUB: c + b = a.
    const Word x{select(is_sub_, c.hi, a.hi), select(is_sub_, c.lo, a.lo)};
    const Word y{select(is_sub_, a.hi, c.hi), select(is_sub_, a.lo, c.lo)};
    add_ = gadgets::AddWords::configure_with_sum(b.cb, b, x, bw, y, "sum");
    gas_ = b.same_context(Expression(1), Expression(1), Expression(3));
  }

  void assign(StepAssigner& a) const override {
    const auto& s = a.step;
    const bool sub = s.values.opcode == 0x03;
    is_sub_.assign(a.region, a.offset, Fr::from_u64(sub));
    const evm::U256 &av = rw_value(s, 0), &bv = rw_value(s, 1), &cv = rw_value(s, 2);
    result_.assign(a.region, a.offset, cv);
    add_.assign_carries(a.region, a.offset, sub ? cv : av, bv);
    gas_.assign(a.region, a.offset, gas_after(s));
  }

 private:
  WCell is_sub_;
  gadgets::WordBytes result_;
  gadgets::AddWords add_;
  gadgets::ConstantGas gas_;
};

class Mul : public FixedShapeGadget<ExecutionState::Mul, 11, 3> {
 public:
  void configure(StepBuilder& b) override {
    b.require_opcode("opcode is MUL", {0x02});
    const Expression& sp = b.cur().stack_pointer;
    const Word a = b.stack_pop(0, sp), bw = b.stack_pop(1, sp + 1);
    mul_ = gadgets::MulAddWords::configure(b.cb, b, a, bw, constant_word(0), "mul");
    b.stack_push(2, sp + 1, mul_.out);
    gas_ = b.same_context(Expression(1), Expression(1), Expression(5));
  }

  void assign(StepAssigner& a) const override {
    const auto& s = a.step;
    mul_.assign(a.region, a.offset, rw_value(s, 0), rw_value(s, 1), evm::U256());
    gas_.assign(a.region, a.offset, gas_after(s));
  }

 private:
  gadgets::MulAddWords mul_;
  gadgets::ConstantGas gas_;
};

}  // namespace

std::unique_ptr<StateGadget> make_add_sub() { return std::make_unique<AddSub>(); }
std::unique_ptr<StateGadget> make_mul() { return std::make_unique<Mul>(); }

}  // namespace zkevm::circuits::evm_circuit
