#pragma once
// Helpers for the State circuit tests: MockProver runs and failure matching.
#include <functional>
#include <string>
#include <vector>

#include "circuits/state/circuit.hpp"
#include "cpp/plonk/mock_prover.hpp"

namespace zkevm::circuits::test {

using state::StateCircuit;

// Which MockProver checks to run: soundness tests that expect a gate (or a
// lookup/shuffle) failure skip the other half to stay fast at k = 17.
enum class Checks { All, Gates, Arguments };

inline std::vector<plonk::Failure> mock_state(StateCircuit& c, Checks checks = Checks::All, uint32_t k = 0) {
  plonk::ConstraintSystem cs;
  c.configure(cs);
  plonk::Assignment a(cs, k ? k : c.minimum_k());
  c.synthesize(a);
  plonk::MockProver prover(cs, a);
  if (checks == Checks::All) return prover.verify();
  std::vector<plonk::Failure> out;
  if (checks == Checks::Gates) prover.check_gates(out);
  if (checks == Checks::Arguments) {
    prover.check_lookups(out);
    prover.check_shuffles(out);
  }
  return out;
}

// True when some failure is constraint `constraint` of gate `gate`.
inline bool constraint_fails(const std::vector<plonk::Failure>& failures, const std::string& gate,
                             const std::string& constraint) {
  for (const auto& f : failures)
    if (f.kind == plonk::FailureKind::ConstraintNotSatisfied && f.gate == gate && f.constraint == constraint) return true;
  return false;
}

// True when some failure is a missing input of lookup `name` or an unmatched tuple of shuffle `name`.
inline bool argument_fails(const std::vector<plonk::Failure>& failures, const std::string& name) {
  for (const auto& f : failures)
    if ((f.kind == plonk::FailureKind::LookupInputMissing || f.kind == plonk::FailureKind::ShuffleMismatch) &&
        f.argument == name)
      return true;
  return false;
}

// The index of the first row satisfying pred (rows as assigned); -1 when none.
inline long find_row(const std::vector<RwRow>& rows, const std::function<bool(size_t)>& pred) {
  for (size_t i = 0; i < rows.size(); ++i)
    if (pred(i)) return static_cast<long>(i);
  return -1;
}

}  // namespace zkevm::circuits::test
