#pragma once
// How the root call halts, shared by the halting and error states.
//
// A call's outcome is known ahead: BeginCall leaves is_persistent (and
// rw_counter_end_of_reversion) free, every opcode step carries them, and the
// halting step checks them. A persistent call halts successfully (STOP,
// RETURN) into EndTx. A failing one (REVERT, INVALID, the errors) is followed
// by its undo writes, one RevertWrite step each, then EndTx; each reversible
// write i of the call looked up its undo at rw_counter_end_of_reversion − i
// (StepBuilder::reversible_write), so the undo writes are pinned by the
// writes they undo. The bus-mapping lays them out after the halting step's
// own operations: the undo of the call's writes, last write first, then of
// the root call's value transfer (two balance writes of the prologue), then
// EndTx's IsSuccess write.
#include <memory>

#include "circuits/evm/states/gadget.hpp"

namespace zkevm::circuits::evm_circuit {

// The prologue's writes that the root call's failure undoes after its own:
// the value transfer's sender and receiver balances.
inline constexpr int kRootTransferWrites = 2;

// The call halts successfully: it is persistent; EndTx follows in the same
// call with gas_left_after.
void require_success_halt(StepBuilder& b, const Expression& gas_left_after);

// The call fails after own_ops RW operations of its own: it is not
// persistent, its reversible writes' undos follow those operations (ending
// at rw_counter_end_of_reversion), and the first RevertWrite step counts down
// the undo writes with gas_left_after.
void require_failure_halt(StepBuilder& b, int own_ops, const Expression& gas_left_after);

std::unique_ptr<StateGadget> make_revert_write();
std::unique_ptr<StateGadget> make_return_revert(bool is_return);
std::unique_ptr<StateGadget> make_invalid();

}  // namespace zkevm::circuits::evm_circuit
