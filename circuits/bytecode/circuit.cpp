#include "circuits/bytecode/circuit.hpp"

#include <algorithm>

#include "cpp/util/error.hpp"
#include "cpp/util/keccak.hpp"

namespace zkevm::circuits::bytecode {

BytecodeCircuit::BytecodeCircuit(std::vector<evm::Bytecode> codes) : codes_(std::move(codes)) {
  rows_ = bytecode_witness_rows(codes_);
}

uint32_t BytecodeCircuit::minimum_k() const {
  plonk::ConstraintSystem cs;
  BytecodeCircuit probe({});
  probe.configure(cs);
  size_t needed = std::max<size_t>({rows_.size() + 1, 256, codes_.size()});
  for (uint32_t k = 9; k <= 26; ++k)
    if (cs.usable_rows(k) >= needed) return k;
  throw InputError("bytecode circuit: " + std::to_string(rows_.size()) + " rows need more than 2^26 rows");
}

void BytecodeCircuit::configure(plonk::ConstraintSystem& cs) {
  plonk::Challenge byte_rlc = cs.challenge_usable_after(0);
  BytecodeTable table = BytecodeTable::configure(cs);
  KeccakTable keccak = KeccakTable::configure(cs);
  OpcodeTable opcodes = OpcodeTable::configure(cs);
  RangeTable u8 = u8_table(cs);
  config_ = BytecodeConfig::configure(cs, table, keccak, opcodes, u8, byte_rlc);
}

void BytecodeCircuit::synthesize(plonk::Assignment& a) {
  config_.u8.assign(a);
  config_.opcodes.assign(a);
  rows_ = bytecode_witness_rows(codes_);
  if (edit_rows) edit_rows(rows_);
  config_.assign(a, rows_);
  // Keccak table, unconstrained: one final row per code (phase-0 part).
  for (size_t i = 0; i < codes_.size(); ++i) {
    WordCells h = word_cells(evm::hash_to_word(keccak256(codes_[i].bytes)));
    a.assign(config_.keccak.is_final, i, Fr::one());
    a.assign(config_.keccak.input_len, i, fr(codes_[i].bytes.size()));
    a.assign(config_.keccak.output_hi, i, h.hi);
    a.assign(config_.keccak.output_lo, i, h.lo);
  }
  if (tamper) tamper(a, config_);
}

void BytecodeCircuit::synthesize_phase1(plonk::Assignment& a, const plonk::Challenges& challenges) {
  Fr r = challenges.get(config_.byte_rlc);
  config_.assign_phase1(a, rows_, r);
  for (size_t i = 0; i < codes_.size(); ++i) a.assign(config_.keccak.input_rlc, i, bytes_rlc(codes_[i].bytes, r));
  if (tamper_phase1) tamper_phase1(a, config_);
}

}  // namespace zkevm::circuits::bytecode
