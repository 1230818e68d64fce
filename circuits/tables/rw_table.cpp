#include "circuits/tables/rw_table.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "cpp/util/error.hpp"

namespace zkevm::circuits {
namespace {

using evm::RwTag;

using SortKey = std::tuple<uint8_t, uint64_t, evm::Address, uint8_t, evm::U256>;

SortKey sort_key(const RwRow& r) { return {static_cast<uint8_t>(r.tag), r.id, r.address, r.field_tag, r.key}; }

struct SortKeyLess {
  bool operator()(const SortKey& a, const SortKey& b) const {
    if (std::get<0>(a) != std::get<0>(b)) return std::get<0>(a) < std::get<0>(b);
    if (std::get<1>(a) != std::get<1>(b)) return std::get<1>(a) < std::get<1>(b);
    if (std::get<2>(a) != std::get<2>(b)) return std::get<2>(a) < std::get<2>(b);
    if (std::get<3>(a) != std::get<3>(b)) return std::get<3>(a) < std::get<3>(b);
    return std::get<4>(a) < std::get<4>(b);
  }
};

// The id column of the layout: call ids where the state is per call, the tx
// id where it lives for one transaction, 0 for the block's state.
uint64_t normalized_id(const evm::RwOp& op) {
  switch (op.tag) {
    case RwTag::Stack:
    case RwTag::Memory:
    case RwTag::CallContext: return op.id;
    case RwTag::TransientStorage:
    case RwTag::TxAccessListAccount:
    case RwTag::TxAccessListAccountStorage:
    case RwTag::TxRefund:
    case RwTag::TxLog:
    case RwTag::TxReceipt: return 1;  // a trace is one transaction, id 1
    default: return 0;
  }
}

}  // namespace

std::vector<RwRow> rw_table_rows(const std::vector<evm::RwOp>& ops) {
  std::vector<RwRow> rows;
  rows.reserve(ops.size());
  std::map<SortKey, evm::U256, SortKeyLess> current;
  for (size_t i = 0; i < ops.size(); ++i) {
    const evm::RwOp& op = ops[i];
    if (op.rw_counter != i + 1)
      throw InputError("rw ops: op " + std::to_string(i) + " has rw_counter " + std::to_string(op.rw_counter) +
                       ", expected " + std::to_string(i + 1));
    RwRow r;
    r.rw_counter = op.rw_counter;
    r.is_write = op.is_write;
    r.tag = op.tag;
    r.id = normalized_id(op);
    r.address = op.address;
    r.field_tag = op.field;
    r.key = op.key;
    r.value = op.value;
    auto it = current.find(sort_key(r));
    if (it == current.end()) {
      // Storage and Account start at the pre-state value, which the first
      // operation shows (a read's value, a write's previous value); the
      // other tags start at 0.
      evm::U256 initial;
      if (op.tag == RwTag::Storage || op.tag == RwTag::Account) initial = op.is_write ? op.value_prev : op.value;
      it = current.emplace(sort_key(r), initial).first;
    }
    r.value_prev = it->second;
    if (op.is_write) it->second = op.value;
    rows.push_back(r);
  }
  // initial_value is the same on every row of a key: the value before its first access.
  std::map<SortKey, evm::U256, SortKeyLess> initial;
  for (const RwRow& r : rows) initial.emplace(sort_key(r), r.value_prev);
  for (RwRow& r : rows) r.initial_value = initial.at(sort_key(r));
  return rows;
}

void sort_rw_rows(std::vector<RwRow>& rows) {
  SortKeyLess less;
  std::stable_sort(rows.begin(), rows.end(), [&](const RwRow& a, const RwRow& b) {
    SortKey ka = sort_key(a), kb = sort_key(b);
    if (less(ka, kb)) return true;
    if (less(kb, ka)) return false;
    return a.rw_counter < b.rw_counter;
  });
}

RwRow rw_padding_row(uint64_t rw_counter) {
  RwRow r;
  r.rw_counter = rw_counter;
  r.tag = RwTag::Padding;
  return r;
}

RwTable RwTable::configure(plonk::ConstraintSystem& cs) {
  RwTable t;
  t.rw_counter = cs.advice_column("rw.rw_counter");
  t.is_write = cs.advice_column("rw.is_write");
  t.tag = cs.advice_column("rw.tag");
  t.id = cs.advice_column("rw.id");
  t.address = cs.advice_column("rw.address");
  t.field_tag = cs.advice_column("rw.field_tag");
  t.key_hi = cs.advice_column("rw.key_hi");
  t.key_lo = cs.advice_column("rw.key_lo");
  t.value_hi = cs.advice_column("rw.value_hi");
  t.value_lo = cs.advice_column("rw.value_lo");
  t.value_prev_hi = cs.advice_column("rw.value_prev_hi");
  t.value_prev_lo = cs.advice_column("rw.value_prev_lo");
  t.initial_value_hi = cs.advice_column("rw.initial_value_hi");
  t.initial_value_lo = cs.advice_column("rw.initial_value_lo");
  return t;
}

std::vector<plonk::Expression> RwTable::columns() const {
  return {rw_counter.cur(), is_write.cur(),      tag.cur(),           id.cur(),
          address.cur(),    field_tag.cur(),     key_hi.cur(),        key_lo.cur(),
          value_hi.cur(),   value_lo.cur(),      value_prev_hi.cur(), value_prev_lo.cur(),
          initial_value_hi.cur(), initial_value_lo.cur()};
}

void RwTable::assign(plonk::Assignment& a, const std::vector<RwRow>& rows, size_t start) const {
  if (start + rows.size() > a.usable_rows())
    throw InputError("rw table: " + std::to_string(rows.size()) + " rows from row " + std::to_string(start) +
                     " do not fit in " + std::to_string(a.usable_rows()) + " usable rows");
  for (size_t i = 0; i < rows.size(); ++i) {
    const RwRow& r = rows[i];
    size_t row = start + i;
    WordCells key = word_cells(r.key), value = word_cells(r.value), prev = word_cells(r.value_prev),
              initial = word_cells(r.initial_value);
    a.assign(rw_counter, row, fr(r.rw_counter));
    a.assign(is_write, row, fr(r.is_write));
    a.assign(tag, row, fr(static_cast<uint64_t>(r.tag)));
    a.assign(id, row, fr(r.id));
    a.assign(address, row, address_cell(r.address));
    a.assign(field_tag, row, fr(r.field_tag));
    a.assign(key_hi, row, key.hi);
    a.assign(key_lo, row, key.lo);
    a.assign(value_hi, row, value.hi);
    a.assign(value_lo, row, value.lo);
    a.assign(value_prev_hi, row, prev.hi);
    a.assign(value_prev_lo, row, prev.lo);
    a.assign(initial_value_hi, row, initial.hi);
    a.assign(initial_value_lo, row, initial.lo);
  }
}

}  // namespace zkevm::circuits
