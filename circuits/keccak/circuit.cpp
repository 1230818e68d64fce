#include "circuits/keccak/circuit.hpp"

#include <algorithm>

#include "cpp/util/error.hpp"

namespace zkevm::circuits {

KeccakCircuit::KeccakCircuit(std::vector<std::vector<uint8_t>> inputs, size_t capacity)
    : inputs_(std::move(inputs)), witness_(keccak::KeccakWitness::build(inputs_, capacity)) {}

void KeccakCircuit::configure(plonk::ConstraintSystem& cs) {
  const KeccakTable table = KeccakTable::configure(cs);
  const plonk::Challenge byte_rlc = cs.challenge_usable_after(0);
  config_ = KeccakConfig::configure(cs, table, byte_rlc);
  configured_ = true;
}

// The prover synthesizes with the proving key's constraint system and does not
// call configure; the column handles come out the same from any configure.
void KeccakCircuit::ensure_configured() {
  if (configured_) return;
  plonk::ConstraintSystem cs;
  configure(cs);
}

void KeccakCircuit::synthesize(plonk::Assignment& asg) {
  ensure_configured();
  config_.assign(asg, witness_);
}

void KeccakCircuit::synthesize_phase1(plonk::Assignment& asg, const plonk::Challenges& challenges) {
  ensure_configured();
  config_.assign_phase1(asg, witness_, challenges);
}

std::vector<std::vector<uint8_t>> keccak_inputs_of(const std::vector<evm::KeccakInput>& trace_inputs) {
  std::vector<std::vector<uint8_t>> out;
  out.reserve(trace_inputs.size());
  for (const auto& k : trace_inputs) out.emplace_back(k.input.begin(), k.input.end());
  return out;
}

uint32_t keccak_min_k(const std::vector<std::vector<uint8_t>>& inputs, size_t capacity) {
  const size_t blocks = std::max(keccak::blocks_needed(inputs), capacity);
  KeccakCircuit probe({});
  plonk::ConstraintSystem cs;
  probe.configure(cs);
  const size_t rows = std::max(KeccakConfig::rows_for_blocks(blocks), KeccakConfig::table_rows());
  for (uint32_t k = 4; k <= 27; ++k) {
    if (std::size_t{1} << k > cs.blinding_factors() + 1 && cs.usable_rows(k) >= rows) return k;
  }
  throw InputError("keccak circuit: " + std::to_string(blocks) + " blocks do not fit 2^27 rows");
}

}  // namespace zkevm::circuits
