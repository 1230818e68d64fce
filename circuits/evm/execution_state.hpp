#pragma once
// The execution states of the EVM circuit: the pseudo-states that frame a
// transaction (BeginTxOp, BeginCall, EndTx, EndBlock) and one state per opcode
// family. Each step of the circuit is in exactly one state (a one-hot
// selector); each state has a gadget in states/ with a fixed height.
#include <cstdint>
#include <optional>
#include <string>

namespace zkevm::circuits::evm_circuit {

enum class ExecutionState : uint8_t {
  BeginTxOp,  // one RW operation of the transaction's prologue (fees, nonce, warm accounts)
  BeginCall,  // the root call's context writes; sets the first opcode step's state
  EndTx,      // the root call's success flag, the fee settlement and the receipt
  EndTxNewCoinbase,  // the same when the coinbase account comes into existence
  EndBlock,   // the last step
  // halting and errors
  RevertWrite,  // one undo write of a failing root call (a countdown in reversible_write_counter)
  Return,       // RETURN of the root call: success
  Revert,       // REVERT of the root call: failure, the gas left is kept
  Invalid,      // INVALID (0xfe): failure, all gas consumed
  Stop,
  Push0,
  Push,  // PUSH1..PUSH32
  Pop,
  Dup1,  // DUP1..DUP16: one state each, since DUPn has 2n + 1 RW operations
  Dup16 = Dup1 + 15,
  Swap1,  // SWAP1..SWAP16: 2n + 2 RW operations
  Swap16 = Swap1 + 15,
  AddSub,
  Mul,
  IsZero,
  Comparison,  // LT, GT, EQ
  JumpDest,
  Pc,
  Gas,
  Jump,
  Jumpi,
  Msize,
  Mload,
  Mstore,
  Mstore8,
  Sload,
  SstoreNoop,         // SSTORE of the slot's current value: no write
  SstoreWrite,        // SSTORE that writes, refund counter unchanged
  SstoreWriteRefund,  // SSTORE that writes and changes the refund counter
  // word operations
  Bitwise,           // AND, OR, XOR
  Not,
  Byte,
  SignedComparison,  // SLT, SGT
  CodeSize,
  SelfBalance,
  Address,
  Origin,
  Caller,
  CallValue,
  CallDataSize,
  Count,
};

inline constexpr size_t kExecutionStates = static_cast<size_t>(ExecutionState::Count);

const char* execution_state_name(ExecutionState s);

// True for the states that run no opcode (no opcode fetch): the transaction
// framing and the undo writes of a failing call.
bool is_pseudo_state(ExecutionState s);

// The state of an opcode step of the trace, from its ExecStep's
// execution_state string ("ADD", "PUSH1", "error: ..."): nullopt when the
// circuit has no gadget for it.
std::optional<ExecutionState> execution_state_of(const std::string& trace_state);

}  // namespace zkevm::circuits::evm_circuit
