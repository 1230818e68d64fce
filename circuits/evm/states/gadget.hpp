#pragma once
// Shared pieces of the state gadgets: the base class with the state's fixed
// shape, and assignment helpers.
#include "circuits/evm/step.hpp"
#include "cpp/util/error.hpp"

namespace zkevm::circuits::evm_circuit {

template <ExecutionState S, int Height, int RwCount>
class FixedShapeGadget : public StateGadget {
 public:
  ExecutionState state() const override { return S; }
  int height() const override { return Height; }
  int rw_count() const override { return RwCount; }
};

// The gas left after the step (the next step's gas_left).
inline uint64_t gas_after(const StepWitness& s) { return s.next.gas_left; }

// The value of the step's j-th RW operation.
inline const evm::U256& rw_value(const StepWitness& s, size_t j) {
  if (j >= s.rws.size())
    throw InternalError(std::string("EVM circuit: step ") + execution_state_name(s.state) + " has no RW operation " +
                        std::to_string(j));
  return s.rws[j].value;
}

// Word of constant limbs.
inline Word constant_word(uint64_t lo) { return Word{Expression(0), Expression(static_cast<int64_t>(lo))}; }

// a when flag = 1, b when flag = 0 (flag boolean).
inline Expression select(const Expression& flag, const Expression& a, const Expression& b) {
  return b + flag * (a - b);
}

// The factories, one per file in states/.
std::unique_ptr<StateGadget> make_begin_tx_op();
std::unique_ptr<StateGadget> make_begin_call();
std::unique_ptr<StateGadget> make_end_tx(bool new_coinbase);
std::unique_ptr<StateGadget> make_end_block();
std::unique_ptr<StateGadget> make_stop();
std::unique_ptr<StateGadget> make_push0();
std::unique_ptr<StateGadget> make_push();
std::unique_ptr<StateGadget> make_pop();
std::unique_ptr<StateGadget> make_dup(int n);
std::unique_ptr<StateGadget> make_swap(int n);
std::unique_ptr<StateGadget> make_add_sub();
std::unique_ptr<StateGadget> make_mul();
std::unique_ptr<StateGadget> make_is_zero();
std::unique_ptr<StateGadget> make_comparison();
std::unique_ptr<StateGadget> make_jump_dest();
std::unique_ptr<StateGadget> make_pc();
std::unique_ptr<StateGadget> make_gas();
std::unique_ptr<StateGadget> make_msize();
std::unique_ptr<StateGadget> make_jump();
std::unique_ptr<StateGadget> make_jumpi();
std::unique_ptr<StateGadget> make_mload();
std::unique_ptr<StateGadget> make_mstore();
std::unique_ptr<StateGadget> make_mstore8();
std::unique_ptr<StateGadget> make_sload();
std::unique_ptr<StateGadget> make_sstore(ExecutionState shape);
std::unique_ptr<StateGadget> make_environment(ExecutionState state);
// word operations
std::unique_ptr<StateGadget> make_bitwise();
std::unique_ptr<StateGadget> make_not();
std::unique_ptr<StateGadget> make_byte();
std::unique_ptr<StateGadget> make_signed_comparison();
std::unique_ptr<StateGadget> make_code_size();
std::unique_ptr<StateGadget> make_self_balance();

}  // namespace zkevm::circuits::evm_circuit
