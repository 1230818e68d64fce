#pragma once
// The Block table: the block context, looked up by the EVM circuit (COINBASE,
// TIMESTAMP, NUMBER, PREVRANDAO, GASLIMIT, CHAINID, BASEFEE, BLOBBASEFEE and
// BeginTx's fee checks). The PI circuit that binds it to the public inputs
// comes later; until then sub-circuits assign it unconstrained.
//
// Columns:
//   tag              a BlockField (0 on unused rows)
//   index            the block's number for per-block fields (a trace is one
//                    block, so every row of a trace has its block's number)
//   value_hi, value_lo  the field as a word (hi, lo)
//
// Row order: one row per BlockField in enum order. Lookups: (tag, index, value_hi, value_lo).
#include <vector>

#include "circuits/tables/table_values.hpp"
#include "cpp/evm/circuit_input.hpp"
#include "cpp/plonk/assignment.hpp"

namespace zkevm::circuits {

enum class BlockField : uint8_t { Coinbase = 1, Timestamp, Number, PrevRandao, GasLimit, BaseFee, ChainId, BlobBaseFee };

struct BlockRow {
  BlockField tag = BlockField::Coinbase;
  uint64_t index = 0;
  evm::U256 value;
};

// The rows of one block's context.
std::vector<BlockRow> block_table_rows(const evm::BlockContext& block);

struct BlockTable {
  plonk::Column<plonk::Advice> tag, index, value_hi, value_lo;

  static BlockTable configure(plonk::ConstraintSystem& cs);

  // The table side of a lookup: (tag, index, value_hi, value_lo).
  std::vector<plonk::Expression> columns() const;

  // Writes rows to rows start.. (phase 0). InputError when they do not fit.
  void assign(plonk::Assignment& a, const std::vector<BlockRow>& rows, size_t start = 0) const;
};

}  // namespace zkevm::circuits
