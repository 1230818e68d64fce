#include "circuits/tables/copy_table.hpp"

#include "cpp/util/error.hpp"

namespace zkevm::circuits {

std::vector<CopyRow> copy_table_rows(const std::vector<evm::CopyEvent>& events) {
  std::vector<CopyRow> rows;
  for (size_t e = 0; e < events.size(); ++e) {
    const evm::CopyEvent& ev = events[e];
    uint64_t len = ev.bytes.size();
    if (len == 0) continue;
    uint64_t rw_ops = ev.rw_counter_end > ev.rw_counter_start ? ev.rw_counter_end - ev.rw_counter_start : 0;
    if (rw_ops % len != 0)
      throw InputError("copy event " + std::to_string(e) + ": " + std::to_string(rw_ops) + " RW operations for " +
                       std::to_string(len) + " bytes");
    uint64_t per_byte = rw_ops / len;
    for (uint64_t i = 0; i < len; ++i) {
      CopyRow r;
      r.is_first = i == 0;
      r.is_last = i + 1 == len;
      r.src_type = ev.src_type;
      r.dst_type = ev.dst_type;
      r.src_id = ev.src_id;
      r.dst_id = ev.dst_id;
      r.src_addr = ev.src_offset + i;
      r.dst_addr = ev.dst_offset + i;
      r.length = len;
      r.bytes_left = len - i;
      r.value = ev.bytes[i];
      r.rw_counter = ev.rw_counter_start + i * per_byte;
      r.rwc_inc_left = rw_ops - i * per_byte;
      rows.push_back(r);
    }
  }
  return rows;
}

CopyTable CopyTable::configure(plonk::ConstraintSystem& cs) {
  CopyTable t;
  t.is_first = cs.advice_column("copy.is_first");
  t.is_last = cs.advice_column("copy.is_last");
  t.src_type = cs.advice_column("copy.src_type");
  t.src_id_hi = cs.advice_column("copy.src_id_hi");
  t.src_id_lo = cs.advice_column("copy.src_id_lo");
  t.src_addr = cs.advice_column("copy.src_addr");
  t.dst_type = cs.advice_column("copy.dst_type");
  t.dst_id_hi = cs.advice_column("copy.dst_id_hi");
  t.dst_id_lo = cs.advice_column("copy.dst_id_lo");
  t.dst_addr = cs.advice_column("copy.dst_addr");
  t.length = cs.advice_column("copy.length");
  t.bytes_left = cs.advice_column("copy.bytes_left");
  t.value = cs.advice_column("copy.value");
  t.rw_counter = cs.advice_column("copy.rw_counter");
  t.rwc_inc_left = cs.advice_column("copy.rwc_inc_left");
  t.value_acc = cs.advice_column("copy.value_acc", 1);
  t.rlc_acc = cs.advice_column("copy.rlc_acc", 1);
  return t;
}

std::vector<plonk::Expression> CopyTable::columns() const {
  return {is_first.cur(),  src_type.cur(),  src_id_hi.cur(), src_id_lo.cur(),  src_addr.cur(),
          dst_type.cur(),  dst_id_hi.cur(), dst_id_lo.cur(), dst_addr.cur(),   length.cur(),
          rw_counter.cur(), rwc_inc_left.cur(), rlc_acc.cur()};
}

void CopyTable::assign(plonk::Assignment& a, const std::vector<CopyRow>& rows, size_t start) const {
  if (start + rows.size() > a.usable_rows())
    throw InputError("copy table: " + std::to_string(rows.size()) + " rows from row " + std::to_string(start) +
                     " do not fit in " + std::to_string(a.usable_rows()) + " usable rows");
  for (size_t i = 0; i < rows.size(); ++i) {
    const CopyRow& r = rows[i];
    size_t row = start + i;
    WordCells src = word_cells(r.src_id), dst = word_cells(r.dst_id);
    a.assign(is_first, row, fr(r.is_first));
    a.assign(is_last, row, fr(r.is_last));
    a.assign(src_type, row, fr(static_cast<uint64_t>(r.src_type)));
    a.assign(src_id_hi, row, src.hi);
    a.assign(src_id_lo, row, src.lo);
    a.assign(src_addr, row, fr(r.src_addr));
    a.assign(dst_type, row, fr(static_cast<uint64_t>(r.dst_type)));
    a.assign(dst_id_hi, row, dst.hi);
    a.assign(dst_id_lo, row, dst.lo);
    a.assign(dst_addr, row, fr(r.dst_addr));
    a.assign(length, row, fr(r.length));
    a.assign(bytes_left, row, fr(r.bytes_left));
    a.assign(value, row, fr(r.value));
    a.assign(rw_counter, row, fr(r.rw_counter));
    a.assign(rwc_inc_left, row, fr(r.rwc_inc_left));
  }
}

void CopyTable::assign_phase1(plonk::Assignment& a, const std::vector<CopyRow>& rows, const Fr& r,
                              size_t start) const {
  if (start + rows.size() > a.usable_rows())
    throw InputError("copy table: " + std::to_string(rows.size()) + " rows do not fit");
  size_t first = 0;
  Fr acc = Fr::zero();
  for (size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].is_first) {
      first = i;
      acc = Fr::zero();
    }
    acc = acc * r + fr(rows[i].value);
    a.assign(value_acc, start + i, acc);
    if (rows[i].is_last)
      for (size_t j = first; j <= i; ++j) a.assign(rlc_acc, start + j, acc);
  }
}

}  // namespace zkevm::circuits
