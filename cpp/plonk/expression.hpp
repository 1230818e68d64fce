#pragma once
// Expression: a polynomial over column queries, selectors, challenges and
// constants in Fr, built with ordinary operators, e.g.
//     s * (a + b - c.rot(1))
// Nodes are immutable and shared (a DAG): reusing a sub-expression costs
// nothing, and each node caches its degree and a structural hash so the
// evaluator can merge equal sub-expressions (hash-consing).
//
// Degree counts column queries and selectors as 1 and constants and
// challenges as 0: it is the degree in X of the polynomial the expression
// becomes once every column is interpolated over the domain.
#include <cstdint>
#include <functional>
#include <memory>
#include <set>
#include <string>
#include <utility>

#include "cpp/ff/bn254.hpp"
#include "cpp/plonk/column.hpp"

namespace zkevm::plonk {

using Fr = ff::Fr;

enum class ExprOp : uint8_t { Constant, Query, Selector, Challenge, Negated, Sum, Difference, Product, Scaled };

struct ExprNode;
using ExprPtr = std::shared_ptr<const ExprNode>;

// One node of the DAG. Fields not used by `op` hold their defaults.
struct ExprNode {
  ExprOp op = ExprOp::Constant;
  Fr constant{};             // Constant; the factor of Scaled
  AnyColumn column{};        // Query
  Rotation rotation{};       // Query
  Selector selector{};       // Selector
  Challenge challenge{};     // Challenge
  ExprPtr a, b;              // operands (Negated, Scaled: a only)
  uint32_t degree = 0;       // cached degree
  uint64_t hash = 0;         // cached structural hash
};

// Maps a column to the name shown in printed expressions and failure reports.
using ColumnNamer = std::function<std::string(AnyColumn)>;

// The default name of a column: "advice[3]", "fixed[0]", "instance[1]".
inline std::string default_column_name(AnyColumn column) {
  return std::string(to_string(column.kind)) + "[" + std::to_string(column.index) + "]";
}

// Short text for a field constant: decimal when small, "-k" for p - k with
// small k, else minimal hex.
std::string format_constant(const Fr& value);

class Expression {
 public:
  // The constant 0.
  Expression();
  // Constants.
  Expression(const Fr& value);   // NOLINT: implicit so that `a * Fr(3)` and `a + Fr(1)` read naturally
  Expression(int64_t value);     // NOLINT: `a - 1`
  Expression(int value) : Expression(static_cast<int64_t>(value)) {}  // NOLINT
  // A query at rotation 0 of a column, a selector, a challenge.
  template <class K>
  Expression(const Column<K>& column) : Expression(query(column.any(), Rotation::cur())) {}  // NOLINT
  Expression(const Selector& selector);    // NOLINT
  Expression(const Challenge& challenge);  // NOLINT

  // The query of a column at a rotation.
  static Expression query(AnyColumn column, Rotation rotation);
  static Expression constant(const Fr& value) { return Expression(value); }

  const ExprNode& node() const { return *node_; }
  const ExprPtr& ptr() const { return node_; }
  ExprOp op() const { return node_->op; }

  // The degree (queries and selectors count 1).
  uint32_t degree() const { return node_->degree; }
  // A hash of the structure; equal structures give equal hashes.
  uint64_t hash() const { return node_->hash; }
  // True when both expressions have the same structure (same tree up to sharing).
  bool structurally_equal(const Expression& other) const;

  // Infix text, e.g. "s[0] * (advice[0] + advice[1] - advice[2]@+1)".
  std::string to_string(const ColumnNamer& namer = default_column_name) const;

  // Every (column, rotation) queried, selectors excluded, in sorted order.
  std::set<std::pair<AnyColumn, Rotation>> queries() const;
  // Every selector and challenge used.
  std::set<Selector> selectors() const;
  std::set<Challenge> challenges() const;

  // Folds the DAG bottom-up (a tree walk: each shared node is visited once per
  // use). Each callback gets the node's data and the folded operands.
  template <class T, class FConst, class FQuery, class FSel, class FChal, class FNeg, class FSum, class FDiff,
            class FProd, class FScale>
  T evaluate(const FConst& constant, const FQuery& query, const FSel& selector, const FChal& challenge,
             const FNeg& negated, const FSum& sum, const FDiff& difference, const FProd& product,
             const FScale& scaled) const {
    std::function<T(const ExprNode&)> go = [&](const ExprNode& n) -> T {
      switch (n.op) {
        case ExprOp::Constant: return constant(n.constant);
        case ExprOp::Query: return query(n.column, n.rotation);
        case ExprOp::Selector: return selector(n.selector);
        case ExprOp::Challenge: return challenge(n.challenge);
        case ExprOp::Negated: return negated(go(*n.a));
        case ExprOp::Sum: return sum(go(*n.a), go(*n.b));
        case ExprOp::Difference: return difference(go(*n.a), go(*n.b));
        case ExprOp::Product: return product(go(*n.a), go(*n.b));
        case ExprOp::Scaled: return scaled(go(*n.a), n.constant);
      }
      return constant(Fr::zero());
    };
    return go(*node_);
  }

  // Node constructors (used by the operators).
  static Expression negated(const Expression& a);
  static Expression sum(const Expression& a, const Expression& b);
  static Expression difference(const Expression& a, const Expression& b);
  static Expression product(const Expression& a, const Expression& b);
  static Expression scaled(const Expression& a, const Fr& factor);

 private:
  explicit Expression(ExprPtr node) : node_(std::move(node)) {}
  ExprPtr node_;
};

inline Expression operator+(const Expression& a, const Expression& b) { return Expression::sum(a, b); }
inline Expression operator-(const Expression& a, const Expression& b) { return Expression::difference(a, b); }
inline Expression operator*(const Expression& a, const Expression& b) { return Expression::product(a, b); }
inline Expression operator-(const Expression& a) { return Expression::negated(a); }
inline Expression operator*(const Expression& a, const Fr& k) { return Expression::scaled(a, k); }
inline Expression operator*(const Fr& k, const Expression& a) { return Expression::scaled(a, k); }
inline Expression operator*(const Expression& a, int64_t k) { return Expression::scaled(a, Fr::from_int(k)); }
inline Expression operator*(int64_t k, const Expression& a) { return Expression::scaled(a, Fr::from_int(k)); }
inline Expression& operator+=(Expression& a, const Expression& b) { return a = a + b; }
inline Expression& operator-=(Expression& a, const Expression& b) { return a = a - b; }
inline Expression& operator*=(Expression& a, const Expression& b) { return a = a * b; }

// Column query helpers declared in column.hpp.
template <class K>
Expression Column<K>::query(Rotation rotation) const {
  return Expression::query(any(), rotation);
}
template <class K>
Expression Column<K>::rot(int32_t rotation) const {
  return query(Rotation(rotation));
}
template <class K>
Expression Column<K>::cur() const {
  return query(Rotation::cur());
}
template <class K>
Expression Column<K>::next() const {
  return query(Rotation::next());
}
template <class K>
Expression Column<K>::prev() const {
  return query(Rotation::prev());
}
inline Expression Column<Advice>::query(Rotation rotation) const { return Expression::query(any(), rotation); }
inline Expression Column<Advice>::rot(int32_t rotation) const { return query(Rotation(rotation)); }
inline Expression Column<Advice>::cur() const { return query(Rotation::cur()); }
inline Expression Column<Advice>::next() const { return query(Rotation::next()); }
inline Expression Column<Advice>::prev() const { return query(Rotation::prev()); }

// A hash of a field element's limbs (for hash maps keyed by values).
inline uint64_t hash_field(const Fr& x) {
  uint64_t h = 0x9e3779b97f4a7c15ULL;
  for (uint64_t w : x.limbs) h = (h ^ w) * 0x100000001b3ULL + (h >> 29);
  return h;
}

}  // namespace zkevm::plonk
