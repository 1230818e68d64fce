#include "circuits/evm/states/gadget.hpp"
#include "circuits/evm/states/halt.hpp"

namespace zkevm::circuits::evm_circuit {

std::vector<std::unique_ptr<StateGadget>> make_state_gadgets() {
  std::vector<std::unique_ptr<StateGadget>> g;
  g.push_back(make_begin_tx_op());
  g.push_back(make_begin_call());
  g.push_back(make_end_tx(false));
  g.push_back(make_end_tx(true));
  g.push_back(make_end_block());
  // halting and errors
  g.push_back(make_revert_write());
  g.push_back(make_return_revert(true));
  g.push_back(make_return_revert(false));
  g.push_back(make_invalid());
  g.push_back(make_stop());
  g.push_back(make_push0());
  g.push_back(make_push());
  g.push_back(make_pop());
  for (int n = 1; n <= 16; ++n) g.push_back(make_dup(n));
  for (int n = 1; n <= 16; ++n) g.push_back(make_swap(n));
  g.push_back(make_add_sub());
  g.push_back(make_mul());
  g.push_back(make_is_zero());
  g.push_back(make_comparison());
  g.push_back(make_jump_dest());
  g.push_back(make_pc());
  g.push_back(make_gas());
  g.push_back(make_jump());
  g.push_back(make_jumpi());
  g.push_back(make_msize());
  g.push_back(make_mload());
  g.push_back(make_mstore());
  g.push_back(make_mstore8());
  g.push_back(make_sload());
  for (ExecutionState s : {ExecutionState::SstoreNoop, ExecutionState::SstoreWrite, ExecutionState::SstoreWriteRefund})
    g.push_back(make_sstore(s));
  // word operations
  g.push_back(make_bitwise());
  g.push_back(make_not());
  g.push_back(make_byte());
  g.push_back(make_signed_comparison());
  g.push_back(make_code_size());
  g.push_back(make_self_balance());
  for (ExecutionState s : {ExecutionState::Address, ExecutionState::Origin, ExecutionState::Caller,
                           ExecutionState::CallValue, ExecutionState::CallDataSize})
    g.push_back(make_environment(s));
  // Every state has exactly one gadget, at its index.
  for (size_t i = 0; i < g.size(); ++i)
    if (static_cast<size_t>(g[i]->state()) != i)
      throw InternalError(std::string("EVM circuit: gadget ") + execution_state_name(g[i]->state()) + " at index " +
                          std::to_string(i));
  if (g.size() != kExecutionStates) throw InternalError("EVM circuit: a state has no gadget");
  return g;
}

}  // namespace zkevm::circuits::evm_circuit
