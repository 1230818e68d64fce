#pragma once
// What every chip is made of: witness cells (an advice column queried at a
// rotation from the row the chip is enabled on), a source that hands them out
// (fresh columns in a standalone test, a shared pool in the EVM circuit), a
// collector of named constraints, and 256-bit words as (hi, lo) 128-bit limbs.
//
// A chip is a struct with
//   static Chip configure(ConstraintBuilder& cb, CellSource& cells, inputs...)
// that takes cells, adds its constraints to cb (the caller multiplies them by
// the condition that enables the chip) and keeps the expressions of its
// outputs, and
//   void assign(plonk::Region& region, size_t offset, values...) const
// that writes its cells for one use.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "cpp/evm/u256.hpp"
#include "cpp/plonk/assignment.hpp"

namespace zkevm::circuits::gadgets {

using plonk::Expression;
using plonk::Fr;

// An advice cell at a rotation from the chip's row.
struct WCell {
  plonk::Column<plonk::Advice> column;
  int32_t rotation = 0;

  Expression expr() const { return column.rot(rotation); }
  operator Expression() const { return expr(); }  // NOLINT: a cell reads as its value in constraints
  void assign(plonk::Region& region, size_t offset, const Fr& value) const {
    region.assign_advice(column, offset + static_cast<size_t>(rotation), value);
  }
};

// Hands out cells. byte_cell's values are range-checked to [0, 256) by the
// source's owner (one lookup per column of a byte pool).
class CellSource {
 public:
  virtual ~CellSource() = default;
  virtual WCell cell(const std::string& name) = 0;
  virtual WCell byte_cell(const std::string& name) = 0;
};

// Collects named constraints; each is multiplied by the current condition
// (the product of the conditions pushed), so a chip can be switched on by its
// caller's selector and, inside, by its own flags.
class ConstraintBuilder {
 public:
  explicit ConstraintBuilder(std::string prefix = "") : prefix_(std::move(prefix)) {}

  void require_zero(const std::string& name, const Expression& e) {
    constraints_.push_back({prefix_ + name, condition_ * e});
  }
  void require_equal(const std::string& name, const Expression& a, const Expression& b) {
    require_zero(name, a - b);
  }
  void require_boolean(const std::string& name, const Expression& a) { require_zero(name, a * (Expression(1) - a)); }

  // Runs body with constraints multiplied by c as well.
  template <class F>
  void condition(const Expression& c, F&& body) {
    Expression saved = condition_;
    condition_ = condition_ * c;
    body();
    condition_ = saved;
  }

  const std::string& prefix() const { return prefix_; }
  void set_prefix(std::string prefix) { prefix_ = std::move(prefix); }
  const std::vector<plonk::Constraint>& constraints() const { return constraints_; }
  // The constraints collected so far, leaving the builder empty.
  std::vector<plonk::Constraint> take() { return std::exchange(constraints_, {}); }

 private:
  std::string prefix_;
  Expression condition_ = Expression(1);
  std::vector<plonk::Constraint> constraints_;
};

// A 256-bit EVM word as two 128-bit limbs: value = hi · 2^128 + lo. A word
// does not fit in Fr (DESIGN.md), so circuits carry the limbs.
struct Word {
  Expression hi, lo;
};

// 2^(8 n) in Fr.
inline Fr pow256(unsigned n) { return Fr::from_u64(2).pow(8 * static_cast<uint64_t>(n)); }

// The limbs of a U256 as field elements.
inline Fr word_hi(const evm::U256& v) { return Fr::from_canonical({v.w[2], v.w[3], 0, 0}); }
inline Fr word_lo(const evm::U256& v) { return Fr::from_canonical({v.w[0], v.w[1], 0, 0}); }

// Σ bytes[i] · 256^(n − 1 − i): big-endian bytes as a number.
inline Expression from_be_bytes(const std::vector<Expression>& bytes) {
  Expression acc(0);
  for (const auto& b : bytes) acc = acc * Fr::from_u64(256) + b;
  return acc;
}

// The inverse of a nonzero element, 0 for 0 (the witness an is-zero test wants).
inline Fr inverse_or_zero(const Fr& x) { return x.is_zero() ? Fr::zero() : x.inverse(); }

}  // namespace zkevm::circuits::gadgets
