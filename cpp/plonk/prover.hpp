#pragma once
// The PLONKish prover over KZG (halo2's protocol with logUp lookups and a
// SHPLONK multi-opening). Transcript order, shared with the verifier:
//   absorb instances; commit phase-0 advice; squeeze the circuit's challenges;
//   commit phase-1 advice; squeeze θ, β, γ; commit the argument polynomials
//   (permutation products, logUp m and φ, shuffle products); commit the
//   vanishing argument's random polynomial r; squeeze y; commit the quotient
//   pieces h_i (h = Σ X^(n i) h_i = numerator / Z_H on the extended coset);
//   squeeze x; absorb every opened evaluation at x ω^r and r(x); SHPLONK
//   multi-open (W, squeeze, W') of those and of h at x, whose value
//   numerator(x) / (x^n − 1) the verifier computes itself.
// Zero knowledge (as halo2): advice rows from usable_rows on and argument rows
// after the last are random, so every opened evaluation is masked; h(x) is
// never sent, and r (uniformly random, degree < n) masks the batched opening.
#include <cstdint>
#include <functional>
#include <vector>

#include "cpp/plonk/keygen.hpp"

namespace zkevm::plonk {

// Wall time of each phase of one proof, in seconds (for benchmarks).
struct ProveTimings {
  double witness = 0;               // synthesis and advice commitments
  double arguments = 0;             // permutation products, logUp m and φ, shuffle products
  double argument_commitments = 0;  // their commitments
  double quotient = 0;     // random polynomial r, extended-coset evaluation, division, piece commitments
  double openings = 0;     // evaluations at x and SHPLONK
};

struct ProveOptions {
  // Blinding values from a generator seeded with `seed` (reproducible proofs
  // for tests); otherwise from the operating system's entropy.
  bool deterministic = false;
  uint64_t seed = 0;
  ProveTimings* timings = nullptr;  // filled when not null
  // Called after each step of work: (step name, steps done, steps of that name).
  // Runs on the proving thread; exceptions propagate out of prove.
  std::function<void(const char* step, size_t done, size_t total)> progress;
};

// A proof that circuit's witness satisfies pk's constraint system with the
// given public inputs (one vector per instance column, at most usable_rows
// each; they replace the instance values the circuit assigned). Calls
// circuit.configure on a fresh constraint system first (the circuit need not
// be the object keygen configured). InputError when that constraint system's
// shape differs from pk's, when instances do not fit, or when no valid
// witness exists for a lookup or shuffle (a failing gate or copy yields a
// proof that verify rejects).
std::vector<uint8_t> prove(const ProvingKey& pk, Circuit& circuit, const std::vector<std::vector<Fr>>& instances,
                           const ProveOptions& options = {});

}  // namespace zkevm::plonk
