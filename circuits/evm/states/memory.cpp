// MLOAD pushes the 32 memory bytes at the popped offset (big-endian);
// MSTORE writes the popped value's 32 bytes there; MSTORE8 writes its lowest
// byte. Gas 3 plus the memory expansion to offset + 32 (or + 1). Each memory
// byte is one RW operation (key offset + i), so the value's limbs are the
// big-endian sums of the operations' values (bytes: the State circuit checks
// that memory values are bytes). The offset's high limb is 0 (a larger
// offset runs out of gas).
#include "circuits/evm/states/gadget.hpp"

namespace zkevm::circuits::evm_circuit {

namespace {

// RW j accesses memory byte `address` of this call; returns its value.
Expression memory_access(StepBuilder& b, int j, bool is_write, const Expression& address) {
  const std::string what = std::string("memory ") + (is_write ? "write " : "read ") + std::to_string(j);
  b.require_rw(j, evm::RwTag::Memory, is_write, b.cur().call_id, Expression(0), what);
  const RwExprs r = b.rw(j);
  b.cb.require_zero(what + " address", r.address);
  b.cb.require_zero(what + " key hi", r.key_hi);
  b.cb.require_equal(what + " key", r.key_lo, address);
  b.cb.require_zero(what + " value hi", r.value_hi);
  return r.value_lo;
}

// The 32 bytes of RW operations first..first+31 at offset.., as a word.
Word memory_word(StepBuilder& b, int first, bool is_write, const Expression& offset) {
  std::vector<Expression> hi, lo;
  for (int i = 0; i < 32; ++i) (i < 16 ? hi : lo).push_back(memory_access(b, first + i, is_write, offset + i));
  return Word{gadgets::from_be_bytes(hi), gadgets::from_be_bytes(lo)};
}

uint64_t offset_of(const StepWitness& s) { return rw_value(s, 0).w[0]; }

class Mload : public FixedShapeGadget<ExecutionState::Mload, 35, 34> {
 public:
  void configure(StepBuilder& b) override {
    b.require_opcode("opcode is MLOAD", {0x51});
    const Expression& sp = b.cur().stack_pointer;
    const Word offset = b.stack_pop(0, sp);
    b.cb.require_zero("offset hi", offset.hi);
    const Word value = memory_word(b, 1, false, offset.lo);
    b.stack_push(33, sp, value);
    memory_ = gadgets::MemoryExpansion::configure(b.cb, b, b.cur().memory_words, offset.lo + 32, "memory");
    gas_ = b.same_context(Expression(1), Expression(0), memory_.cost + 3, memory_.next);
  }
  void assign(StepAssigner& a) const override {
    memory_.assign(a.region, a.offset, a.step.values.memory_words, offset_of(a.step) + 32);
    gas_.assign(a.region, a.offset, gas_after(a.step));
  }

 private:
  gadgets::MemoryExpansion memory_;
  gadgets::ConstantGas gas_;
};

class Mstore : public FixedShapeGadget<ExecutionState::Mstore, 35, 34> {
 public:
  void configure(StepBuilder& b) override {
    b.require_opcode("opcode is MSTORE", {0x52});
    const Expression& sp = b.cur().stack_pointer;
    const Word offset = b.stack_pop(0, sp), value = b.stack_pop(1, sp + 1);
    b.cb.require_zero("offset hi", offset.hi);
    const Word stored = memory_word(b, 2, true, offset.lo);
    b.cb.require_equal("stored hi", stored.hi, value.hi);
    b.cb.require_equal("stored lo", stored.lo, value.lo);
    memory_ = gadgets::MemoryExpansion::configure(b.cb, b, b.cur().memory_words, offset.lo + 32, "memory");
    gas_ = b.same_context(Expression(1), Expression(2), memory_.cost + 3, memory_.next);
  }
  void assign(StepAssigner& a) const override {
    memory_.assign(a.region, a.offset, a.step.values.memory_words, offset_of(a.step) + 32);
    gas_.assign(a.region, a.offset, gas_after(a.step));
  }

 private:
  gadgets::MemoryExpansion memory_;
  gadgets::ConstantGas gas_;
};

class Mstore8 : public FixedShapeGadget<ExecutionState::Mstore8, 4, 3> {
 public:
  void configure(StepBuilder& b) override {
    b.require_opcode("opcode is MSTORE8", {0x53});
    const Expression& sp = b.cur().stack_pointer;
    const Word offset = b.stack_pop(0, sp), value = b.stack_pop(1, sp + 1);
    b.cb.require_zero("offset hi", offset.hi);
    const Expression byte = memory_access(b, 2, true, offset.lo);
    // value_lo = 256 · rest + byte with rest below 2^120 (15 bytes) and byte a byte.
    std::vector<Expression> rest;
    for (int i = 0; i < 15; ++i) {
      rest_[i] = b.byte_cell("rest" + std::to_string(i));
      rest.push_back(rest_[i]);
    }
    low_ = b.byte_cell("low byte");
    b.cb.require_equal("stored byte", byte, low_);
    b.cb.require_equal("value lo = 256 rest + byte", value.lo, gadgets::from_be_bytes(rest) * 256 + low_.expr());
    memory_ = gadgets::MemoryExpansion::configure(b.cb, b, b.cur().memory_words, offset.lo + 1, "memory");
    gas_ = b.same_context(Expression(1), Expression(2), memory_.cost + 3, memory_.next);
  }
  void assign(StepAssigner& a) const override {
    const auto be = rw_value(a.step, 1).to_be_bytes();
    for (int i = 0; i < 15; ++i) rest_[i].assign(a.region, a.offset, Fr::from_u64(be[16 + i]));
    low_.assign(a.region, a.offset, Fr::from_u64(be[31]));
    memory_.assign(a.region, a.offset, a.step.values.memory_words, offset_of(a.step) + 1);
    gas_.assign(a.region, a.offset, gas_after(a.step));
  }

 private:
  std::array<WCell, 15> rest_;
  WCell low_;
  gadgets::MemoryExpansion memory_;
  gadgets::ConstantGas gas_;
};

}  // namespace

std::unique_ptr<StateGadget> make_mload() { return std::make_unique<Mload>(); }
std::unique_ptr<StateGadget> make_mstore() { return std::make_unique<Mstore>(); }
std::unique_ptr<StateGadget> make_mstore8() { return std::make_unique<Mstore8>(); }

}  // namespace zkevm::circuits::evm_circuit
