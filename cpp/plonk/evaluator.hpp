#pragma once
// The compiled expression evaluator: many expressions (all gate constraints,
// and the permutation, lookup and shuffle terms of arguments.hpp) are compiled once into one flat
// register program, then evaluated over a whole domain in parallel blocks of
// rows. Equal sub-expressions become one instruction (hash-consing on the
// operands' registers, so sharing is found across gates); constants, queries
// and challenges are deduplicated; additions and products by 0 or 1 fold away.
//
// Evaluation is columnar: each instruction runs over a block of rows at a time,
// so the interpreter's dispatch is paid once per block, not once per row.
// Rotations are resolved to index offsets when the domain is known: on the
// normal domain (MockProver) rotation r reads row i + r; on an extended coset
// of factor f (the prover's quotient) it reads point i + r·f.
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "cpp/plonk/expression.hpp"
#include "cpp/util/error.hpp"
#include "cpp/util/parallel.hpp"

namespace zkevm::plonk {

// The columns an evaluation reads: per kind, each column's values on a domain
// of `size` points. Rotation r reads point (i + r · rotation_scale) mod size.
struct ColumnSource {
  std::vector<const Fr*> advice, fixed, instance;
  size_t size = 0;
  int64_t rotation_scale = 1;

  // Optional substitution (the MockProver's shadow witness, without copying
  // columns): for advice column j with advice_assigned[j] set, a cell whose
  // flag is 0, or whose row is >= substitute_from, reads substitute(column, row).
  std::vector<const uint8_t*> advice_assigned;
  size_t substitute_from = ~size_t{0};
  Fr (*substitute)(AnyColumn column, size_t row) = nullptr;

  const Fr* column(AnyColumn c) const;
};

// An operand of the program: where a value lives before registers are numbered.
struct Operand {
  enum Kind : uint8_t { Constant, Challenge, Query, Temp };
  Kind kind = Constant;
  uint32_t index = 0;
  bool operator==(const Operand&) const = default;
};

enum class InstructionOp : uint8_t { Negate, Add, Sub, Mul };

// A compiled program: registers [constants | challenges | queries | temps].
class Program {
 public:
  struct QuerySpec {
    AnyColumn column;
    int32_t rotation = 0;
  };
  struct Instruction {
    InstructionOp op;
    uint32_t dst, a, b;  // register numbers (b unused for Negate)
  };

  size_t num_outputs() const { return outputs_.size(); }
  size_t num_instructions() const { return instructions_.size(); }
  size_t num_registers() const { return num_registers_; }
  size_t num_constants() const { return constants_.size(); }
  size_t num_queries() const { return queries_.size(); }
  const std::vector<QuerySpec>& queries() const { return queries_; }

  // Evaluates every output on all points of the source's domain. For each
  // block of rows, sink(first_row, count, outputs) is called with outputs[o]
  // pointing at output o's `count` values; sink may run concurrently on
  // several threads and must not keep the pointers. challenges[i] is the value
  // of challenge i.
  template <class Sink>
  void evaluate(const ColumnSource& source, std::span<const Fr> challenges, Sink&& sink) const;

  // Evaluates the program on two sources of the same size in one pass; sink
  // gets both blocks of outputs: sink(first_row, count, outputs_a, outputs_b).
  // (The MockProver compares a witness with a copy whose unassigned cells are
  // replaced by random values.)
  template <class Sink>
  void evaluate_pair(const ColumnSource& a, const ColumnSource& b, std::span<const Fr> challenges, Sink&& sink) const;

  // Every output on every point: result[o][i].
  std::vector<std::vector<Fr>> evaluate_all(const ColumnSource& source, std::span<const Fr> challenges) const;

  // Every output at one row, reading cells through read(AnyColumn, rotation, row)
  // (the rotation in rows, unscaled). For single-row re-evaluations.
  template <class Reader>
  std::vector<Fr> evaluate_row(size_t row, std::span<const Fr> challenges, Reader&& read) const;

  // A listing of the program, one instruction per line (for debugging).
  std::string to_string() const;

  static constexpr size_t block_size = 32;

 private:
  friend class ProgramBuilder;
  void check_inputs(const ColumnSource& source, std::span<const Fr> challenges) const;
  // Fills constant and challenge registers (block-wide copies) in a scratch file.
  void fill_invariants(Fr* regs, std::span<const Fr> challenges) const;
  // Each query's column pointer and rotation offset (mod size) on a source.
  struct ResolvedQueries {
    std::vector<const Fr*> columns;
    std::vector<size_t> offsets;
    std::vector<const uint8_t*> assigned;  // non-null where cells may be substituted
  };
  ResolvedQueries resolve(const ColumnSource& source) const;
  // Evaluates sources.size() sources block by block; sink(row0, count, outputs per source).
  template <size_t K, class Sink>
  void evaluate_many(const std::array<const ColumnSource*, K>& sources, std::span<const Fr> challenges,
                     Sink&& sink) const;

  std::vector<Fr> constants_;
  std::vector<uint32_t> challenge_ids_;  // challenge index per challenge register
  std::vector<QuerySpec> queries_;
  std::vector<Instruction> instructions_;
  std::vector<uint32_t> outputs_;  // register per output
  uint32_t query_base_ = 0, temp_base_ = 0;
  size_t num_registers_ = 0;
};

// Builds a Program from expressions.
class ProgramBuilder {
 public:
  // Compiles e (sharing everything already compiled) and returns its output index.
  size_t add(const Expression& e);
  // Numbers the registers (temporaries reused once dead) and returns the program.
  Program build() const;

 private:
  struct Key {
    InstructionOp op;
    Operand a, b;
    bool operator==(const Key&) const = default;
  };
  struct KeyHash {
    size_t operator()(const Key& k) const;
  };
  struct PendingInstruction {
    InstructionOp op;
    Operand a, b;
  };
  Operand compile(const ExprNode& n);
  Operand constant(const Fr& value);
  Operand emit(InstructionOp op, Operand a, Operand b);
  bool is_constant(Operand o, const Fr& value) const { return o.kind == Operand::Constant && constants_[o.index] == value; }

  std::vector<Fr> constants_;
  std::unordered_map<uint64_t, std::vector<uint32_t>> constant_index_;  // hash -> candidates
  std::vector<uint32_t> challenges_;
  std::vector<Program::QuerySpec> queries_;
  std::vector<PendingInstruction> instructions_;
  std::unordered_map<Key, uint32_t, KeyHash> memo_;
  std::unordered_map<const ExprNode*, Operand> node_memo_;
  std::vector<ExprPtr> keep_alive_;  // node_memo_ keys stay valid
  std::vector<Operand> outputs_;
};

// Compiles the expressions into one program (output i = expressions[i]).
Program compile(std::span<const Expression> expressions);

// --- template bodies ----------------------------------------------------------

namespace detail {
inline void run_instructions(const std::vector<Program::Instruction>& program, Fr* regs, size_t block, size_t count) {
  for (const auto& ins : program) {
    Fr* d = regs + ins.dst * block;
    const Fr* x = regs + ins.a * block;
    const Fr* y = regs + ins.b * block;
    switch (ins.op) {
      case InstructionOp::Negate:
        for (size_t i = 0; i < count; ++i) d[i] = -x[i];
        break;
      case InstructionOp::Add:
        for (size_t i = 0; i < count; ++i) d[i] = x[i] + y[i];
        break;
      case InstructionOp::Sub:
        for (size_t i = 0; i < count; ++i) d[i] = x[i] - y[i];
        break;
      case InstructionOp::Mul:
        for (size_t i = 0; i < count; ++i) d[i] = x[i] * y[i];
        break;
    }
  }
}
}  // namespace detail

template <size_t K, class Sink>
void Program::evaluate_many(const std::array<const ColumnSource*, K>& sources, std::span<const Fr> challenges,
                            Sink&& sink) const {
  const size_t n = sources[0]->size;
  std::array<ResolvedQueries, K> resolved;
  for (size_t s = 0; s < K; ++s) {
    if (sources[s]->size != n) throw InputError("evaluator: the sources have different sizes");
    check_inputs(*sources[s], challenges);
    resolved[s] = resolve(*sources[s]);
  }
  const size_t blocks = (n + block_size - 1) / block_size;
  parallel_for_chunks(
      blocks,
      [&](size_t first_block, size_t end_block) {
        std::array<std::vector<Fr>, K> scratch;
        std::array<std::vector<const Fr*>, K> outs;
        for (size_t s = 0; s < K; ++s) {
          scratch[s].resize(num_registers_ * block_size);
          fill_invariants(scratch[s].data(), challenges);
          for (uint32_t reg : outputs_) outs[s].push_back(scratch[s].data() + reg * block_size);
        }
        for (size_t blk = first_block; blk < end_block; ++blk) {
          const size_t row0 = blk * block_size;
          const size_t count = std::min(block_size, n - row0);
          for (size_t s = 0; s < K; ++s) {
            Fr* regs = scratch[s].data();
            for (size_t q = 0; q < queries_.size(); ++q) {
              Fr* dst = regs + (query_base_ + q) * block_size;
              const Fr* col = resolved[s].columns[q];
              const uint8_t* assigned = resolved[s].assigned[q];
              size_t idx = row0 + resolved[s].offsets[q];
              if (idx >= n) idx -= n;
              if (assigned == nullptr) {
                for (size_t i = 0; i < count; ++i) {
                  dst[i] = col[idx];
                  if (++idx == n) idx = 0;
                }
              } else {
                const size_t from = sources[s]->substitute_from;
                for (size_t i = 0; i < count; ++i) {
                  dst[i] = idx < from && assigned[idx] ? col[idx] : sources[s]->substitute(queries_[q].column, idx);
                  if (++idx == n) idx = 0;
                }
              }
            }
            detail::run_instructions(instructions_, regs, block_size, count);
          }
          if constexpr (K == 1) {
            sink(row0, count, static_cast<const Fr* const*>(outs[0].data()));
          } else {
            sink(row0, count, static_cast<const Fr* const*>(outs[0].data()), static_cast<const Fr* const*>(outs[1].data()));
          }
        }
      },
      1);
}

template <class Sink>
void Program::evaluate(const ColumnSource& source, std::span<const Fr> challenges, Sink&& sink) const {
  evaluate_many<1>({&source}, challenges, sink);
}

template <class Sink>
void Program::evaluate_pair(const ColumnSource& a, const ColumnSource& b, std::span<const Fr> challenges,
                            Sink&& sink) const {
  evaluate_many<2>({&a, &b}, challenges, sink);
}

template <class Reader>
std::vector<Fr> Program::evaluate_row(size_t row, std::span<const Fr> challenges, Reader&& read) const {
  if (challenges.size() < challenge_ids_.size()) {
    for (uint32_t id : challenge_ids_) {
      if (id >= challenges.size()) throw InputError("evaluator: challenge " + std::to_string(id) + " has no value");
    }
  }
  std::vector<Fr> regs(num_registers_);
  for (size_t i = 0; i < constants_.size(); ++i) regs[i] = constants_[i];
  for (size_t i = 0; i < challenge_ids_.size(); ++i) regs[constants_.size() + i] = challenges[challenge_ids_[i]];
  for (size_t q = 0; q < queries_.size(); ++q) regs[query_base_ + q] = read(queries_[q].column, queries_[q].rotation, row);
  detail::run_instructions(instructions_, regs.data(), 1, 1);
  std::vector<Fr> out(outputs_.size());
  for (size_t o = 0; o < outputs_.size(); ++o) out[o] = regs[outputs_[o]];
  return out;
}

}  // namespace zkevm::plonk
