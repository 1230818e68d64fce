#pragma once
// Shared helpers for the Keccak circuit tests: running the MockProver with a
// mutation planted between synthesis and phase 1, and reading table rows.
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "circuits/keccak/circuit.hpp"
#include "cpp/plonk/mock_prover.hpp"
#include "cpp/util/error.hpp"
#include "cpp/util/keccak.hpp"

namespace zkevm::circuits::test {

using Bytes = std::vector<uint8_t>;
using plonk::Fr;

inline Bytes bytes_of(std::string_view text) { return Bytes(text.begin(), text.end()); }

inline Bytes random_bytes(std::mt19937_64& rng, size_t n) {
  Bytes b(n);
  for (auto& x : b) x = static_cast<uint8_t>(rng());
  return b;
}

// A big-endian 16-byte number as a field element.
inline Fr be_number(const uint8_t* bytes) {
  Fr v = Fr::zero();
  for (int i = 0; i < 16; ++i) v = v * Fr::from_u64(256) + Fr::from_u64(bytes[i]);
  return v;
}

// A synthesized Keccak circuit: cs, assignment and challenges, with an
// optional phase-0 mutation applied before phase 1.
struct KeccakRun {
  std::unique_ptr<KeccakCircuit> circuit;
  std::unique_ptr<plonk::ConstraintSystem> cs;
  std::unique_ptr<plonk::Assignment> asg;
  plonk::Challenges challenges;

  std::vector<plonk::Failure> verify() const { return plonk::MockProver(*cs, *asg, challenges).verify(); }
};

inline KeccakRun run_keccak(const std::vector<Bytes>& inputs,
                            const std::function<void(KeccakRun&)>& mutate = nullptr, uint64_t seed = 3) {
  KeccakRun r;
  r.circuit = std::make_unique<KeccakCircuit>(inputs);
  r.cs = std::make_unique<plonk::ConstraintSystem>();
  r.circuit->configure(*r.cs);
  r.asg = std::make_unique<plonk::Assignment>(*r.cs, keccak_min_k(inputs));
  r.circuit->synthesize(*r.asg);
  if (mutate) mutate(r);
  r.challenges = plonk::MockProver::draw_challenges(*r.cs, seed);
  r.asg->set_phase(1);
  r.circuit->synthesize_phase1(*r.asg, r.challenges);
  return r;
}

// The names of the constraints (or lookups) that failed.
inline std::vector<std::string> failed_names(const std::vector<plonk::Failure>& failures) {
  std::vector<std::string> names;
  for (const auto& f : failures) names.push_back(f.constraint.empty() ? f.argument : f.constraint);
  return names;
}

inline bool has_failure(const std::vector<plonk::Failure>& failures, const std::string& name) {
  for (const auto& n : failed_names(failures)) {
    if (n == name) return true;
  }
  return false;
}

// Σ byte_i r^(len − 1 − i).
inline Fr rlc_of(const Bytes& input, const Fr& r) {
  Fr acc = Fr::zero();
  for (uint8_t b : input) acc = acc * r + Fr::from_u64(b);
  return acc;
}

}  // namespace zkevm::circuits::test
