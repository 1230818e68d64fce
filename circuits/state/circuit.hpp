#pragma once
// The State circuit alone: the RW table, the u11 limb table and the State config
// in one constraint system, for tests, experiments and the Python API. The
// SuperCircuit configures StateConfig with its shared tables instead.
#include <functional>
#include <vector>

#include "circuits/state/config.hpp"

namespace zkevm::circuits::state {

class StateCircuit : public plonk::Circuit {
 public:
  // The circuit for a trace's RW operations (rw_table_rows output, any order).
  explicit StateCircuit(std::vector<RwRow> operations) : operations_(std::move(operations)) {}
  // The circuit for the bus-mapping's RW operations.
  static StateCircuit from_ops(const std::vector<evm::RwOp>& ops) { return StateCircuit(rw_table_rows(ops)); }

  // The smallest k that holds the u11 table and the operations plus one padding row.
  static uint32_t minimum_k(size_t operations);
  uint32_t minimum_k() const { return minimum_k(operations_.size()); }

  void configure(plonk::ConstraintSystem& cs) override;
  void synthesize(plonk::Assignment& a) override;

  const StateConfig& config() const { return config_; }
  const std::vector<RwRow>& operations() const { return operations_; }
  // The rows assigned by the last synthesis (sorted operations, then padding).
  const std::vector<RwRow>& assigned_rows() const { return rows_; }

  // Test hooks, for soundness tests: edit the rows before they are assigned
  // (the helper columns are then derived from the edited rows, as a dishonest
  // prover would), or overwrite cells after the honest assignment.
  std::function<void(std::vector<RwRow>&)> edit_rows;
  std::function<void(plonk::Assignment&, const StateConfig&)> tamper;

 private:
  std::vector<RwRow> operations_;
  std::vector<RwRow> rows_;
  StateConfig config_;
};

}  // namespace zkevm::circuits::state
