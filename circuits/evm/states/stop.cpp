// STOP halts the root call successfully: no operation of its own; the next
// step is EndTx in the same call with the gas left unchanged (STOP costs 0).
#include "circuits/evm/states/gadget.hpp"

namespace zkevm::circuits::evm_circuit {

namespace {

class Stop : public FixedShapeGadget<ExecutionState::Stop, 1, 0> {
 public:
  void configure(StepBuilder& b) override {
    b.require_opcode("opcode is STOP", {0x00});
    b.cb.require_equal("next is EndTx", b.next_is(ExecutionState::EndTx) + b.next_is(ExecutionState::EndTxNewCoinbase),
                       Expression(1));
    b.cb.require_equal("next call_id", b.next().call_id, b.cur().call_id);
    b.cb.require_equal("next gas_left", b.next().gas_left, b.cur().gas_left);
  }
  void assign(StepAssigner&) const override {}
};

}  // namespace

std::unique_ptr<StateGadget> make_stop() { return std::make_unique<Stop>(); }

}  // namespace zkevm::circuits::evm_circuit
