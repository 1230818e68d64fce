#pragma once
// A circuit that holds one table and looks a list of tuples ("probes") up in
// it: the probes that are table rows must pass MockProver, a changed one must
// fail lookup "probe". Tables with phase-1 columns get phase-1 probe columns.
#include <functional>
#include <string>
#include <vector>

#include "cpp/plonk/assignment.hpp"
#include "cpp/plonk/mock_prover.hpp"

namespace zkevm::circuits::test {

using plonk::Fr;

class ProbeCircuit : public plonk::Circuit {
 public:
  // Declares the table, returns its lookup columns.
  std::function<std::vector<plonk::Expression>(plonk::ConstraintSystem&, plonk::Challenge)> make_table;
  std::function<void(plonk::Assignment&)> fill;                                // phase 0
  std::function<void(plonk::Assignment&, const Fr& r)> fill_phase1;            // optional
  std::function<std::vector<std::vector<Fr>>(const Fr& r)> probes;             // tuples to look up
  std::string table_name = "table";
  uint8_t probe_phase = 0;

  void configure(plonk::ConstraintSystem& cs) override {
    byte_rlc_ = cs.challenge_usable_after(0);
    std::vector<plonk::Expression> table = make_table(cs, byte_rlc_);
    q_ = cs.selector("q_probe");
    std::vector<plonk::Expression> inputs;
    probe_columns_.clear();
    for (size_t i = 0; i < table.size(); ++i) {
      probe_columns_.push_back(cs.advice_column("probe" + std::to_string(i), probe_phase));
      inputs.push_back(probe_columns_.back().cur());
    }
    cs.lookup("probe", table_name, inputs, table, plonk::Expression(q_));
  }

  void synthesize(plonk::Assignment& a) override {
    fill(a);
    // The selector is fixed, so it is set in phase 0 from the probe count.
    size_t count = probes(Fr::zero()).size();
    for (size_t t = 0; t < count; ++t) a.enable_selector(q_, a.usable_rows() - count + t);
    if (probe_phase == 0) assign_probes(a, Fr::zero());
  }

  void synthesize_phase1(plonk::Assignment& a, const plonk::Challenges& ch) override {
    Fr r = ch.get(byte_rlc_);
    if (fill_phase1) fill_phase1(a, r);
    if (probe_phase == 1) assign_probes(a, r);
  }

 private:
  // Probes go on the last usable rows (tables start at row 0).
  void assign_probes(plonk::Assignment& a, const Fr& r) {
    auto tuples = probes(r);
    size_t start = a.usable_rows() - tuples.size();
    for (size_t t = 0; t < tuples.size(); ++t)
      for (size_t i = 0; i < tuples[t].size(); ++i) a.assign(probe_columns_[i], start + t, tuples[t][i]);
  }

  plonk::Challenge byte_rlc_;
  plonk::Selector q_;
  std::vector<plonk::Column<plonk::Advice>> probe_columns_;
};

// The failures of a MockProver run at 2^k rows.
inline std::vector<plonk::Failure> mock(ProbeCircuit& c, uint32_t k) {
  return plonk::MockProver::run(c, k).verify();
}

// True when a failure is a missing tuple of lookup `name`.
inline bool lookup_fails(const std::vector<plonk::Failure>& failures, const std::string& name) {
  for (const auto& f : failures)
    if (f.kind == plonk::FailureKind::LookupInputMissing && f.argument == name) return true;
  return false;
}

}  // namespace zkevm::circuits::test
