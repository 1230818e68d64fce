#pragma once
// The bus-mapping's tables beyond steps and RW operations: copy events,
// Keccak inputs and exponentiations (recorded by the tracer), and the block-
// level tables (block context, transactions, bytecodes, MPT updates,
// signatures) built from a finished case (circuit_input.hpp).
#include <cstdint>
#include <string>
#include <vector>

#include "cpp/evm/types.hpp"

namespace zkevm::evm {

// Where a copy reads or writes. Ids: call id for Memory/Calldata/Returndata,
// tx id for TxCalldata/TxLog, code hash for Bytecode, 0 for Keccak.
enum class CopyDataType : uint8_t { Bytecode, Memory, Calldata, TxCalldata, Returndata, TxLog, Keccak };
const char* copy_data_type_name(CopyDataType t);

struct CopyEvent {
  CopyDataType src_type = CopyDataType::Memory;
  U256 src_id;
  uint64_t src_offset = 0;
  CopyDataType dst_type = CopyDataType::Memory;
  U256 dst_id;
  uint64_t dst_offset = 0;
  Bytes bytes;
  // The RW operations of the copy: [rw_counter_start, rw_counter_end).
  // Empty for copies whose memory side the RW list does not record (call
  // input and init code are read from the caller's memory by the frame).
  uint64_t rw_counter_start = 0, rw_counter_end = 0;
  std::size_t step = 0;  // index of the step that copied
};

// One Keccak-256 the zkEVM must prove. source: "SHA3", "bytecode",
// "CREATE", "CREATE2", "tx" (transaction hash), "tx_sign" (signing hash).
struct KeccakInput {
  std::string source;
  Bytes input;
  Hash256 output{};
};

struct ExpEvent {
  U256 base, exponent, result;
  std::size_t step = 0;
};

}  // namespace zkevm::evm
