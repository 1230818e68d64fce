#pragma once
// MockProver: checks an assignment against its constraint system without any
// cryptography and reports every failure (see failure.hpp):
//   - every gate constraint on every usable row (compiled program, evaluated
//     in parallel blocks of rows);
//   - every gate constraint on the rows outside the usable range (blinding
//     rows and the last row) with their advice replaced by pseudo-random
//     values, as in a real proof: the vanishing argument needs the gate to be
//     0 there too, so a gate without a selector is reported (once per
//     constraint) as ConstraintNotSwitchedOff;
//   - advice cells a gate reads without anyone assigning them, when their value
//     matters: the gate is re-evaluated on that row with each unassigned cell
//     replaced by a pseudo-random value, and a changed result is reported
//     (cells in the blinding rows count as unassigned, as they are random in a
//     real proof);
//   - lookups: each input tuple on a row with input selector ≠ 0 must be among
//     the table tuples on rows with table selector ≠ 0 (membership, as in logUp);
//   - shuffles: the two multisets of tuples over the usable rows are equal;
//   - copy constraints: both cells hold the same value (and are assigned).
#include <cstdint>
#include <memory>
#include <vector>

#include "cpp/plonk/assignment.hpp"
#include "cpp/plonk/failure.hpp"

namespace zkevm::plonk {

class MockProver {
 public:
  // Configures the circuit, synthesizes phase 0, draws the challenges from a
  // seeded RNG, synthesizes phase 1 (when the circuit has phase-1 advice).
  static MockProver run(Circuit& circuit, uint32_t k, uint64_t seed = 0);

  // Checks a ready assignment (cs and assignment must outlive the prover);
  // challenges hold the values the phase-1 assignment used.
  MockProver(const ConstraintSystem& cs, const Assignment& assignment, Challenges challenges = {});

  // Every failure, in a fixed order: gates (by gate, constraint, row),
  // unassigned cells, constraints not switched off outside the usable rows,
  // lookups, shuffles, copies.
  std::vector<Failure> verify() const;
  // Throws VerificationError with summarize(failures) when any check fails.
  void assert_satisfied() const;

  const ConstraintSystem& constraint_system() const { return *cs_; }
  const Assignment& assignment() const { return *assignment_; }
  const Challenges& challenges() const { return challenges_; }

  // Draws a value for every challenge of cs from a seeded RNG.
  static Challenges draw_challenges(const ConstraintSystem& cs, uint64_t seed);

  // The individual checks verify() runs, each appending to out.
  void check_gates(std::vector<Failure>& out) const;
  void check_lookups(std::vector<Failure>& out) const;
  void check_shuffles(std::vector<Failure>& out) const;
  void check_copies(std::vector<Failure>& out) const;

 private:
  MockProver(std::shared_ptr<const ConstraintSystem> cs, std::shared_ptr<const Assignment> assignment,
             Challenges challenges);
  std::optional<RegionLocation> locate(size_t row) const;
  CellReport cell(AnyColumn column, int32_t rotation, size_t row) const;

  std::shared_ptr<const ConstraintSystem> cs_;
  std::shared_ptr<const Assignment> assignment_;
  Challenges challenges_;
};

}  // namespace zkevm::plonk
