#include "circuits/bytecode/config.hpp"

namespace zkevm::circuits::bytecode {

using plonk::Constraint;
using plonk::Expression;

BytecodeConfig BytecodeConfig::configure(plonk::ConstraintSystem& cs, const BytecodeTable& table,
                                         const KeccakTable& keccak, const OpcodeTable& opcodes, const RangeTable& u8,
                                         plonk::Challenge byte_rlc) {
  BytecodeConfig c;
  c.table = table;
  c.keccak = keccak;
  c.opcodes = opcodes;
  c.u8 = u8;
  c.byte_rlc = byte_rlc;
  c.q_enable = cs.selector("bytecode.q_enable");
  c.q_first = cs.selector("bytecode.q_first");
  c.q_last = cs.selector("bytecode.q_last");
  c.is_header = cs.advice_column("bytecode.is_header");
  c.is_byte = cs.advice_column("bytecode.is_byte");
  c.length = cs.advice_column("bytecode.length");
  c.push_data_size = cs.advice_column("bytecode.push_data_size");
  c.push_data_left = cs.advice_column("bytecode.push_data_left");
  c.push_data_left_inv = cs.advice_column("bytecode.push_data_left_inv");
  c.is_last = cs.advice_column("bytecode.is_last");
  c.value_rlc = cs.advice_column("bytecode.value_rlc", 1);

  Expression q = c.q_enable, one = Expression(1);
  Expression header = c.is_header.cur(), byte = c.is_byte.cur();
  Expression padding = one - header - byte;
  Expression left = c.push_data_left.cur();
  Expression left_is_zero = one - left * c.push_data_left_inv.cur();
  Expression prev_left_is_zero = one - c.push_data_left.prev() * c.push_data_left_inv.prev();
  Expression is_code = table.is_code.cur(), index = table.index.cur(), value = table.value.cur();

  std::vector<Constraint> row = {
      {"is_header is boolean", q * header * (one - header)},
      {"is_byte is boolean", q * byte * (one - byte)},
      {"one kind per row", q * header * byte},
      {"tag from the row kind", q * (table.tag.cur() - header * Fr::from_u64(kBytecodeHeader) -
                                     byte * Fr::from_u64(kBytecodeByte))},
      {"push_data_left_inv is its inverse", q * left * left_is_zero},
      {"padding continues to the end", q * padding * (c.is_header.next() + c.is_byte.next())},
      {"is_last: the next row starts no byte", q * (c.is_last.cur() - (header + byte) * (one - c.is_byte.next()))},
      // Header: index 0, no code flag, value = length, no PUSH data pending.
      {"header index is 0", q * header * index},
      {"header is not code", q * header * is_code},
      {"header value is the length", q * header * (value - c.length.cur())},
      {"header has no push data", q * header * left},
      {"header has no push size", q * header * c.push_data_size.cur()},
      // Byte rows continue the code above them.
      {"byte follows its code", q * byte * (one - c.is_header.prev() - c.is_byte.prev())},
      {"first byte has index 0", q * byte * c.is_header.prev() * index},
      {"index increments", q * byte * c.is_byte.prev() * (index - table.index.prev() - one)},
      {"code hash carried (hi)", q * byte * (table.code_hash_hi.cur() - table.code_hash_hi.prev())},
      {"code hash carried (lo)", q * byte * (table.code_hash_lo.cur() - table.code_hash_lo.prev())},
      {"length carried", q * byte * (c.length.cur() - c.length.prev())},
      {"last byte index is length - 1", q * byte * c.is_last.cur() * (index + one - c.length.cur())},
      {"empty code only when the header is last", q * header * c.is_last.cur() * c.length.cur()},
      // A byte is code exactly when no PUSH data was pending before it.
      {"is_code follows the push data count", q * byte * (is_code - prev_left_is_zero)},
      {"data bytes have no push size", q * byte * (one - is_code) * c.push_data_size.cur()},
      {"push data count", q * byte * (left - is_code * c.push_data_size.cur() -
                                      (one - is_code) * (c.push_data_left.prev() - one))},
  };
  cs.create_gate("bytecode row", std::move(row));
  cs.create_gate("bytecode first row", {{"first row is not a byte", c.q_first * byte}});
  cs.create_gate("bytecode last row", {{"last row is padding", c.q_last * (header + byte)},
                                       {"last row has tag 0", c.q_last * table.tag.cur()}});
  // value_rlc: 0 on the header, RLC · r + byte on each byte.
  cs.create_gate("bytecode rlc", {{"header rlc is 0", q * header * c.value_rlc.cur()},
                                  {"rlc accumulates", q * byte * (c.value_rlc.cur() -
                                                                  c.value_rlc.prev() * Expression(byte_rlc) - value)}});

  cs.lookup("byte in u8", u8.name(), {value}, u8.columns(), q * byte);
  cs.lookup("push size in opcode table", "opcode table (opcode, push_bytes)",
            {Expression(1), value, c.push_data_size.cur()},
            {opcodes.enabled.cur(), opcodes.opcode.cur(), opcodes.push_bytes.cur()}, q * byte * is_code);
  cs.lookup("code hash in keccak table", "keccak table",
            {Expression(1), c.value_rlc.cur(), c.length.cur(), table.code_hash_hi.cur(), table.code_hash_lo.cur()},
            keccak.columns(), q * c.is_last.cur());
  return c;
}

}  // namespace zkevm::circuits::bytecode
