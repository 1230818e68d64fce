#include "circuits/tables/bytecode_table.hpp"

#include "cpp/util/error.hpp"

namespace zkevm::circuits {

std::vector<BytecodeRow> bytecode_table_rows(const std::vector<evm::Bytecode>& codes) {
  std::vector<BytecodeRow> rows;
  for (const evm::Bytecode& code : codes) {
    if (code.is_code.size() != code.bytes.size())
      throw InputError("bytecode " + evm::hash_to_word(code.hash).to_hex() + ": " +
                       std::to_string(code.is_code.size()) + " is_code flags for " +
                       std::to_string(code.bytes.size()) + " bytes");
    evm::U256 hash = evm::hash_to_word(code.hash);
    rows.push_back({hash, kBytecodeHeader, 0, false, code.bytes.size()});
    for (size_t i = 0; i < code.bytes.size(); ++i)
      rows.push_back({hash, kBytecodeByte, i, code.is_code[i] != 0, code.bytes[i]});
  }
  return rows;
}

BytecodeTable BytecodeTable::configure(plonk::ConstraintSystem& cs) {
  BytecodeTable t;
  t.code_hash_hi = cs.advice_column("bytecode.code_hash_hi");
  t.code_hash_lo = cs.advice_column("bytecode.code_hash_lo");
  t.tag = cs.advice_column("bytecode.tag");
  t.index = cs.advice_column("bytecode.index");
  t.is_code = cs.advice_column("bytecode.is_code");
  t.value = cs.advice_column("bytecode.value");
  return t;
}

std::vector<plonk::Expression> BytecodeTable::columns() const {
  return {code_hash_hi.cur(), code_hash_lo.cur(), tag.cur(), index.cur(), is_code.cur(), value.cur()};
}

void BytecodeTable::assign(plonk::Assignment& a, const std::vector<BytecodeRow>& rows, size_t start) const {
  if (start + rows.size() > a.usable_rows())
    throw InputError("bytecode table: " + std::to_string(rows.size()) + " rows from row " + std::to_string(start) +
                     " do not fit in " + std::to_string(a.usable_rows()) + " usable rows");
  for (size_t i = 0; i < rows.size(); ++i) {
    const BytecodeRow& r = rows[i];
    size_t row = start + i;
    WordCells hash = word_cells(r.code_hash);
    a.assign(code_hash_hi, row, hash.hi);
    a.assign(code_hash_lo, row, hash.lo);
    a.assign(tag, row, fr(r.tag));
    a.assign(index, row, fr(r.index));
    a.assign(is_code, row, fr(r.is_code));
    a.assign(value, row, fr(r.value));
  }
}

}  // namespace zkevm::circuits
