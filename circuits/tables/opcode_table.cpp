#include "circuits/tables/opcode_table.hpp"

#include <algorithm>

#include "cpp/util/error.hpp"

namespace zkevm::circuits {

std::vector<OpcodeRow> opcode_table_rows(evm::Fork fork) {
  std::vector<OpcodeRow> rows(256);
  for (unsigned op = 0; op < 256; ++op) {
    OpcodeRow& r = rows[op];
    r.opcode = static_cast<uint8_t>(op);
    if (!evm::opcode_defined(r.opcode, fork)) continue;
    const evm::OpcodeInfo& info = evm::opcode_table()[op];
    r.is_defined = true;
    r.static_gas = static_cast<uint64_t>(info.static_gas);
    r.stack_in = info.stack_in;
    r.stack_out = info.stack_out;
    r.min_stack_pointer = r.stack_out > r.stack_in ? r.stack_out - r.stack_in : 0;
    r.max_stack_pointer = 1024 - r.stack_in;
    r.is_push = op >= evm::op::PUSH0 && op <= evm::op::PUSH32;
    r.push_bytes = r.is_push ? op - evm::op::PUSH0 : 0;
  }
  return rows;
}

OpcodeTable OpcodeTable::configure(plonk::ConstraintSystem& cs) {
  OpcodeTable t;
  t.enabled = cs.fixed_column("opcode.enabled");
  t.opcode = cs.fixed_column("opcode.opcode");
  t.is_defined = cs.fixed_column("opcode.is_defined");
  t.static_gas = cs.fixed_column("opcode.static_gas");
  t.stack_in = cs.fixed_column("opcode.stack_in");
  t.stack_out = cs.fixed_column("opcode.stack_out");
  t.min_stack_pointer = cs.fixed_column("opcode.min_stack_pointer");
  t.max_stack_pointer = cs.fixed_column("opcode.max_stack_pointer");
  t.is_push = cs.fixed_column("opcode.is_push");
  t.push_bytes = cs.fixed_column("opcode.push_bytes");
  return t;
}

std::vector<plonk::Expression> OpcodeTable::columns() const {
  return {enabled.cur(),   opcode.cur(),           is_defined.cur(),        static_gas.cur(), stack_in.cur(),
          stack_out.cur(), min_stack_pointer.cur(), max_stack_pointer.cur(), is_push.cur(),    push_bytes.cur()};
}

void OpcodeTable::assign(plonk::Assignment& a, evm::Fork fork) const {
  if (a.usable_rows() < 256)
    throw InputError("opcode table: 256 rows do not fit in " + std::to_string(a.usable_rows()) + " usable rows");
  auto f = [](uint64_t x) { return plonk::Fr::from_u64(x); };
  for (const OpcodeRow& r : opcode_table_rows(fork)) {
    size_t row = r.opcode;
    a.assign(enabled, row, f(1));
    a.assign(opcode, row, f(r.opcode));
    a.assign(is_defined, row, f(r.is_defined));
    a.assign(static_gas, row, f(r.static_gas));
    a.assign(stack_in, row, f(r.stack_in));
    a.assign(stack_out, row, f(r.stack_out));
    a.assign(min_stack_pointer, row, f(r.min_stack_pointer));
    a.assign(max_stack_pointer, row, f(r.max_stack_pointer));
    a.assign(is_push, row, f(r.is_push));
    a.assign(push_bytes, row, f(r.push_bytes));
  }
}

}  // namespace zkevm::circuits
