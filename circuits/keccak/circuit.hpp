#pragma once
// KeccakCircuit: the Keccak circuit alone (it owns the Keccak table and draws
// the byte-RLC challenge itself), for tests, benchmarks and Python.
#include <cstdint>
#include <vector>

#include "circuits/keccak/config.hpp"
#include "cpp/evm/circuit_tables.hpp"

namespace zkevm::circuits {

class KeccakCircuit : public plonk::Circuit {
 public:
  // Proves Keccak-256 of every input; `capacity` blocks (0: as many as the
  // inputs need) fix the circuit's shape, so keygen and proofs for different
  // inputs of one capacity share a key. InputError when the inputs need more.
  explicit KeccakCircuit(std::vector<std::vector<uint8_t>> inputs, size_t capacity = 0);

  void configure(plonk::ConstraintSystem& cs) override;
  void synthesize(plonk::Assignment& asg) override;
  void synthesize_phase1(plonk::Assignment& asg, const plonk::Challenges& challenges) override;

  const std::vector<std::vector<uint8_t>>& inputs() const { return inputs_; }
  const keccak::KeccakWitness& witness() const { return witness_; }
  const KeccakConfig& config() const { return config_; }
  size_t blocks() const { return witness_.blocks.size(); }

 private:
  std::vector<std::vector<uint8_t>> inputs_;
  keccak::KeccakWitness witness_;
  void ensure_configured();

  KeccakConfig config_;
  bool configured_ = false;
};

// The byte strings of the trace's Keccak inputs, in order (what KeccakCircuit
// and KeccakWitness::build take).
std::vector<std::vector<uint8_t>> keccak_inputs_of(const std::vector<evm::KeccakInput>& trace_inputs);

// The smallest k whose usable rows hold the blocks of `inputs` (at least
// `capacity` blocks) and the lookup tables.
uint32_t keccak_min_k(const std::vector<std::vector<uint8_t>>& inputs, size_t capacity = 0);

}  // namespace zkevm::circuits
