// The Bytecode circuit's witness: table rows, PUSH data counts, lengths, RLCs.
#include "circuits/bytecode/config.hpp"
#include "cpp/util/error.hpp"

namespace zkevm::circuits::bytecode {

std::vector<BytecodeWitnessRow> bytecode_witness_rows(const std::vector<evm::Bytecode>& codes) {
  std::vector<OpcodeRow> opcodes = opcode_table_rows(evm::Fork::Cancun);
  std::vector<BytecodeWitnessRow> out;
  uint64_t length = 0, left = 0;
  for (const BytecodeRow& r : bytecode_table_rows(codes)) {
    BytecodeWitnessRow w;
    w.table = r;
    if (r.tag == kBytecodeHeader) {
      length = r.value;
      left = 0;
    } else {
      w.push_data_size = r.is_code ? opcodes[r.value].push_bytes : 0;
      left = r.is_code ? w.push_data_size : left - 1;
    }
    w.length = length;
    w.push_data_left = left;
    out.push_back(w);
  }
  return out;
}

void BytecodeConfig::assign(plonk::Assignment& a, const std::vector<BytecodeWitnessRow>& rows) const {
  size_t m = a.usable_rows();
  if (rows.size() + 1 > m)
    throw InputError("bytecode circuit: " + std::to_string(rows.size()) + " rows and a padding row do not fit in " +
                     std::to_string(m) + " usable rows");
  std::vector<BytecodeRow> table_rows(m);
  std::vector<Fr> header(m), byte(m), len(m), size(m), left(m), left_inv(m), last(m);
  for (size_t i = 0; i < m; ++i) {
    if (i >= rows.size()) continue;  // padding: all zero
    const BytecodeWitnessRow& w = rows[i];
    table_rows[i] = w.table;
    header[i] = fr(w.table.tag == kBytecodeHeader);
    byte[i] = fr(w.table.tag == kBytecodeByte);
    len[i] = fr(w.length);
    size[i] = fr(w.push_data_size);
    // push_data_left may be "negative" in a dishonest witness: take it in the field.
    left[i] = Fr::from_int(static_cast<int64_t>(w.push_data_left));
    left_inv[i] = left[i].is_zero() ? Fr::zero() : left[i].inverse();
    bool next_is_byte = i + 1 < rows.size() && rows[i + 1].table.tag == kBytecodeByte;
    last[i] = fr(w.table.tag != 0 && !next_is_byte);
  }
  table.assign(a, table_rows);
  a.assign_column(is_header, header);
  a.assign_column(is_byte, byte);
  a.assign_column(length, len);
  a.assign_column(push_data_size, size);
  a.assign_column(push_data_left, left);
  a.assign_column(push_data_left_inv, left_inv);
  a.assign_column(is_last, last);
  for (size_t i = 0; i + 1 < m; ++i) a.enable_selector(q_enable, i);
  a.enable_selector(q_first, 0);
  a.enable_selector(q_last, m - 1);
}

void BytecodeConfig::assign_phase1(plonk::Assignment& a, const std::vector<BytecodeWitnessRow>& rows,
                                   const Fr& r) const {
  std::vector<Fr> rlc(a.usable_rows());
  Fr acc = Fr::zero();
  for (size_t i = 0; i < rows.size() && i < rlc.size(); ++i) {
    acc = rows[i].table.tag == kBytecodeByte ? acc * r + fr(rows[i].table.value) : Fr::zero();
    rlc[i] = acc;
  }
  a.assign_column(value_rlc, rlc);
}

}  // namespace zkevm::circuits::bytecode
