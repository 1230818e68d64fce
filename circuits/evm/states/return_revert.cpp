// RETURN and REVERT of the root call: pop offset and size; the memory grows
// to cover [offset, offset + size) when size ≠ 0 (its expansion is the only
// gas). RETURN halts successfully, REVERT fails keeping the gas left. The
// root call's output goes to no table (a creation's would be its code; those
// are not supported), so the bus-mapping records no memory reads for it.
#include "circuits/evm/states/halt.hpp"
#include "circuits/gadgets/is_zero.hpp"

namespace zkevm::circuits::evm_circuit {

namespace {

class ReturnRevert : public StateGadget {
 public:
  explicit ReturnRevert(bool is_return) : is_return_(is_return) {}
  ExecutionState state() const override { return is_return_ ? ExecutionState::Return : ExecutionState::Revert; }
  int height() const override { return 3; }
  int rw_count() const override { return 2; }

  void configure(StepBuilder& b) override {
    b.require_opcode(is_return_ ? "opcode is RETURN" : "opcode is REVERT", {uint8_t(is_return_ ? 0xf3 : 0xfd)});
    const Expression& sp = b.cur().stack_pointer;
    const Word offset = b.stack_pop(0, sp), size = b.stack_pop(1, sp + 1);
    // A size or an offset of 2^128 or more runs out of gas.
    b.cb.require_zero("size hi", size.hi);
    size_zero_ = gadgets::IsZero::configure(b.cb, b, size.lo, "size_zero");
    nonempty_ = b.cell("nonempty");
    b.cb.require_equal("nonempty = size ≠ 0", nonempty_, Expression(1) - size_zero_.out);
    b.cb.require_zero("offset hi of a nonempty range", nonempty_.expr() * offset.hi);
    memory_ = gadgets::MemoryExpansion::configure(b.cb, b, b.cur().memory_words,
                                                  nonempty_.expr() * (offset.lo + size.lo), "memory");
    gas_ = gadgets::ConstantGas::configure(b.cb, b, b.cur().gas_left, memory_.cost, "gas");
    if (is_return_) require_success_halt(b, gas_.next);
    else require_failure_halt(b, 2, gas_.next);
  }

  void assign(StepAssigner& a) const override {
    const evm::U256 &offset = rw_value(a.step, 0), &size = rw_value(a.step, 1);
    size_zero_.assign(a.region, a.offset, gadgets::word_lo(size));
    nonempty_.assign(a.region, a.offset, Fr::from_u64(!size.is_zero()));
    const uint64_t end = size.is_zero() ? 0 : offset.w[0] + size.w[0];
    const auto [words, cost] = memory_.assign(a.region, a.offset, a.step.values.memory_words, end);
    (void)words;
    gas_.assign(a.region, a.offset, a.step.values.gas_left - cost);
  }

 private:
  bool is_return_;
  gadgets::IsZero size_zero_;
  WCell nonempty_;
  gadgets::MemoryExpansion memory_;
  gadgets::ConstantGas gas_;
};

}  // namespace

std::unique_ptr<StateGadget> make_return_revert(bool is_return) { return std::make_unique<ReturnRevert>(is_return); }

}  // namespace zkevm::circuits::evm_circuit
