// SLT: a < b, SGT: a > b, both as two's-complement signed words (1 or 0).
// Gas 3. SGT(a, b) = SLT(b, a); with x, y the operands in SLT order, x < y
// signed is "x is negative" when the signs differ, else the unsigned x < y.
#include "circuits/evm/states/gadget.hpp"
#include "circuits/gadgets/less_than_word.hpp"

namespace zkevm::circuits::evm_circuit {

namespace {

class SignedComparison : public FixedShapeGadget<ExecutionState::SignedComparison, 6, 3> {
 public:
  void configure(StepBuilder& b) override {
    is_sgt_ = b.cell("is_sgt");
    b.cb.require_boolean("is_sgt is boolean", is_sgt_);
    b.cb.require_equal("opcode is SLT or SGT", b.cur().opcode, Expression(0x12) + is_sgt_.expr());
    const Expression& sp = b.cur().stack_pointer;
    const Word a = b.stack_pop(0, sp), bw = b.stack_pop(1, sp + 1);
    // x and y as cells: the comparisons below multiply them (IsEqual's degree is 1 + 2 · deg).
    for (int i = 0; i < 4; ++i) operands_[i] = b.cell(std::string("operand ") + "xy"[i / 2] + (i % 2 ? " lo" : " hi"));
    const Word x{operands_[0], operands_[1]}, y{operands_[2], operands_[3]};
    b.cb.require_equal("x hi", x.hi, select(is_sgt_, bw.hi, a.hi));
    b.cb.require_equal("x lo", x.lo, select(is_sgt_, bw.lo, a.lo));
    b.cb.require_equal("y hi", y.hi, select(is_sgt_, a.hi, bw.hi));
    b.cb.require_equal("y lo", y.lo, select(is_sgt_, a.lo, bw.lo));
    sign_x_ = gadgets::WordSign::configure(b.cb, b, x, "x");
    sign_y_ = gadgets::WordSign::configure(b.cb, b, y, "y");
    lt_ = gadgets::LessThanWord::configure(b.cb, b, x, y, "lt");
    const Expression nx = sign_x_.neg, ny = sign_y_.neg;
    const Expression signs_differ = nx + ny - nx * ny * 2;
    result_ = b.cell("result");
    b.cb.require_equal("result", result_, select(signs_differ, nx, lt_.out));
    b.stack_push(2, sp + 1, Word{Expression(0), result_});
    gas_ = b.same_context(Expression(1), Expression(1), Expression(3));
  }

  void assign(StepAssigner& a) const override {
    const auto& s = a.step;
    const bool sgt = s.values.opcode == 0x13;
    is_sgt_.assign(a.region, a.offset, Fr::from_u64(sgt));
    const evm::U256 &av = rw_value(s, 0), &bv = rw_value(s, 1);
    const evm::U256 &x = sgt ? bv : av, &y = sgt ? av : bv;
    const WordCells xc = word_cells(x), yc = word_cells(y);
    for (int i = 0; i < 4; ++i) operands_[i].assign(a.region, a.offset, std::array{xc.hi, xc.lo, yc.hi, yc.lo}[i]);
    sign_x_.assign(a.region, a.offset, x);
    sign_y_.assign(a.region, a.offset, y);
    lt_.assign(a.region, a.offset, x, y);
    result_.assign(a.region, a.offset, rw_value(s, 2).is_zero() ? Fr::zero() : Fr::one());
    gas_.assign(a.region, a.offset, gas_after(s));
  }

 private:
  WCell is_sgt_, result_;
  std::array<WCell, 4> operands_;  // x hi, x lo, y hi, y lo
  gadgets::WordSign sign_x_, sign_y_;
  gadgets::LessThanWord lt_;
  gadgets::ConstantGas gas_;
};

}  // namespace

std::unique_ptr<StateGadget> make_signed_comparison() { return std::make_unique<SignedComparison>(); }

}  // namespace zkevm::circuits::evm_circuit
