#pragma once
// Typed handles for the columns of a PLONKish table, the challenges drawn
// between phases, and rotations. Handles are small values (an index into the
// ConstraintSystem's column lists); the kind is part of the type, so an advice
// column cannot be passed where a fixed one is expected.
//
// Queries (`a.cur()`, `a.rot(-1)`, or a column used directly in arithmetic)
// build Expressions: include "cpp/plonk/expression.hpp" to use them.
#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>

namespace zkevm::plonk {

class Expression;

// The offset of a query relative to the current row: the column's value at
// row (r + rotation) mod n. A distinct type so a row number is never mistaken
// for a rotation.
class Rotation {
 public:
  constexpr Rotation() = default;
  constexpr explicit Rotation(int32_t value) : value_(value) {}
  static constexpr Rotation cur() { return Rotation(0); }
  static constexpr Rotation next() { return Rotation(1); }
  static constexpr Rotation prev() { return Rotation(-1); }

  // The signed offset in rows.
  constexpr int32_t value() const { return value_; }
  constexpr auto operator<=>(const Rotation&) const = default;

 private:
  int32_t value_ = 0;
};

// Column kinds. Advice columns are the prover's witness and belong to a phase
// (0, or 1 for values that depend on challenges); fixed columns are part of the
// circuit (committed at keygen); instance columns are public inputs.
enum class ColumnKind : uint8_t { Advice = 0, Fixed = 1, Instance = 2 };

// "advice", "fixed" or "instance".
inline const char* to_string(ColumnKind kind) {
  switch (kind) {
    case ColumnKind::Advice: return "advice";
    case ColumnKind::Fixed: return "fixed";
    case ColumnKind::Instance: return "instance";
  }
  return "?";
}

struct Advice {
  static constexpr ColumnKind kind = ColumnKind::Advice;
};
struct Fixed {
  static constexpr ColumnKind kind = ColumnKind::Fixed;
};
struct Instance {
  static constexpr ColumnKind kind = ColumnKind::Instance;
};

// A column of any kind, for places that take a mix (copy constraints,
// failure reports).
struct AnyColumn {
  ColumnKind kind = ColumnKind::Advice;
  uint32_t index = 0;
  constexpr auto operator<=>(const AnyColumn&) const = default;
};

// A column of kind K: index is its position among the columns of that kind.
template <class K>
class Column {
 public:
  constexpr Column() = default;
  constexpr explicit Column(uint32_t index) : index_(index) {}

  constexpr uint32_t index() const { return index_; }
  constexpr AnyColumn any() const { return AnyColumn{K::kind, index_}; }
  constexpr operator AnyColumn() const { return any(); }
  constexpr auto operator<=>(const Column&) const = default;

  // The query of this column at the given rotation (defined in expression.hpp).
  Expression rot(int32_t rotation) const;
  Expression query(Rotation rotation) const;
  Expression cur() const;
  Expression next() const;
  Expression prev() const;

 private:
  uint32_t index_ = 0;
};

// An advice column also carries its phase: phase-1 columns are assigned after
// the phase-0 advice is committed and the phase-0 challenges are drawn.
template <>
class Column<Advice> {
 public:
  constexpr Column() = default;
  constexpr Column(uint32_t index, uint8_t phase) : index_(index), phase_(phase) {}

  constexpr uint32_t index() const { return index_; }
  constexpr uint8_t phase() const { return phase_; }
  constexpr AnyColumn any() const { return AnyColumn{ColumnKind::Advice, index_}; }
  constexpr operator AnyColumn() const { return any(); }
  constexpr auto operator<=>(const Column&) const = default;

  Expression rot(int32_t rotation) const;
  Expression query(Rotation rotation) const;
  Expression cur() const;
  Expression next() const;
  Expression prev() const;

 private:
  uint32_t index_ = 0;
  uint8_t phase_ = 0;
};

// A selector: a fixed column holding only 0 and 1 that switches gates on
// rows. Each selector owns one fixed column (fixed_column); a gate multiplied
// by a selector vanishes on every row where it is off. Selectors are kept
// apart from plain fixed columns so reports can name them and so lookups and
// evaluators can tell that their values are boolean.
class Selector {
 public:
  constexpr Selector() = default;
  constexpr Selector(uint32_t index, Column<Fixed> fixed_column) : index_(index), fixed_(fixed_column) {}

  constexpr uint32_t index() const { return index_; }
  // The fixed column that stores this selector's 0/1 values.
  constexpr Column<Fixed> fixed_column() const { return fixed_; }
  constexpr auto operator<=>(const Selector&) const = default;

 private:
  uint32_t index_ = 0;
  Column<Fixed> fixed_{};
};

// A verifier challenge drawn from the transcript once the advice of `phase`
// is committed; usable in gates and in the assignment of later phases.
class Challenge {
 public:
  constexpr Challenge() = default;
  constexpr Challenge(uint32_t index, uint8_t phase) : index_(index), phase_(phase) {}

  constexpr uint32_t index() const { return index_; }
  // The advice phase after whose commitment the challenge is drawn.
  constexpr uint8_t phase() const { return phase_; }
  constexpr auto operator<=>(const Challenge&) const = default;

 private:
  uint32_t index_ = 0;
  uint8_t phase_ = 0;
};

// A cell: a column and an absolute row.
struct Cell {
  AnyColumn column;
  size_t row = 0;
  constexpr auto operator<=>(const Cell&) const = default;
};

}  // namespace zkevm::plonk

template <>
struct std::hash<zkevm::plonk::AnyColumn> {
  size_t operator()(const zkevm::plonk::AnyColumn& c) const noexcept {
    return (static_cast<size_t>(c.kind) << 32) ^ c.index;
  }
};
