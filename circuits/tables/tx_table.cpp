#include "circuits/tables/tx_table.hpp"

#include "cpp/util/error.hpp"
#include "cpp/util/keccak.hpp"

namespace zkevm::circuits {

namespace {

evm::U256 effective_gas_price(const evm::Transaction& tx, const evm::U256& base_fee) {
  if (tx.type < 2) return tx.gas_price;
  evm::U256 with_tip = base_fee + tx.max_priority_fee_per_gas;
  return with_tip < tx.max_fee_per_gas ? with_tip : tx.max_fee_per_gas;
}

}  // namespace

std::vector<TxRow> tx_table_rows(const std::vector<evm::TxRecord>& txs, const evm::U256& base_fee) {
  std::vector<TxRow> rows;
  for (const evm::TxRecord& rec : txs) {
    const evm::Transaction& tx = rec.tx;
    uint64_t calldata_gas = 0;
    for (uint8_t b : tx.data) calldata_gas += b == 0 ? 4 : 16;
    auto field = [&](TxField tag, const evm::U256& value) { rows.push_back({rec.id, tag, 0, value}); };
    field(TxField::Nonce, tx.nonce);
    field(TxField::Gas, tx.gas_limit);
    field(TxField::GasPrice, effective_gas_price(tx, base_fee));
    field(TxField::CallerAddress, evm::address_to_word(tx.sender));
    field(TxField::CalleeAddress, tx.to ? evm::address_to_word(*tx.to) : evm::U256());
    field(TxField::IsCreate, evm::U256(!tx.to.has_value()));
    field(TxField::Value, tx.value);
    field(TxField::CallDataLength, evm::U256(tx.data.size()));
    field(TxField::CallDataGasCost, evm::U256(calldata_gas));
    field(TxField::TxSignHash, evm::hash_to_word(keccak256(evm::signing_payload(tx))));
    field(TxField::TxHash, evm::hash_to_word(rec.hash));
    for (size_t i = 0; i < tx.data.size(); ++i) rows.push_back({rec.id, TxField::CallData, i, evm::U256(tx.data[i])});
  }
  return rows;
}

TxTable TxTable::configure(plonk::ConstraintSystem& cs) {
  TxTable t;
  t.tx_id = cs.advice_column("tx.tx_id");
  t.tag = cs.advice_column("tx.tag");
  t.index = cs.advice_column("tx.index");
  t.value_hi = cs.advice_column("tx.value_hi");
  t.value_lo = cs.advice_column("tx.value_lo");
  return t;
}

std::vector<plonk::Expression> TxTable::columns() const {
  return {tx_id.cur(), tag.cur(), index.cur(), value_hi.cur(), value_lo.cur()};
}

void TxTable::assign(plonk::Assignment& a, const std::vector<TxRow>& rows, size_t start) const {
  if (start + rows.size() > a.usable_rows())
    throw InputError("tx table: " + std::to_string(rows.size()) + " rows from row " + std::to_string(start) +
                     " do not fit in " + std::to_string(a.usable_rows()) + " usable rows");
  for (size_t i = 0; i < rows.size(); ++i) {
    const TxRow& r = rows[i];
    size_t row = start + i;
    WordCells v = word_cells(r.value);
    a.assign(tx_id, row, fr(r.tx_id));
    a.assign(tag, row, fr(static_cast<uint64_t>(r.tag)));
    a.assign(index, row, fr(r.index));
    a.assign(value_hi, row, v.hi);
    a.assign(value_lo, row, v.lo);
  }
}

}  // namespace zkevm::circuits
