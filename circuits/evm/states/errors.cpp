// Stack errors of the root call, decided by the opcode's properties (the
// opcode table): a defined opcode underflows when stack_pointer >
// 1024 − stack_in (fewer items than it pops) and overflows when
// stack_pointer < stack_out − stack_in (more than 1024 items after it). The
// call fails and consumes all its gas; the step has no operation of its own
// (the bus-mapping drops an overflowing step's stack reads: it never ran).
#include "circuits/evm/states/halt.hpp"
#include "circuits/gadgets/less_than.hpp"
#include "circuits/tables/opcode_table.hpp"

namespace zkevm::circuits::evm_circuit {

namespace {

class ErrorStack : public FixedShapeGadget<ExecutionState::ErrorStack, 1, 0> {
 public:
  void configure(StepBuilder& b) override {
    const OpcodeProperties p = b.opcode_properties();
    b.cb.require_equal("opcode is defined", p.is_defined, Expression(1));
    underflow_ = b.cell("underflow");
    b.cb.require_boolean("underflow is boolean", underflow_);
    const Expression& sp = b.cur().stack_pointer;
    // underflow: max_stack_pointer < sp; overflow: sp < min_stack_pointer (all below 2^16).
    out_of_bounds_ = gadgets::LessThan::configure(b.cb, b, select(underflow_, p.max_stack_pointer, sp),
                                                  select(underflow_, sp, p.min_stack_pointer), 2, "out_of_bounds");
    b.cb.require_equal("stack pointer out of bounds", out_of_bounds_.out, Expression(1));
    require_failure_halt(b, 0, Expression(0));
  }
  void assign(StepAssigner& a) const override {
    const OpcodeRow p = opcode_table_rows(evm::Fork::Cancun)[a.step.values.opcode];
    const uint64_t sp = a.step.values.stack_pointer;
    const bool underflow = sp > p.max_stack_pointer;
    underflow_.assign(a.region, a.offset, Fr::from_u64(underflow));
    out_of_bounds_.assign(a.region, a.offset, underflow ? p.max_stack_pointer : sp, underflow ? sp : p.min_stack_pointer);
  }

 private:
  WCell underflow_;
  gadgets::LessThan out_of_bounds_;
};

}  // namespace

std::unique_ptr<StateGadget> make_error_stack() { return std::make_unique<ErrorStack>(); }

}  // namespace zkevm::circuits::evm_circuit
