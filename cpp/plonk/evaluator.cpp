#include "cpp/plonk/evaluator.hpp"

#include <algorithm>
#include <sstream>

namespace zkevm::plonk {

const Fr* ColumnSource::column(AnyColumn c) const {
  const std::vector<const Fr*>* cols = nullptr;
  switch (c.kind) {
    case ColumnKind::Advice: cols = &advice; break;
    case ColumnKind::Fixed: cols = &fixed; break;
    case ColumnKind::Instance: cols = &instance; break;
  }
  if (cols == nullptr || c.index >= cols->size() || (*cols)[c.index] == nullptr) {
    throw InputError("evaluator: no values given for " + default_column_name(c));
  }
  return (*cols)[c.index];
}

// --- ProgramBuilder -------------------------------------------------------------

size_t ProgramBuilder::KeyHash::operator()(const Key& k) const {
  auto enc = [](Operand o) { return (static_cast<uint64_t>(o.kind) << 32) | o.index; };
  uint64_t h = static_cast<uint64_t>(k.op) * 0x9e3779b97f4a7c15ULL;
  h = (h ^ enc(k.a)) * 0xff51afd7ed558ccdULL;
  h = (h ^ enc(k.b)) * 0xc4ceb9fe1a85ec53ULL;
  return static_cast<size_t>(h ^ (h >> 31));
}

Operand ProgramBuilder::constant(const Fr& value) {
  auto& candidates = constant_index_[hash_field(value)];
  for (uint32_t i : candidates) {
    if (constants_[i] == value) return Operand{Operand::Constant, i};
  }
  constants_.push_back(value);
  candidates.push_back(static_cast<uint32_t>(constants_.size() - 1));
  return Operand{Operand::Constant, candidates.back()};
}

Operand ProgramBuilder::emit(InstructionOp op, Operand a, Operand b) {
  // Fold constants and the identities x + 0, x - 0, x * 1, x * 0.
  if (op == InstructionOp::Negate) {
    if (a.kind == Operand::Constant) return constant(-constants_[a.index]);
    b = Operand{};
  } else {
    if (a.kind == Operand::Constant && b.kind == Operand::Constant) {
      const Fr& x = constants_[a.index];
      const Fr& y = constants_[b.index];
      switch (op) {
        case InstructionOp::Add: return constant(x + y);
        case InstructionOp::Sub: return constant(x - y);
        default: return constant(x * y);
      }
    }
    const Fr zero = Fr::zero(), one = Fr::one();
    if (op == InstructionOp::Add) {
      if (is_constant(a, zero)) return b;
      if (is_constant(b, zero)) return a;
    } else if (op == InstructionOp::Sub) {
      if (is_constant(b, zero)) return a;
      if (is_constant(a, zero)) return emit(InstructionOp::Negate, b, Operand{});
    } else if (op == InstructionOp::Mul) {
      if (is_constant(a, zero) || is_constant(b, zero)) return constant(zero);
      if (is_constant(a, one)) return b;
      if (is_constant(b, one)) return a;
    }
    // Commutative operations get a canonical operand order so a + b and b + a share.
    auto rank = [](Operand o) { return (static_cast<uint64_t>(o.kind) << 32) | o.index; };
    if ((op == InstructionOp::Add || op == InstructionOp::Mul) && rank(b) < rank(a)) std::swap(a, b);
  }
  const Key key{op, a, b};
  auto it = memo_.find(key);
  if (it != memo_.end()) return Operand{Operand::Temp, it->second};
  instructions_.push_back(PendingInstruction{op, a, b});
  const auto index = static_cast<uint32_t>(instructions_.size() - 1);
  memo_.emplace(key, index);
  return Operand{Operand::Temp, index};
}

Operand ProgramBuilder::compile(const ExprNode& n) {
  if (auto it = node_memo_.find(&n); it != node_memo_.end()) return it->second;
  Operand result;
  switch (n.op) {
    case ExprOp::Constant: result = constant(n.constant); break;
    case ExprOp::Challenge: {
      auto it = std::find(challenges_.begin(), challenges_.end(), n.challenge.index());
      if (it == challenges_.end()) {
        challenges_.push_back(n.challenge.index());
        it = challenges_.end() - 1;
      }
      result = Operand{Operand::Challenge, static_cast<uint32_t>(it - challenges_.begin())};
      break;
    }
    case ExprOp::Query:
    case ExprOp::Selector: {
      // A selector reads its fixed column at the current row, like a query.
      const AnyColumn column = n.op == ExprOp::Query ? n.column : n.selector.fixed_column().any();
      const int32_t rotation = n.op == ExprOp::Query ? n.rotation.value() : 0;
      auto it = std::find_if(queries_.begin(), queries_.end(), [&](const Program::QuerySpec& q) {
        return q.column == column && q.rotation == rotation;
      });
      if (it == queries_.end()) {
        queries_.push_back(Program::QuerySpec{column, rotation});
        it = queries_.end() - 1;
      }
      result = Operand{Operand::Query, static_cast<uint32_t>(it - queries_.begin())};
      break;
    }
    case ExprOp::Negated: result = emit(InstructionOp::Negate, compile(*n.a), Operand{}); break;
    case ExprOp::Sum: result = emit(InstructionOp::Add, compile(*n.a), compile(*n.b)); break;
    case ExprOp::Difference: result = emit(InstructionOp::Sub, compile(*n.a), compile(*n.b)); break;
    case ExprOp::Product: result = emit(InstructionOp::Mul, compile(*n.a), compile(*n.b)); break;
    case ExprOp::Scaled: result = emit(InstructionOp::Mul, compile(*n.a), constant(n.constant)); break;
  }
  node_memo_.emplace(&n, result);
  return result;
}

size_t ProgramBuilder::add(const Expression& e) {
  keep_alive_.push_back(e.ptr());
  outputs_.push_back(compile(e.node()));
  return outputs_.size() - 1;
}

Program ProgramBuilder::build() const {
  Program p;
  p.constants_ = constants_;
  p.challenge_ids_ = challenges_;
  p.queries_ = queries_;
  p.query_base_ = static_cast<uint32_t>(constants_.size() + challenges_.size());
  p.temp_base_ = p.query_base_ + static_cast<uint32_t>(queries_.size());

  // Liveness: the last instruction reading each temp; outputs live to the end.
  const size_t count = instructions_.size();
  constexpr size_t forever = ~size_t{0};
  std::vector<size_t> last_use(count, 0);
  for (size_t i = 0; i < count; ++i) {
    const auto& ins = instructions_[i];
    if (ins.a.kind == Operand::Temp) last_use[ins.a.index] = i;
    if (ins.op != InstructionOp::Negate && ins.b.kind == Operand::Temp) last_use[ins.b.index] = i;
  }
  for (const Operand& o : outputs_) {
    if (o.kind == Operand::Temp) last_use[o.index] = forever;
  }
  // Linear scan: a temp's register is freed after its last reader.
  std::vector<uint32_t> reg_of(count, 0);
  std::vector<uint32_t> free_regs;
  uint32_t next_reg = p.temp_base_;
  auto reg = [&](Operand o) -> uint32_t {
    switch (o.kind) {
      case Operand::Constant: return o.index;
      case Operand::Challenge: return static_cast<uint32_t>(constants_.size()) + o.index;
      case Operand::Query: return p.query_base_ + o.index;
      case Operand::Temp: return reg_of[o.index];
    }
    return 0;
  };
  p.instructions_.reserve(count);
  for (size_t i = 0; i < count; ++i) {
    const auto& ins = instructions_[i];
    const uint32_t a = reg(ins.a);
    const uint32_t b = ins.op == InstructionOp::Negate ? a : reg(ins.b);
    // Free operands whose last use is here before allocating: dst may reuse
    // an operand's register, which is safe as every loop reads x[i], y[i]
    // before writing d[i].
    for (Operand o : {ins.a, ins.b}) {
      if (o.kind == Operand::Temp && last_use[o.index] == i && (ins.op != InstructionOp::Negate || o == ins.a)) {
        free_regs.push_back(reg_of[o.index]);
        last_use[o.index] = forever - 1;  // freed once even when a == b
      }
    }
    uint32_t dst;
    if (!free_regs.empty()) {
      dst = free_regs.back();
      free_regs.pop_back();
    } else {
      dst = next_reg++;
    }
    reg_of[i] = dst;
    // A result nobody reads (never the case for a node's value, but cheap to
    // handle) gives its register back at once; outputs have last_use = forever.
    if (last_use[i] == 0) free_regs.push_back(dst);
    p.instructions_.push_back(Program::Instruction{ins.op, dst, a, b});
  }
  for (const Operand& o : outputs_) p.outputs_.push_back(reg(o));
  p.num_registers_ = next_reg;
  return p;
}

Program compile(std::span<const Expression> expressions) {
  ProgramBuilder b;
  for (const auto& e : expressions) b.add(e);
  return b.build();
}

// --- Program --------------------------------------------------------------------

void Program::check_inputs(const ColumnSource& source, std::span<const Fr> challenges) const {
  for (uint32_t id : challenge_ids_) {
    if (id >= challenges.size()) {
      throw InputError("evaluator: challenge " + std::to_string(id) + " is used but only " +
                       std::to_string(challenges.size()) + " challenge values were given");
    }
  }
  for (const auto& q : queries_) (void)source.column(q.column);
  if (source.size == 0 && !queries_.empty()) throw InputError("evaluator: empty domain");
}

Program::ResolvedQueries Program::resolve(const ColumnSource& source) const {
  ResolvedQueries r;
  const auto m = static_cast<int64_t>(source.size);
  for (const auto& q : queries_) {
    r.columns.push_back(source.column(q.column));
    const int64_t shift = static_cast<int64_t>(q.rotation) * source.rotation_scale;
    r.offsets.push_back(m == 0 ? 0 : static_cast<size_t>(((shift % m) + m) % m));
    const bool substituted = source.substitute != nullptr && q.column.kind == ColumnKind::Advice &&
                             q.column.index < source.advice_assigned.size();
    r.assigned.push_back(substituted ? source.advice_assigned[q.column.index] : nullptr);
  }
  return r;
}

void Program::fill_invariants(Fr* regs, std::span<const Fr> challenges) const {
  for (size_t i = 0; i < constants_.size(); ++i) std::fill_n(regs + i * block_size, block_size, constants_[i]);
  for (size_t i = 0; i < challenge_ids_.size(); ++i) {
    std::fill_n(regs + (constants_.size() + i) * block_size, block_size, challenges[challenge_ids_[i]]);
  }
}

std::vector<std::vector<Fr>> Program::evaluate_all(const ColumnSource& source, std::span<const Fr> challenges) const {
  std::vector<std::vector<Fr>> out(outputs_.size(), std::vector<Fr>(source.size));
  evaluate(source, challenges, [&](size_t row0, size_t count, const Fr* const* values) {
    for (size_t o = 0; o < out.size(); ++o) std::copy_n(values[o], count, out[o].begin() + static_cast<std::ptrdiff_t>(row0));
  });
  return out;
}

std::string Program::to_string() const {
  std::ostringstream s;
  s << constants_.size() << " constants, " << challenge_ids_.size() << " challenges, " << queries_.size()
    << " queries, " << instructions_.size() << " instructions, " << num_registers_ << " registers\n";
  for (size_t q = 0; q < queries_.size(); ++q) {
    s << "r" << query_base_ + q << " = " << default_column_name(queries_[q].column) << "@" << queries_[q].rotation
      << "\n";
  }
  static const char* names[] = {"neg", "add", "sub", "mul"};
  for (const auto& ins : instructions_) {
    s << "r" << ins.dst << " = " << names[static_cast<int>(ins.op)] << " r" << ins.a;
    if (ins.op != InstructionOp::Negate) s << ", r" << ins.b;
    s << "\n";
  }
  for (size_t o = 0; o < outputs_.size(); ++o) s << "out" << o << " = r" << outputs_[o] << "\n";
  return s.str();
}

}  // namespace zkevm::plonk
