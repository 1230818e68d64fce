// SSTORE writes the popped value to the callee's storage slot at the popped
// key, with EIP-2200 net gas metering, EIP-2929 cold slots and EIP-3529
// refunds. With original = the slot's value before the transaction (the RW
// table's initial value), current = its value now, new = the value stored:
//   gas = (cold ? 2100 : 0) + (current = new ? 100
//                              : original = current ? (original = 0 ? 20000 : 2900) : 100)
//   refund change = original = current ? (original ≠ 0 ∧ new = 0 ? 4800 : 0)
//                 : (original ≠ 0 ? 4800 ([new = 0] − [current = 0]) : 0)
//                   + (original = new ? (original = 0 ? 19900 : 2800) : 0)
// and gas_left must exceed 2300 (the EIP-2200 sentry). Operations: key and
// value reads, the access-list write (value_prev = was warm), the storage
// read of current, then, when new ≠ current, the storage write, then, when
// the refund changes, the refund write: three shapes, three states.
#include "circuits/evm/states/gadget.hpp"
#include "circuits/gadgets/is_zero.hpp"
#include "circuits/gadgets/less_than.hpp"

namespace zkevm::circuits::evm_circuit {

namespace {

// A cell equal to [a = b] for two words (one IsEqual per limb).
struct WordEqual {
  gadgets::IsEqual hi, lo;
  WCell hi_value, lo_value;
  Expression out;  // degree 2

  static WordEqual configure(StepBuilder& b, const Word& x, const Word& y, const std::string& name) {
    WordEqual e;
    e.hi = gadgets::IsEqual::configure(b.cb, b, x.hi, y.hi, name + ".hi");
    e.lo = gadgets::IsEqual::configure(b.cb, b, x.lo, y.lo, name + ".lo");
    e.hi_value = b.cell(name + ".hi_value");
    e.lo_value = b.cell(name + ".lo_value");
    b.cb.require_equal(name + " hi value", e.hi_value, e.hi.out);
    b.cb.require_equal(name + " lo value", e.lo_value, e.lo.out);
    e.out = e.hi_value.expr() * e.lo_value.expr();
    return e;
  }
  void assign(plonk::Region& region, size_t offset, const evm::U256& x, const evm::U256& y) const {
    hi.assign(region, offset, gadgets::word_hi(x), gadgets::word_hi(y));
    lo.assign(region, offset, gadgets::word_lo(x), gadgets::word_lo(y));
    hi_value.assign(region, offset, Fr::from_u64(gadgets::word_hi(x) == gadgets::word_hi(y)));
    lo_value.assign(region, offset, Fr::from_u64(gadgets::word_lo(x) == gadgets::word_lo(y)));
  }
};

// A cell equal to [w = 0].
struct WordZero {
  gadgets::IsZeroWord is_zero;
  WCell value;

  static WordZero configure(StepBuilder& b, const Word& w, const std::string& name) {
    WordZero z;
    z.is_zero = gadgets::IsZeroWord::configure(b.cb, b, w, name);
    z.value = b.cell(name + ".value");
    b.cb.require_equal(name + " value", z.value, z.is_zero.out);
    return z;
  }
  void assign(plonk::Region& region, size_t offset, const evm::U256& w) const {
    is_zero.assign(region, offset, w);
    value.assign(region, offset, Fr::from_u64(w.is_zero()));
  }
};

class Sstore : public StateGadget {
 public:
  explicit Sstore(ExecutionState shape) : shape_(shape) {}
  ExecutionState state() const override { return shape_; }
  int height() const override { return 1 + rw_count(); }
  int rw_count() const override {
    return shape_ == ExecutionState::SstoreNoop ? 4 : shape_ == ExecutionState::SstoreWrite ? 5 : 6;
  }

  void configure(StepBuilder& b) override {
    b.require_opcode("opcode is SSTORE", {0x55});
    const StepExprs& c = b.cur();
    const Word key = b.stack_pop(0, c.stack_pointer), value = b.stack_pop(1, c.stack_pointer + 1);
    b.require_rw(2, evm::RwTag::TxAccessListAccountStorage, true, Expression(1), Expression(0), "warm slot");
    const RwExprs warm = b.rw(2);
    b.cb.require_equal("warm slot address", warm.address, c.callee_address);
    b.cb.require_equal("warm slot key hi", warm.key_hi, key.hi);
    b.cb.require_equal("warm slot key lo", warm.key_lo, key.lo);
    b.cb.require_equal("slot is warm after", warm.value_lo, Expression(1));
    b.cb.require_zero("warm flag hi", warm.value_prev_hi);
    b.cb.require_boolean("was warm is boolean", warm.value_prev_lo);
    const Expression was_warm = warm.value_prev_lo;
    b.require_rw(3, evm::RwTag::Storage, false, Expression(0), Expression(0), "storage read");
    const RwExprs read = b.rw(3);
    b.cb.require_equal("storage read address", read.address, c.callee_address);
    b.cb.require_equal("storage read key hi", read.key_hi, key.hi);
    b.cb.require_equal("storage read key lo", read.key_lo, key.lo);
    const Word current = read.value(), original = read.initial_value();

    sentry_ = gadgets::LessThan::configure(b.cb, b, Expression(2300), c.gas_left, 8, "sentry");
    b.cb.require_equal("gas_left above the 2300 sentry", sentry_.out, Expression(1));

    current_is_new_ = WordEqual::configure(b, current, value, "current_is_new");
    Expression gas = Expression(2100) - was_warm * 2100;
    // Reversible writes (undone if the call fails): warming a cold slot, the storage write, the refund change.
    const Expression cold = Expression(1) - was_warm;
    b.reversible_write(2, c.reversible_write_counter, cold);
    int reversible = 0;
    if (shape_ == ExecutionState::SstoreNoop) {
      b.cb.require_equal("value unchanged", current_is_new_.out, Expression(1));
      gas = gas + 100;
    } else {
      b.cb.require_zero("value changes", current_is_new_.out);
      original_is_current_ = WordEqual::configure(b, original, current, "original_is_current");
      original_is_new_ = WordEqual::configure(b, original, value, "original_is_new");
      original_zero_ = WordZero::configure(b, original, "original_zero");
      current_zero_ = WordZero::configure(b, current, "current_zero");
      new_zero_ = WordZero::configure(b, value, "new_zero");
      oc_ = b.cell("original_is_current");
      ov_ = b.cell("original_is_new");
      b.cb.require_equal("oc", oc_, original_is_current_.out);
      b.cb.require_equal("ov", ov_, original_is_new_.out);
      const Expression oc = oc_, ov = ov_, o0 = original_zero_.value, c0 = current_zero_.value,
                       v0 = new_zero_.value, one(1);
      gas = gas + oc * (o0 * 20000 + (one - o0) * 2900) + (one - oc) * 100;
      const Expression refund = oc * (one - o0) * v0 * 4800 +
                                (one - oc) * ((one - o0) * (v0 - c0) * 4800 + ov * (o0 * 19900 + (one - o0) * 2800));
      b.require_rw(4, evm::RwTag::Storage, true, Expression(0), Expression(0), "storage write");
      const RwExprs write = b.rw(4);
      b.cb.require_equal("storage write address", write.address, c.callee_address);
      b.cb.require_equal("storage write key hi", write.key_hi, key.hi);
      b.cb.require_equal("storage write key lo", write.key_lo, key.lo);
      b.cb.require_equal("storage write value hi", write.value_hi, value.hi);
      b.cb.require_equal("storage write value lo", write.value_lo, value.lo);
      b.reversible_write(4, c.reversible_write_counter + cold);
      reversible = 1;
      if (shape_ == ExecutionState::SstoreWrite) {
        b.cb.require_zero("refund unchanged", refund);
      } else {
        b.require_rw(5, evm::RwTag::TxRefund, true, Expression(1), Expression(0), "refund write");
        const RwExprs r = b.rw(5);
        b.cb.require_zero("refund hi", r.value_hi);
        b.cb.require_equal("refund change", r.value_lo, r.value_prev_lo + refund);
        b.reversible_write(5, c.reversible_write_counter + cold + 1);
        reversible = 2;
      }
    }
    gas_ = b.same_context(Expression(1), Expression(2), gas, std::nullopt, cold + reversible);
  }

  void assign(StepAssigner& a) const override {
    const StepWitness& s = a.step;
    const evm::U256 &value = rw_value(s, 1), &current = rw_value(s, 3);
    const evm::U256& original = s.rws[3].initial_value;
    sentry_.assign(a.region, a.offset, 2300, s.values.gas_left);
    current_is_new_.assign(a.region, a.offset, current, value);
    if (shape_ != ExecutionState::SstoreNoop) {
      original_is_current_.assign(a.region, a.offset, original, current);
      original_is_new_.assign(a.region, a.offset, original, value);
      original_zero_.assign(a.region, a.offset, original);
      current_zero_.assign(a.region, a.offset, current);
      new_zero_.assign(a.region, a.offset, value);
      oc_.assign(a.region, a.offset, Fr::from_u64(original == current));
      ov_.assign(a.region, a.offset, Fr::from_u64(original == value));
    }
    gas_.assign(a.region, a.offset, gas_after(s));
  }

 private:
  ExecutionState shape_;
  gadgets::LessThan sentry_;
  WordEqual current_is_new_, original_is_current_, original_is_new_;
  WordZero original_zero_, current_zero_, new_zero_;
  WCell oc_, ov_;
  gadgets::ConstantGas gas_;
};

}  // namespace

std::unique_ptr<StateGadget> make_sstore(ExecutionState shape) { return std::make_unique<Sstore>(shape); }

}  // namespace zkevm::circuits::evm_circuit
