// The root call's context, carried in the step state from BeginCall's
// writes: ADDRESS pushes the callee, CALLER the caller, ORIGIN the caller too
// (the root call's caller is the transaction's sender), CALLVALUE the value,
// CALLDATASIZE the calldata length. Gas 2 each. An address (160 bits) is
// pushed as the word (hi, lo) = (bytes 0..3, bytes 4..19) of its 20 bytes.
#include "circuits/evm/states/gadget.hpp"

namespace zkevm::circuits::evm_circuit {

namespace {

class Environment : public StateGadget {
 public:
  explicit Environment(ExecutionState state) : state_(state) {}
  ExecutionState state() const override { return state_; }
  int height() const override { return 3; }  // 28 byte cells need three rows of the pool
  int rw_count() const override { return 1; }

  void configure(StepBuilder& b) override {
    const StepExprs& c = b.cur();
    Word value;
    switch (state_) {
      case ExecutionState::CallValue:
        b.require_opcode("opcode is CALLVALUE", {0x34});
        value = Word{c.call_value_hi, c.call_value_lo};
        break;
      case ExecutionState::CallDataSize:
        b.require_opcode("opcode is CALLDATASIZE", {0x36});
        value = Word{Expression(0), c.call_data_length};
        break;
      default: {
        const bool callee = state_ == ExecutionState::Address;
        b.require_opcode(std::string("opcode is ") + execution_state_name(state_),
                         {callee ? uint8_t{0x30} : state_ == ExecutionState::Origin ? uint8_t{0x32} : uint8_t{0x33}});
        std::vector<Expression> hi, lo;
        for (int i = 0; i < 20; ++i) {
          bytes_[i] = b.byte_cell("address byte " + std::to_string(i));
          (i < 4 ? hi : lo).push_back(bytes_[i]);
        }
        value = Word{gadgets::from_be_bytes(hi), gadgets::from_be_bytes(lo)};
        b.cb.require_equal("address bytes", callee ? c.callee_address : c.caller_address,
                           value.hi * gadgets::pow256(16) + value.lo);
      }
    }
    b.stack_push(0, c.stack_pointer - 1, value);
    gas_ = b.same_context(Expression(1), Expression(-1), Expression(2));
  }

  void assign(StepAssigner& a) const override {
    if (state_ == ExecutionState::Address || state_ == ExecutionState::Origin || state_ == ExecutionState::Caller) {
      const evm::Address& address =
          state_ == ExecutionState::Address ? a.step.values.callee_address : a.step.values.caller_address;
      for (int i = 0; i < 20; ++i) bytes_[i].assign(a.region, a.offset, Fr::from_u64(address[i]));
    }
    gas_.assign(a.region, a.offset, gas_after(a.step));
  }

 private:
  ExecutionState state_;
  std::array<WCell, 20> bytes_;
  gadgets::ConstantGas gas_;
};

}  // namespace

std::unique_ptr<StateGadget> make_environment(ExecutionState state) { return std::make_unique<Environment>(state); }

}  // namespace zkevm::circuits::evm_circuit
