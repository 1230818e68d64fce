#include "circuits/tables/block_table.hpp"

#include "cpp/util/error.hpp"

namespace zkevm::circuits {

std::vector<BlockRow> block_table_rows(const evm::BlockContext& b) {
  uint64_t n = b.number;
  return {
      {BlockField::Coinbase, n, evm::address_to_word(b.coinbase)},
      {BlockField::Timestamp, n, evm::U256(b.timestamp)},
      {BlockField::Number, n, evm::U256(b.number)},
      {BlockField::PrevRandao, n, b.prevrandao},
      {BlockField::GasLimit, n, evm::U256(b.gas_limit)},
      {BlockField::BaseFee, n, b.base_fee},
      {BlockField::ChainId, n, b.chain_id},
      {BlockField::BlobBaseFee, n, b.blob_base_fee},
  };
}

BlockTable BlockTable::configure(plonk::ConstraintSystem& cs) {
  BlockTable t;
  t.tag = cs.advice_column("block.tag");
  t.index = cs.advice_column("block.index");
  t.value_hi = cs.advice_column("block.value_hi");
  t.value_lo = cs.advice_column("block.value_lo");
  return t;
}

std::vector<plonk::Expression> BlockTable::columns() const {
  return {tag.cur(), index.cur(), value_hi.cur(), value_lo.cur()};
}

void BlockTable::assign(plonk::Assignment& a, const std::vector<BlockRow>& rows, size_t start) const {
  if (start + rows.size() > a.usable_rows())
    throw InputError("block table: " + std::to_string(rows.size()) + " rows from row " + std::to_string(start) +
                     " do not fit in " + std::to_string(a.usable_rows()) + " usable rows");
  for (size_t i = 0; i < rows.size(); ++i) {
    WordCells v = word_cells(rows[i].value);
    a.assign(tag, start + i, fr(static_cast<uint64_t>(rows[i].tag)));
    a.assign(index, start + i, fr(rows[i].index));
    a.assign(value_hi, start + i, v.hi);
    a.assign(value_lo, start + i, v.lo);
  }
}

}  // namespace zkevm::circuits
