#include "cpp/plonk/expression.hpp"

#include <algorithm>
#include <unordered_set>

namespace zkevm::plonk {
namespace {

uint64_t mix(uint64_t h, uint64_t v) {
  h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
  return h * 0xff51afd7ed558ccdULL;
}

ExprPtr make(ExprNode n) {
  uint64_t h = mix(0x5bd1e995, static_cast<uint64_t>(n.op));
  switch (n.op) {
    case ExprOp::Constant: h = mix(h, hash_field(n.constant)); break;
    case ExprOp::Query:
      h = mix(h, static_cast<uint64_t>(n.column.kind));
      h = mix(h, n.column.index);
      h = mix(h, static_cast<uint32_t>(n.rotation.value()));
      break;
    case ExprOp::Selector: h = mix(h, n.selector.index()); break;
    case ExprOp::Challenge: h = mix(h, n.challenge.index()); break;
    case ExprOp::Scaled: h = mix(h, hash_field(n.constant)); [[fallthrough]];
    default:
      if (n.a) h = mix(h, n.a->hash);
      if (n.b) h = mix(h, n.b->hash);
  }
  n.hash = h;
  return std::make_shared<const ExprNode>(std::move(n));
}

// Operator precedence for printing: sums 1, products 2, atoms and negation 3.
int precedence(ExprOp op) {
  switch (op) {
    case ExprOp::Sum:
    case ExprOp::Difference: return 1;
    case ExprOp::Product:
    case ExprOp::Scaled: return 2;
    default: return 3;
  }
}

std::string print(const ExprNode& n, const ColumnNamer& namer) {
  auto wrap = [&](const ExprNode& child, int min_prec) {
    std::string s = print(child, namer);
    return precedence(child.op) < min_prec ? "(" + s + ")" : s;
  };
  switch (n.op) {
    case ExprOp::Constant: return format_constant(n.constant);
    case ExprOp::Query: {
      std::string s = namer(n.column);
      int r = n.rotation.value();
      if (r != 0) s += (r > 0 ? "@+" : "@") + std::to_string(r);
      return s;
    }
    case ExprOp::Selector: return namer(n.selector.fixed_column().any());
    case ExprOp::Challenge: return "challenge[" + std::to_string(n.challenge.index()) + "]";
    case ExprOp::Negated: return std::string("-").append(wrap(*n.a, 3));
    case ExprOp::Sum: return wrap(*n.a, 1) + " + " + wrap(*n.b, 2);
    case ExprOp::Difference: return wrap(*n.a, 1) + " - " + wrap(*n.b, 2);
    case ExprOp::Product: return wrap(*n.a, 2) + " * " + wrap(*n.b, 3);
    case ExprOp::Scaled: return wrap(*n.a, 2) + " * " + format_constant(n.constant);
  }
  return "?";
}

bool equal_nodes(const ExprNode& x, const ExprNode& y) {
  if (&x == &y) return true;
  if (x.hash != y.hash || x.op != y.op) return false;
  switch (x.op) {
    case ExprOp::Constant: return x.constant == y.constant;
    case ExprOp::Query: return x.column == y.column && x.rotation == y.rotation;
    case ExprOp::Selector: return x.selector == y.selector;
    case ExprOp::Challenge: return x.challenge == y.challenge;
    case ExprOp::Negated: return equal_nodes(*x.a, *y.a);
    case ExprOp::Scaled: return x.constant == y.constant && equal_nodes(*x.a, *y.a);
    default: return equal_nodes(*x.a, *y.a) && equal_nodes(*x.b, *y.b);
  }
}

// Visits every distinct node once.
template <class F>
void visit_unique(const ExprNode& root, F&& f) {
  std::unordered_set<const ExprNode*> seen;
  std::vector<const ExprNode*> stack{&root};
  while (!stack.empty()) {
    const ExprNode* n = stack.back();
    stack.pop_back();
    if (!seen.insert(n).second) continue;
    f(*n);
    if (n->a) stack.push_back(n->a.get());
    if (n->b) stack.push_back(n->b.get());
  }
}

}  // namespace

std::string format_constant(const Fr& value) {
  auto small = [](const Fr& x) {
    auto c = x.to_canonical();
    return c[1] == 0 && c[2] == 0 && c[3] == 0 && c[0] < (uint64_t{1} << 32);
  };
  if (small(value)) return value.to_string();
  if (small(-value)) return std::string("-").append((-value).to_string());
  return value.to_hex(true);
}

Expression::Expression() : Expression(Fr::zero()) {}

Expression::Expression(const Fr& value) {
  ExprNode n;
  n.op = ExprOp::Constant;
  n.constant = value;
  node_ = make(std::move(n));
}

Expression::Expression(int64_t value) : Expression(Fr::from_int(value)) {}

Expression::Expression(const Selector& selector) {
  ExprNode n;
  n.op = ExprOp::Selector;
  n.selector = selector;
  n.degree = 1;
  node_ = make(std::move(n));
}

Expression::Expression(const Challenge& challenge) {
  ExprNode n;
  n.op = ExprOp::Challenge;
  n.challenge = challenge;
  node_ = make(std::move(n));
}

Expression Expression::query(AnyColumn column, Rotation rotation) {
  ExprNode n;
  n.op = ExprOp::Query;
  n.column = column;
  n.rotation = rotation;
  n.degree = 1;
  return Expression(make(std::move(n)));
}

Expression Expression::negated(const Expression& a) {
  ExprNode n;
  n.op = ExprOp::Negated;
  n.a = a.node_;
  n.degree = a.degree();
  return Expression(make(std::move(n)));
}

Expression Expression::sum(const Expression& a, const Expression& b) {
  ExprNode n;
  n.op = ExprOp::Sum;
  n.a = a.node_;
  n.b = b.node_;
  n.degree = std::max(a.degree(), b.degree());
  return Expression(make(std::move(n)));
}

Expression Expression::difference(const Expression& a, const Expression& b) {
  ExprNode n;
  n.op = ExprOp::Difference;
  n.a = a.node_;
  n.b = b.node_;
  n.degree = std::max(a.degree(), b.degree());
  return Expression(make(std::move(n)));
}

Expression Expression::product(const Expression& a, const Expression& b) {
  ExprNode n;
  n.op = ExprOp::Product;
  n.a = a.node_;
  n.b = b.node_;
  n.degree = a.degree() + b.degree();
  return Expression(make(std::move(n)));
}

Expression Expression::scaled(const Expression& a, const Fr& factor) {
  ExprNode n;
  n.op = ExprOp::Scaled;
  n.a = a.node_;
  n.constant = factor;
  n.degree = a.degree();
  return Expression(make(std::move(n)));
}

bool Expression::structurally_equal(const Expression& other) const { return equal_nodes(*node_, *other.node_); }

std::string Expression::to_string(const ColumnNamer& namer) const { return print(*node_, namer); }

std::set<std::pair<AnyColumn, Rotation>> Expression::queries() const {
  std::set<std::pair<AnyColumn, Rotation>> out;
  visit_unique(*node_, [&](const ExprNode& n) {
    if (n.op == ExprOp::Query) out.emplace(n.column, n.rotation);
  });
  return out;
}

std::set<Selector> Expression::selectors() const {
  std::set<Selector> out;
  visit_unique(*node_, [&](const ExprNode& n) {
    if (n.op == ExprOp::Selector) out.insert(n.selector);
  });
  return out;
}

std::set<Challenge> Expression::challenges() const {
  std::set<Challenge> out;
  visit_unique(*node_, [&](const ExprNode& n) {
    if (n.op == ExprOp::Challenge) out.insert(n.challenge);
  });
  return out;
}

}  // namespace zkevm::plonk
