#pragma once
// Read/write operations of the bus-mapping: every state access of an
// execution, with a global rw_counter, in the form the state circuit proves
// (DESIGN.md, "EVM and trace"). The state circuit sorts them by key
// (tag, id, address, field, storage key) and then by rw_counter, so a read
// must equal the previous write of the same key.
#include <cstdint>
#include <string>
#include <vector>

#include "cpp/evm/types.hpp"

namespace zkevm::evm {

enum class RwTag : uint8_t {
  Start,
  Stack,
  Memory,
  Storage,
  TransientStorage,
  Account,
  CallContext,
  TxAccessListAccount,
  TxAccessListAccountStorage,
  TxRefund,
  TxLog,
  TxReceipt,
  Padding,
};
const char* rw_tag_name(RwTag tag);

// CallContext fields.
enum class CallContextField : uint8_t { CallerAddress, CalleeAddress, CodeAddress, Value, Depth, IsStatic, IsCreate,
                                        Gas, CallDataLength, IsSuccess };
// TxReceipt fields.
enum class ReceiptField : uint8_t { Status, CumulativeGasUsed, LogLength };

struct RwOp {
  uint64_t rw_counter = 0;
  bool is_write = false;
  RwTag tag = RwTag::Start;
  uint64_t id = 0;          // call id (stack, memory, call context), tx id (transient storage, Tx*)
  Address address{};        // account / storage owner
  uint8_t field = 0;        // AccountField, CallContextField, ReceiptField or log field
  U256 key;                 // storage key, memory address, stack pointer
  U256 value;
  U256 value_prev;          // writes: the value before
  U256 committed_value;     // storage: the value at the start of the transaction
  bool reverted = false;    // a write that undoes an earlier one because its frame reverted
};

}  // namespace zkevm::evm
