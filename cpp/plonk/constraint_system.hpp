#pragma once
// ConstraintSystem: the shape of a PLONKish circuit, independent of any
// witness. It declares the columns, the gates (named polynomial constraints
// that vanish on every usable row), the lookups, the shuffles and which
// columns take part in copy constraints, and it derives the numbers the
// prover needs: the maximum degree, the extended-domain factor and the count
// of blinding rows.
//
// Degree model (the quotient h = Σ y^i c_i / Z_H must fit the extended domain):
//   gate constraint      deg(c)
//   permutation          chunk of m columns: l_active · (z(ωX) Π(v + β σ + γ) − z(X) Π(v + β δ^j X + γ))
//                        has degree 2 + m, so with degree bound d a chunk holds m = d − 2 columns
//                        (at least 3 overall whenever a column has equality enabled).
//   logUp lookup         l_active · ((φ(ωX) − φ(X))(β + f)(β + t) − q_in (β + t) + m q_t (β + f)),
//                        f = Σ θ^i f_i, t = Σ θ^i t_i, degree
//                        1 + max(1 + d_f + d_t, d_qin + d_t, 1 + d_qt + d_f).
//   shuffle              l_active · (z(ωX)(γ + s) − z(X)(γ + f)): degree 2 + max(d_f, d_s).
// The boundary constraints (l_0 (1 − z), l_last (z² − z), ...) have degree ≤ 3.
// Extended domain: n · 2^e with 2^e ≥ d − 1 (the quotient has degree (d − 1) n).
// Blinding rows (halo2's count): every advice column is opened at most at
// q = max(3, distinct rotations of any advice column) points, plus one for the
// multi-open, plus one spare: b = max(3, q) + 2 random rows at the end of each
// advice column, and one more row, the "last" row where the grand products
// and running sums are checked. Usable rows: [0, n − b − 1).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "cpp/plonk/expression.hpp"

namespace zkevm::plonk {

// One polynomial that must vanish on every usable row.
struct Constraint {
  std::string name;
  Expression polynomial;
};

// A named group of constraints (usually switched on by one selector).
struct Gate {
  std::string name;
  std::vector<Constraint> constraints;

  // The largest constraint degree.
  uint32_t degree() const;
};

// A logUp lookup: on every usable row where input_selector ≠ 0, the tuple
// `inputs` must equal the tuple `table` on some usable row where
// table_selector ≠ 0. Tables are fixed columns or dynamic tables made of
// advice and fixed columns; the table side's selector keeps unused rows of a
// dynamic table out of it.
struct Lookup {
  std::string name;        // the lookup, e.g. "byte range"
  std::string table_name;  // the table, e.g. "u8 table"
  std::vector<Expression> inputs;
  std::vector<Expression> table;
  Expression input_selector;  // constant 1 when not given
  Expression table_selector;  // constant 1 when not given

  // The degree this argument's constraint needs (formula in the file comment).
  uint32_t required_degree() const;
};

// A shuffle: the multiset of tuples `inputs` over the usable rows equals the
// multiset of tuples `shuffle` over the usable rows (selectors, if any, are
// multiplied into the expressions by the caller).
struct Shuffle {
  std::string name;
  std::vector<Expression> inputs;
  std::vector<Expression> shuffle;

  uint32_t required_degree() const;
};

// Per-column data kept by the constraint system.
struct ColumnInfo {
  std::string name;
  uint8_t phase = 0;           // advice only
  bool is_selector = false;    // fixed only
  bool equality = false;       // takes part in copy constraints
  bool constants = false;      // fixed only: holds the circuit's constants
};

// The numbers a layout report shows; see ConstraintSystem::layout_report.
struct LayoutReport {
  uint32_t k = 0;
  size_t rows = 0;             // n = 2^k
  size_t rows_used = 0;        // rows the assignment touched (0 when unknown)
  size_t blinding_rows = 0;    // random rows at the end of advice columns
  size_t usable_rows = 0;      // n − blinding_rows − 1
  size_t advice_columns[2] = {0, 0};  // by phase
  size_t fixed_columns = 0;    // including selector columns
  size_t selectors = 0;
  size_t instance_columns = 0;
  size_t equality_columns = 0;
  size_t permutation_chunks = 0;
  size_t gates = 0, constraints = 0, lookups = 0, lookup_groups = 0, shuffles = 0, challenges = 0;
  uint32_t max_degree = 0;
  uint32_t extension_factor = 0;  // extended domain size / n

  std::string to_string() const;
};

class ConstraintSystem {
 public:
  // --- columns ---------------------------------------------------------------

  // A new advice column of the given phase (0 or 1); InputError for another phase.
  Column<Advice> advice_column(const std::string& name = "", uint8_t phase = 0);
  Column<Fixed> fixed_column(const std::string& name = "");
  Column<Instance> instance_column(const std::string& name = "");
  // A new selector (and the fixed column that holds it).
  Selector selector(const std::string& name = "");
  // A challenge drawn after the advice of `phase` is committed (only 0 exists
  // as a source phase, since advice has phases 0 and 1).
  Challenge challenge_usable_after(uint8_t phase);

  // Lets the column take part in copy constraints (the permutation argument).
  void enable_equality(AnyColumn column);
  // Reserves a fixed column for constants assigned through
  // Assignment::assign_constant; it is also equality-enabled.
  void enable_constant(Column<Fixed> column);

  // Renames a column (for reports).
  void set_name(AnyColumn column, const std::string& name);

  // --- arguments -------------------------------------------------------------

  // A gate of named constraints; InputError when a constraint refers to a
  // column or challenge that does not exist, or the list is empty.
  void create_gate(const std::string& name, std::vector<Constraint> constraints);
  // A gate with one constraint named like the gate.
  void create_gate(const std::string& name, const Expression& polynomial);

  // A lookup of `inputs` into `table` (same arity); selectors default to 1.
  void lookup(const std::string& name, const std::string& table_name, std::vector<Expression> inputs,
              std::vector<Expression> table, std::optional<Expression> input_selector = std::nullopt,
              std::optional<Expression> table_selector = std::nullopt);
  // A shuffle between two tuples of the same arity.
  void shuffle(const std::string& name, std::vector<Expression> inputs, std::vector<Expression> shuffle);

  // Raises the degree bound to at least d (e.g. to shorten permutation chunks' count).
  void set_minimum_degree(uint32_t d) { minimum_degree_ = d; }

  // --- derived numbers -------------------------------------------------------

  // The degree bound d: max of gates, lookups, shuffles, 3 when any column has
  // equality enabled, and the minimum set by set_minimum_degree (at least 1).
  uint32_t degree() const;
  // Lookups that share a multiplicity column and running sum (indices into
  // lookups()), greedily grouped in declaration order by identical table, each
  // group's degree within degree().
  std::vector<std::vector<size_t>> lookup_groups() const;
  // The degree of one group's logUp constraint (formula above).
  uint32_t lookup_group_degree(const std::vector<size_t>& group) const;

  // Columns per permutation chunk, d − 2 (d ≥ 3 whenever it is used).
  size_t permutation_chunk_size() const;
  // Number of permutation grand-product columns.
  size_t permutation_chunks() const;
  // Extended domain size over n: the smallest power of two ≥ d − 1 (≥ 1).
  uint32_t extension_factor() const;
  // Random rows at the end of each advice column (halo2's count, see above).
  size_t blinding_factors() const;
  // n − blinding_factors() − 1 rows of 2^k hold the witness; InputError when k
  // leaves no usable row or exceeds the field's 2-adicity.
  size_t usable_rows(uint32_t k) const;
  // The layout numbers for 2^k rows, rows_used taken from an assignment if known.
  LayoutReport layout_report(uint32_t k, size_t rows_used = 0) const;

  // The distinct rotations at which each advice column is queried (gates, lookups, shuffles).
  std::vector<std::set<Rotation>> advice_query_rotations() const;

  // --- access ----------------------------------------------------------------

  size_t num_columns(ColumnKind kind) const { return columns(kind).size(); }
  size_t num_advice_columns() const { return advice_.size(); }
  size_t num_fixed_columns() const { return fixed_.size(); }
  size_t num_instance_columns() const { return instance_.size(); }
  size_t num_selectors() const { return selectors_.size(); }
  size_t num_challenges() const { return challenges_.size(); }
  // Number of advice phases used (1 or 2).
  uint8_t num_phases() const;

  const std::vector<ColumnInfo>& columns(ColumnKind kind) const;
  const ColumnInfo& column_info(AnyColumn column) const;
  // The name of a column (its given name, or e.g. "advice[3]").
  std::string column_name(AnyColumn column) const;
  // A namer for Expression::to_string that uses these names.
  ColumnNamer namer() const;
  // The typed handle of advice column i (InputError when out of range).
  Column<Advice> advice(uint32_t index) const;

  const std::vector<Gate>& gates() const { return gates_; }
  const std::vector<Lookup>& lookups() const { return lookups_; }
  const std::vector<Shuffle>& shuffles() const { return shuffles_; }
  const std::vector<Selector>& selectors() const { return selectors_; }
  const std::vector<Challenge>& challenges() const { return challenges_; }
  // Columns with equality enabled, in the order they were enabled (the
  // permutation argument's column order).
  const std::vector<AnyColumn>& equality_columns() const { return equality_; }
  // Fixed columns reserved for constants.
  const std::vector<Column<Fixed>>& constant_columns() const { return constants_; }

 private:
  std::vector<ColumnInfo>& columns_mut(ColumnKind kind);
  void check_expression(const Expression& e, const std::string& where) const;

  std::vector<ColumnInfo> advice_, fixed_, instance_;
  std::vector<Selector> selectors_;
  std::vector<Challenge> challenges_;
  std::vector<AnyColumn> equality_;
  std::vector<Column<Fixed>> constants_;
  std::vector<Gate> gates_;
  std::vector<Lookup> lookups_;
  std::vector<Shuffle> shuffles_;
  uint32_t minimum_degree_ = 1;
};

}  // namespace zkevm::plonk
