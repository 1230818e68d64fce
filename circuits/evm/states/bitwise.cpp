// AND, OR, XOR: c = a op b bit by bit. NOT: c = 2^256 − 1 − a. BYTE: the i-th
// byte (big-endian) of x, 0 when i ≥ 32. Gas 3 each.
// AND/OR/XOR split the words into 64 nibbles (big-endian): nibble t of a, b
// and c sit in triple t % 4 of the plain cells on row t / 4, where the
// bitwise slot (enable 1, op = opcode − 0x15 = BitwiseOp) looks each triple
// up in the 4-bit table; the lookup range-checks the nibbles and applies op.
#include "circuits/evm/states/gadget.hpp"
#include "circuits/gadgets/index_selector.hpp"
#include "circuits/gadgets/word_bytes.hpp"

namespace zkevm::circuits::evm_circuit {

namespace {

constexpr int kNibbles = 64;
constexpr int kNibbleRows = kNibbles / static_cast<int>(kBitwiseLookups);

// Σ n_t · 16^(k − 1 − t) over k nibbles from `first`: big-endian nibbles as a number.
Expression from_nibbles(const std::array<WCell, kNibbles>& n, int first, int k) {
  Expression acc(0);
  for (int t = first; t < first + k; ++t) acc = acc * Fr::from_u64(16) + n[t].expr();
  return acc;
}

class Bitwise : public FixedShapeGadget<ExecutionState::Bitwise, kNibbleRows, 3> {
 public:
  void configure(StepBuilder& b) override {
    b.require_opcode("opcode is AND, OR or XOR", {0x16, 0x17, 0x18});
    const EvmColumns& c = b.columns();
    for (int t = 0; t < kNibbles; ++t) {
      const std::string i = std::to_string(t);
      a_[t] = b.cell("a nibble " + i);
      b_[t] = b.cell("b nibble " + i);
      c_[t] = b.cell("c nibble " + i);
      // The triples must be the columns the bitwise lookups read (the gadget's first cells).
      const size_t g = static_cast<size_t>(t) % kBitwiseLookups;
      if (a_[t].column != c.cells[3 * g] || c_[t].column != c.cells[3 * g + 2] || a_[t].rotation != t / 4)
        throw InternalError("EVM circuit: BITWISE nibble " + i + " is not in its lookup's cells");
    }
    for (int r = 0; r < kNibbleRows; ++r) {
      const std::string row = "row " + std::to_string(r);
      b.cb.require_equal(row + " bitwise slot is enabled", b.bitwise_enable(r), Expression(1));
      b.cb.require_equal(row + " bitwise op is the opcode's", b.bitwise_op(r), b.cur().opcode - 0x15);
    }
    const Expression& sp = b.cur().stack_pointer;
    const Word a = b.stack_pop(0, sp), bw = b.stack_pop(1, sp + 1);
    b.cb.require_equal("a hi = its nibbles", a.hi, from_nibbles(a_, 0, 32));
    b.cb.require_equal("a lo = its nibbles", a.lo, from_nibbles(a_, 32, 32));
    b.cb.require_equal("b hi = its nibbles", bw.hi, from_nibbles(b_, 0, 32));
    b.cb.require_equal("b lo = its nibbles", bw.lo, from_nibbles(b_, 32, 32));
    b.stack_push(2, sp + 1, Word{from_nibbles(c_, 0, 32), from_nibbles(c_, 32, 32)});
    gas_ = b.same_context(Expression(1), Expression(1), Expression(3));
  }

  void assign(StepAssigner& a) const override {
    const auto& s = a.step;
    const auto av = rw_value(s, 0).to_be_bytes(), bv = rw_value(s, 1).to_be_bytes(), cv = rw_value(s, 2).to_be_bytes();
    auto nibble = [](const std::array<uint8_t, 32>& bytes, int t) {
      return Fr::from_u64(t % 2 == 0 ? bytes[t / 2] >> 4 : bytes[t / 2] & 0xf);
    };
    for (int t = 0; t < kNibbles; ++t) {
      a_[t].assign(a.region, a.offset, nibble(av, t));
      b_[t].assign(a.region, a.offset, nibble(bv, t));
      c_[t].assign(a.region, a.offset, nibble(cv, t));
    }
    for (int r = 0; r < kNibbleRows; ++r) {
      a.region.assign_advice(a.columns.bitwise.enable, a.offset + r, Fr::one());
      a.region.assign_advice(a.columns.bitwise.op, a.offset + r, Fr::from_u64(s.values.opcode - 0x15));
    }
    gas_.assign(a.region, a.offset, gas_after(s));
  }

 private:
  std::array<WCell, kNibbles> a_, b_, c_;
  gadgets::ConstantGas gas_;
};

class Not : public FixedShapeGadget<ExecutionState::Not, 3, 2> {
 public:
  void configure(StepBuilder& b) override {
    b.require_opcode("opcode is NOT", {0x19});
    const Expression& sp = b.cur().stack_pointer;
    const Word a = b.stack_pop(0, sp);
    // Each limb of a valid word is below 2^128, so 2^128 − 1 − limb is the complemented limb.
    const Fr ones = gadgets::pow256(16) - Fr::one();
    b.stack_push(1, sp, Word{Expression(ones) - a.hi, Expression(ones) - a.lo});
    gas_ = b.same_context(Expression(1), Expression(0), Expression(3));
  }
  void assign(StepAssigner& a) const override { gas_.assign(a.region, a.offset, gas_after(a.step)); }

 private:
  gadgets::ConstantGas gas_;
};

class Byte : public FixedShapeGadget<ExecutionState::Byte, 5, 3> {
 public:
  void configure(StepBuilder& b) override {
    b.require_opcode("opcode is BYTE", {0x1a});
    const Expression& sp = b.cur().stack_pointer;
    const Word i = b.stack_pop(0, sp), x = b.stack_pop(1, sp + 1);
    index_ = gadgets::IndexSelector::configure(b.cb, b, i, 32, "i");
    x_ = gadgets::WordBytes::configure(b, "x");
    x_.require_word(b.cb, x, "x");
    Expression picked(0);
    for (int k = 0; k < 32; ++k) picked = picked + index_.sel[k].expr() * x_.bytes[k].expr();
    b.stack_push(2, sp + 1, Word{Expression(0), picked});
    gas_ = b.same_context(Expression(1), Expression(1), Expression(3));
  }

  void assign(StepAssigner& a) const override {
    index_.assign(a.region, a.offset, rw_value(a.step, 0));
    x_.assign(a.region, a.offset, rw_value(a.step, 1));
    gas_.assign(a.region, a.offset, gas_after(a.step));
  }

 private:
  gadgets::IndexSelector index_;
  gadgets::WordBytes x_;
  gadgets::ConstantGas gas_;
};

}  // namespace

std::unique_ptr<StateGadget> make_bitwise() { return std::make_unique<Bitwise>(); }
std::unique_ptr<StateGadget> make_not() { return std::make_unique<Not>(); }
std::unique_ptr<StateGadget> make_byte() { return std::make_unique<Byte>(); }

}  // namespace zkevm::circuits::evm_circuit
