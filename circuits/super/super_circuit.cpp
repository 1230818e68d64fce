#include "circuits/super/super_circuit.hpp"

#include <algorithm>

#include "circuits/tables/table_values.hpp"
#include "cpp/util/error.hpp"

namespace zkevm::circuits {

SuperConfig SuperConfig::configure(plonk::ConstraintSystem& cs) {
  SuperConfig c;
  c.byte_rlc = cs.challenge_usable_after(0);
  c.rw = RwTable::configure(cs);
  c.bytecode_table = BytecodeTable::configure(cs);
  c.keccak_table = KeccakTable::configure(cs);
  c.tx_table = TxTable::configure(cs);
  c.block_table = BlockTable::configure(cs);
  c.u8 = u8_table(cs);
  c.limb_range = state::limb_range_table(cs);
  c.bitwise = nibble_bitwise_table(cs);
  c.opcodes = OpcodeTable::configure(cs);
  c.public_inputs = cs.instance_column("public_inputs");
  // The public inputs are bound to the Block and Tx tables by copy constraints.
  for (plonk::AnyColumn col : {plonk::AnyColumn(c.public_inputs), plonk::AnyColumn(c.block_table.value_hi),
                               plonk::AnyColumn(c.block_table.value_lo), plonk::AnyColumn(c.tx_table.value_hi),
                               plonk::AnyColumn(c.tx_table.value_lo)})
    cs.enable_equality(col);
  c.state = state::StateConfig::configure(cs, c.rw, c.limb_range, c.byte_rlc);
  c.bytecode = bytecode::BytecodeConfig::configure(cs, c.bytecode_table, c.keccak_table, c.opcodes, c.u8, c.byte_rlc);
  c.keccak = KeccakConfig::configure(cs, c.keccak_table, c.byte_rlc);
  c.evm = evm_circuit::EvmConfig::configure(cs, c.rw, c.bytecode_table, c.u8, c.bitwise);
  return c;
}

namespace {

std::vector<std::vector<uint8_t>> keccak_preimages(const evm::CircuitInput& input) {
  std::vector<std::vector<uint8_t>> out;
  out.reserve(input.keccak_inputs.size());
  for (const evm::KeccakInput& k : input.keccak_inputs) out.push_back(k.input);
  return out;
}

// Indices into tx rows of each transaction's hash row.
std::vector<size_t> tx_hash_rows(const std::vector<TxRow>& rows) {
  std::vector<size_t> out;
  for (size_t i = 0; i < rows.size(); ++i)
    if (rows[i].tag == TxField::TxHash) out.push_back(i);
  return out;
}

}  // namespace

SuperCircuit::SuperCircuit(SuperTrace trace)
    : trace_(std::make_shared<const SuperTrace>(std::move(trace))), evm_(evm_circuit::build_witness(*trace_)) {
  const SuperTrace& t = *trace_;
  rw_rows_ = rw_table_rows(t.rw_ops);
  bytecode_rows_ = bytecode::bytecode_witness_rows(t.input.bytecodes);
  keccak_ = keccak::KeccakWitness::build(keccak_preimages(t.input));
  block_rows_ = block_table_rows(t.input.block);
  tx_rows_ = tx_table_rows(t.input.txs, t.input.block.base_fee);

  sizes_.rw_rows = rw_rows_.size() + 1;  // at least one padding row
  sizes_.bytecode_rows = bytecode_rows_.size() + 1;
  sizes_.keccak_rows = KeccakConfig::rows_for_blocks(keccak_.blocks.size());
  sizes_.fixed_table_rows =
      std::max<size_t>({size_t{1} << state::kLimbBits, 256, size_t{768}, KeccakConfig::table_rows()});
  plonk::ConstraintSystem cs;
  const SuperConfig probe = SuperConfig::configure(cs);
  sizes_.evm_rows = probe.evm.rows_needed(evm_);
  const size_t needed = std::max({sizes_.evm_rows, sizes_.rw_rows, sizes_.bytecode_rows, sizes_.keccak_rows, sizes_.fixed_table_rows,
                                  tx_rows_.size(), block_rows_.size(), public_inputs().size()});
  for (uint32_t k = 1; k <= 26; ++k) {
    if ((size_t{1} << k) > cs.blinding_factors() + 1 && cs.usable_rows(k) >= needed) {
      sizes_.k = k;
      return;
    }
  }
  throw InputError("super circuit: the trace needs " + std::to_string(needed) + " rows, more than 2^26");
}

std::vector<Fr> SuperCircuit::public_inputs() const {
  std::vector<Fr> out;
  for (const BlockRow& r : block_rows_) {
    WordCells v = word_cells(r.value);
    out.push_back(v.hi);
    out.push_back(v.lo);
  }
  for (size_t i : tx_hash_rows(tx_rows_)) {
    WordCells v = word_cells(tx_rows_[i].value);
    out.push_back(v.hi);
    out.push_back(v.lo);
  }
  return out;
}

void SuperCircuit::configure(plonk::ConstraintSystem& cs) { config_ = SuperConfig::configure(cs); }

void SuperCircuit::synthesize(plonk::Assignment& a) {
  const SuperConfig& c = config_;
  c.u8.assign(a);
  c.limb_range.assign(a);
  c.bitwise.assign(a);
  c.opcodes.assign(a);
  c.state.assign(a, state::state_rows(rw_rows_, a.usable_rows()));
  c.bytecode.assign(a, bytecode_rows_);
  c.keccak.assign(a, keccak_);
  c.evm.assign(a, evm_);

  // Block and Tx tables, bound to the public inputs.
  c.block_table.assign(a, block_rows_);
  c.tx_table.assign(a, tx_rows_);
  const std::vector<Fr> pis = public_inputs();
  a.assign_column(c.public_inputs, pis);
  size_t pi = 0;
  auto bind = [&](plonk::Column<plonk::Advice> hi, plonk::Column<plonk::Advice> lo, size_t row) {
    a.copy(plonk::Cell{hi, row}, plonk::Cell{c.public_inputs, pi++});
    a.copy(plonk::Cell{lo, row}, plonk::Cell{c.public_inputs, pi++});
  };
  for (size_t row = 0; row < block_rows_.size(); ++row) bind(c.block_table.value_hi, c.block_table.value_lo, row);
  for (size_t row : tx_hash_rows(tx_rows_)) bind(c.tx_table.value_hi, c.tx_table.value_lo, row);
  if (tamper) tamper(a, c);
}

void SuperCircuit::synthesize_phase1(plonk::Assignment& a, const plonk::Challenges& challenges) {
  const Fr r = challenges.get(config_.byte_rlc);
  config_.bytecode.assign_phase1(a, bytecode_rows_, r);
  config_.keccak.assign_phase1(a, keccak_, challenges);
  if (tamper_phase1) tamper_phase1(a, config_);
}

}  // namespace zkevm::circuits
