#include "circuits/state/circuit.hpp"

#include "cpp/util/error.hpp"

namespace zkevm::circuits::state {

uint32_t StateCircuit::minimum_k(size_t operations) {
  plonk::ConstraintSystem cs;
  StateCircuit probe({});
  probe.configure(cs);
  for (uint32_t k = kLimbBits; k <= 26; ++k) {
    size_t usable = cs.usable_rows(k);
    if (usable >= (size_t{1} << kLimbBits) && usable >= operations + 1) return k;
  }
  throw InputError("state circuit: " + std::to_string(operations) + " RW operations need more than 2^26 rows");
}

void StateCircuit::configure(plonk::ConstraintSystem& cs) {
  RwTable rw = RwTable::configure(cs);
  RangeTable limbs = limb_range_table(cs);
  config_ = StateConfig::configure(cs, rw, limbs, plonk::Challenge());
  // Degree 5 keeps the extended domain at 4n and lets two range lookups share
  // one multiplicity column and running sum.
  cs.set_minimum_degree(5);
}

void StateCircuit::synthesize(plonk::Assignment& a) {
  config_.limb_range.assign(a);
  rows_ = state_rows(operations_, a.usable_rows());
  if (edit_rows) edit_rows(rows_);
  config_.assign(a, rows_);
  if (tamper) tamper(a, config_);
}

}  // namespace zkevm::circuits::state
