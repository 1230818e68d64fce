// ISZERO: 1 when a = 0 else 0. LT: a < b, GT: a > b, EQ: a = b (unsigned,
// 1 or 0). Gas 3. The word comparison looks at the high limbs and, when they
// are equal, the low limbs: lt = lt_hi + eq_hi · lt_lo, eq = eq_hi · eq_lo,
// each limb compared by a 16-byte LessThan and an IsEqual.
#include "circuits/evm/states/gadget.hpp"
#include "circuits/gadgets/is_zero.hpp"
#include "circuits/gadgets/less_than.hpp"

namespace zkevm::circuits::evm_circuit {

namespace {

unsigned __int128 limb(const evm::U256& v, bool hi) {
  return (static_cast<unsigned __int128>(v.w[hi ? 3 : 1]) << 64) | v.w[hi ? 2 : 0];
}

class IsZero : public FixedShapeGadget<ExecutionState::IsZero, 3, 2> {
 public:
  void configure(StepBuilder& b) override {
    b.require_opcode("opcode is ISZERO", {0x15});
    const Expression& sp = b.cur().stack_pointer;
    const Word a = b.stack_pop(0, sp);
    is_zero_ = gadgets::IsZeroWord::configure(b.cb, b, a, "a");
    b.stack_push(1, sp, Word{Expression(0), is_zero_.out});
    gas_ = b.same_context(Expression(1), Expression(0), Expression(3));
  }
  void assign(StepAssigner& a) const override {
    is_zero_.assign(a.region, a.offset, rw_value(a.step, 0));
    gas_.assign(a.region, a.offset, gas_after(a.step));
  }

 private:
  gadgets::IsZeroWord is_zero_;
  gadgets::ConstantGas gas_;
};

class Comparison : public FixedShapeGadget<ExecutionState::Comparison, 4, 3> {
 public:
  void configure(StepBuilder& b) override {
    is_gt_ = b.cell("is_gt");
    is_eq_ = b.cell("is_eq");
    b.cb.require_boolean("is_gt is boolean", is_gt_);
    b.cb.require_boolean("is_eq is boolean", is_eq_);
    b.cb.require_zero("one of LT, GT, EQ", is_gt_.expr() * is_eq_.expr());
    b.cb.require_equal("opcode is LT, GT or EQ", b.cur().opcode,
                       Expression(0x10) + is_gt_.expr() + is_eq_.expr() * 4);
    const Expression& sp = b.cur().stack_pointer;
    const Word a = b.stack_pop(0, sp), bw = b.stack_pop(1, sp + 1);
    // GT(a, b) = LT(b, a).
    const Word x{select(is_gt_, bw.hi, a.hi), select(is_gt_, bw.lo, a.lo)};
    const Word y{select(is_gt_, a.hi, bw.hi), select(is_gt_, a.lo, bw.lo)};
    lt_hi_ = gadgets::LessThan::configure(b.cb, b, x.hi, y.hi, 16, "lt_hi");
    lt_lo_ = gadgets::LessThan::configure(b.cb, b, x.lo, y.lo, 16, "lt_lo");
    eq_hi_ = gadgets::IsEqual::configure(b.cb, b, a.hi, bw.hi, "eq_hi");
    eq_lo_ = gadgets::IsEqual::configure(b.cb, b, a.lo, bw.lo, "eq_lo");
    // The equalities as cells keep the result's degree low.
    eq_hi_value_ = b.cell("eq_hi.value");
    eq_lo_value_ = b.cell("eq_lo.value");
    b.cb.require_equal("eq_hi value", eq_hi_value_, eq_hi_.out);
    b.cb.require_equal("eq_lo value", eq_lo_value_, eq_lo_.out);
    const Expression eh = eq_hi_value_, el = eq_lo_value_;
    result_ = b.cell("result");
    b.cb.require_equal("result", result_, select(is_eq_, eh * el, lt_hi_.out + eh * lt_lo_.out));
    b.stack_push(2, sp + 1, Word{Expression(0), result_});
    gas_ = b.same_context(Expression(1), Expression(1), Expression(3));
  }

  void assign(StepAssigner& a) const override {
    const auto& s = a.step;
    const uint8_t op = s.values.opcode;
    is_gt_.assign(a.region, a.offset, Fr::from_u64(op == 0x11));
    is_eq_.assign(a.region, a.offset, Fr::from_u64(op == 0x14));
    const evm::U256 &av = rw_value(s, 0), &bv = rw_value(s, 1);
    const evm::U256 &x = op == 0x11 ? bv : av, &y = op == 0x11 ? av : bv;
    lt_hi_.assign(a.region, a.offset, limb(x, true), limb(y, true));
    lt_lo_.assign(a.region, a.offset, limb(x, false), limb(y, false));
    eq_hi_.assign(a.region, a.offset, gadgets::word_hi(av), gadgets::word_hi(bv));
    eq_lo_.assign(a.region, a.offset, gadgets::word_lo(av), gadgets::word_lo(bv));
    eq_hi_value_.assign(a.region, a.offset, Fr::from_u64(av.w[2] == bv.w[2] && av.w[3] == bv.w[3]));
    eq_lo_value_.assign(a.region, a.offset, Fr::from_u64(av.w[0] == bv.w[0] && av.w[1] == bv.w[1]));
    const bool r = op == 0x14 ? av == bv : x < y;
    result_.assign(a.region, a.offset, Fr::from_u64(r));
    gas_.assign(a.region, a.offset, gas_after(s));
  }

 private:
  WCell is_gt_, is_eq_, result_, eq_hi_value_, eq_lo_value_;
  gadgets::LessThan lt_hi_, lt_lo_;
  gadgets::IsEqual eq_hi_, eq_lo_;
  gadgets::ConstantGas gas_;
};

}  // namespace

std::unique_ptr<StateGadget> make_is_zero() { return std::make_unique<IsZero>(); }
std::unique_ptr<StateGadget> make_comparison() { return std::make_unique<Comparison>(); }

}  // namespace zkevm::circuits::evm_circuit
