#pragma once
// The Tx table: the fields and calldata of every transaction of the trace,
// looked up by the EVM circuit (BeginTx, EndTx, CALLDATALOAD, ORIGIN,
// GASPRICE, ...) and the Copy circuit (CALLDATACOPY from a top-level call).
// The Tx circuit that proves it against the signed transactions comes later;
// until then sub-circuits assign it unconstrained.
//
// Columns:
//   tx_id            1, 2, ... (0 on unused rows)
//   tag              a TxField
//   index            the byte's position for CallData rows, 0 otherwise
//   value_hi, value_lo  the field as a word (hi, lo); a CallData byte in value_lo
//
// Row order: per transaction, one row per field in TxField order
// (Nonce .. TxHash), then its calldata bytes (tag CallData, index 0..len−1).
// Lookups: (tx_id, tag, index, value_hi, value_lo).
#include <vector>

#include "circuits/tables/table_values.hpp"
#include "cpp/evm/circuit_input.hpp"
#include "cpp/plonk/assignment.hpp"

namespace zkevm::circuits {

enum class TxField : uint8_t {
  Nonce = 1,
  Gas,              // gas limit
  GasPrice,         // effective gas price (EIP-1559: min(max_fee, base_fee + priority fee))
  CallerAddress,    // sender
  CalleeAddress,    // recipient, 0 for a creation
  IsCreate,
  Value,
  CallDataLength,
  CallDataGasCost,  // 4 per zero byte, 16 per other byte
  TxSignHash,       // Keccak-256 of the signing payload
  TxHash,           // Keccak-256 of the signed bytes (0 when the case has none)
  CallData,         // one row per byte
};

struct TxRow {
  uint64_t tx_id = 0;
  TxField tag = TxField::Nonce;
  uint64_t index = 0;
  evm::U256 value;
};

// The rows of the transactions, in the layout's order; base_fee prices EIP-1559 transactions.
std::vector<TxRow> tx_table_rows(const std::vector<evm::TxRecord>& txs, const evm::U256& base_fee);

struct TxTable {
  plonk::Column<plonk::Advice> tx_id, tag, index, value_hi, value_lo;

  static TxTable configure(plonk::ConstraintSystem& cs);

  // The table side of a lookup: (tx_id, tag, index, value_hi, value_lo).
  std::vector<plonk::Expression> columns() const;

  // Writes rows to rows start.. (phase 0). InputError when they do not fit.
  void assign(plonk::Assignment& a, const std::vector<TxRow>& rows, size_t start = 0) const;
};

}  // namespace zkevm::circuits
