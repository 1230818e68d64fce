#include "circuits/tables/exp_table.hpp"

#include "cpp/util/error.hpp"

namespace zkevm::circuits {

std::vector<ExpRow> exp_table_rows(const std::vector<evm::ExpEvent>& events) {
  std::vector<ExpRow> rows;
  for (size_t e = 0; e < events.size(); ++e) {
    const evm::ExpEvent& ev = events[e];
    uint64_t id = e + 1;
    if (ev.exponent.is_zero()) {
      rows.push_back({id, true, true, ev.base, ev.exponent, evm::U256(1)});
      continue;
    }
    // e_j = exponent >> j for j = 0..bits−1; results from the last (e = 1) up.
    unsigned bits = ev.exponent.bit_length();
    std::vector<evm::U256> results(bits);
    results[bits - 1] = ev.base;
    for (unsigned j = bits - 1; j-- > 0;) {
      evm::U256 sq = results[j + 1] * results[j + 1];
      results[j] = ev.exponent.bit(j) ? sq * ev.base : sq;
    }
    if (results[0] != ev.result)
      throw InputError("exp event " + std::to_string(e) + ": result " + ev.result.to_hex() + " is not " +
                       ev.base.to_hex() + " ^ " + ev.exponent.to_hex());
    for (unsigned j = 0; j < bits; ++j)
      rows.push_back({id, j == 0, j + 1 == bits, ev.base, evm::shr(ev.exponent, j), results[j]});
  }
  return rows;
}

ExpTable ExpTable::configure(plonk::ConstraintSystem& cs) {
  ExpTable t;
  t.identifier = cs.advice_column("exp.identifier");
  t.is_first = cs.advice_column("exp.is_first");
  t.is_last = cs.advice_column("exp.is_last");
  t.base_hi = cs.advice_column("exp.base_hi");
  t.base_lo = cs.advice_column("exp.base_lo");
  t.exponent_hi = cs.advice_column("exp.exponent_hi");
  t.exponent_lo = cs.advice_column("exp.exponent_lo");
  t.result_hi = cs.advice_column("exp.result_hi");
  t.result_lo = cs.advice_column("exp.result_lo");
  return t;
}

std::vector<plonk::Expression> ExpTable::columns() const {
  return {is_first.cur(),    base_hi.cur(),   base_lo.cur(), exponent_hi.cur(),
          exponent_lo.cur(), result_hi.cur(), result_lo.cur()};
}

void ExpTable::assign(plonk::Assignment& a, const std::vector<ExpRow>& rows, size_t start) const {
  if (start + rows.size() > a.usable_rows())
    throw InputError("exp table: " + std::to_string(rows.size()) + " rows from row " + std::to_string(start) +
                     " do not fit in " + std::to_string(a.usable_rows()) + " usable rows");
  for (size_t i = 0; i < rows.size(); ++i) {
    const ExpRow& r = rows[i];
    size_t row = start + i;
    WordCells b = word_cells(r.base), e = word_cells(r.exponent), res = word_cells(r.result);
    a.assign(identifier, row, fr(r.identifier));
    a.assign(is_first, row, fr(r.is_first));
    a.assign(is_last, row, fr(r.is_last));
    a.assign(base_hi, row, b.hi);
    a.assign(base_lo, row, b.lo);
    a.assign(exponent_hi, row, e.hi);
    a.assign(exponent_lo, row, e.lo);
    a.assign(result_hi, row, res.hi);
    a.assign(result_lo, row, res.lo);
  }
}

}  // namespace zkevm::circuits
