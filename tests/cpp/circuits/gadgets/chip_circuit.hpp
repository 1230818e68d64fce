#pragma once
// A test circuit around one chip: input advice columns in[0..], a selector q
// on the rows that use the chip, the chip's constraints in one gate "chip"
// (each multiplied by q), a u8 table for its byte cells. Each row is one
// independent use; the test assigns the inputs and the chip's cells.
#include <functional>
#include <string>
#include <vector>

#include "circuits/gadgets/column_cells.hpp"
#include "cpp/plonk/mock_prover.hpp"

namespace zkevm::circuits::gadgets::test {

class ChipCircuit : public plonk::Circuit {
 public:
  using Configure = std::function<void(ConstraintBuilder&, CellSource&, const std::vector<Expression>& inputs)>;
  // Assigns row r's cells (inputs included) in region "uses" at offset r.
  using Assign = std::function<void(plonk::Region&, size_t row, const std::vector<plonk::Column<plonk::Advice>>& in)>;

  ChipCircuit(size_t n_inputs, size_t rows, Configure configure, Assign assign)
      : n_inputs_(n_inputs), rows_(rows), configure_(std::move(configure)), assign_(std::move(assign)) {}

  void configure(plonk::ConstraintSystem& cs) override {
    q_ = cs.selector("q");
    u8_ = cs.fixed_column("u8");
    std::vector<Expression> in;
    for (size_t i = 0; i < n_inputs_; ++i) {
      inputs_.push_back(cs.advice_column("in" + std::to_string(i)));
      in.push_back(inputs_.back().cur());
    }
    ColumnCells cells(cs, u8_, Expression(q_));
    ConstraintBuilder cb;
    configure_(cb, cells, in);
    std::vector<plonk::Constraint> constraints;
    for (auto c : cb.take()) constraints.push_back({c.name, Expression(q_) * c.polynomial});
    cs.create_gate("chip", std::move(constraints));
  }

  void synthesize(plonk::Assignment& a) override {
    for (uint64_t v = 0; v < 256; ++v) a.assign(u8_, v, Fr::from_u64(v));
    plonk::Region region = a.region("uses", 0);
    for (size_t r = 0; r < rows_; ++r) {
      region.enable_selector(q_, r);
      assign_(region, r, inputs_);
    }
  }

 private:
  size_t n_inputs_, rows_;
  Configure configure_;
  Assign assign_;
  plonk::Selector q_;
  plonk::Column<plonk::Fixed> u8_;
  std::vector<plonk::Column<plonk::Advice>> inputs_;
};

// The failures of the MockProver on circuit at 2^9 rows (room for the u8 table).
inline std::vector<plonk::Failure> mock(ChipCircuit& circuit) { return plonk::MockProver::run(circuit, 9).verify(); }

// True when some failure names `what` as its constraint or lookup.
inline bool fails_at(const std::vector<plonk::Failure>& failures, const std::string& what) {
  for (const auto& f : failures)
    if (f.constraint.find(what) != std::string::npos || f.argument.find(what) != std::string::npos) return true;
  return false;
}

}  // namespace zkevm::circuits::gadgets::test
