// PUSH0 pushes 0 (gas 2). PUSHn (n = 1..32) pushes the n code bytes after
// the opcode as a big-endian word and skips them (gas 3).
// PUSHn reads its bytes through the code slots of rows 1..32: row r holds
// byte r − 1 of the 32-byte right-aligned value, looked up (is_code = 0) at
// code index pc + r − 32 + n when its enable flag is on. The flags are
// boolean and monotone (0…0 1…1) with row 32 always on, so their sum is n,
// and opcode = 0x5f + n ties n to the opcode; bytes of rows that are off are 0.
#include "circuits/evm/states/gadget.hpp"

namespace zkevm::circuits::evm_circuit {

namespace {

class Push0 : public FixedShapeGadget<ExecutionState::Push0, 2, 1> {
 public:
  void configure(StepBuilder& b) override {
    b.require_opcode("opcode is PUSH0", {0x5f});
    b.stack_push(0, b.cur().stack_pointer - 1, constant_word(0));
    gas_ = b.same_context(Expression(1), Expression(-1), Expression(2));
  }
  void assign(StepAssigner& a) const override { gas_.assign(a.region, a.offset, gas_after(a.step)); }

 private:
  gadgets::ConstantGas gas_;
};

class Push : public FixedShapeGadget<ExecutionState::Push, 33, 1> {
 public:
  void configure(StepBuilder& b) override {
    code_ = b.columns().code;
    Expression n(0);
    for (int r = 1; r <= 32; ++r) n = n + b.code_enable(r);
    for (int r = 1; r <= 32; ++r) {
      const std::string row = "byte " + std::to_string(r - 1);
      b.cb.require_boolean(row + " enable is boolean", b.code_enable(r));
      if (r < 32) b.cb.require_zero(row + " enables are monotone", b.code_enable(r) * (Expression(1) - b.code_enable(r + 1)));
      b.cb.require_equal(row + " index", b.code_index(r), b.cur().pc + Expression(r - 32) + n);
      b.cb.require_zero(row + " is push data", b.code_is_code(r));
      b.cb.require_zero(row + " is 0 outside the data", b.code_value(r) * (Expression(1) - b.code_enable(r)));
    }
    b.cb.require_equal("last byte is enabled", b.code_enable(32), Expression(1));
    b.cb.require_equal("opcode is PUSH(n)", b.cur().opcode, n + 0x5f);
    std::vector<Expression> hi, lo;
    for (int r = 1; r <= 32; ++r) (r <= 16 ? hi : lo).push_back(b.code_value(r));
    b.stack_push(0, b.cur().stack_pointer - 1, Word{gadgets::from_be_bytes(hi), gadgets::from_be_bytes(lo)});
    gas_ = b.same_context(n + 1, Expression(-1), Expression(3));
  }

  void assign(StepAssigner& a) const override {
    const auto& s = a.step;
    const unsigned n = s.values.opcode - 0x5f;
    const auto value = rw_value(s, 0).to_be_bytes();
    for (int r = 1; r <= 32; ++r) {
      const bool on = r > static_cast<int>(32 - n);
      a.region.assign_advice(code_.enable, a.offset + r, Fr::from_u64(on));
      const int64_t index = static_cast<int64_t>(s.values.pc) + r - 32 + static_cast<int64_t>(n);
      a.region.assign_advice(code_.index, a.offset + r, Fr::from_int(index));
      a.region.assign_advice(code_.is_code, a.offset + r, Fr::zero());
      a.region.assign_advice(code_.value, a.offset + r, Fr::from_u64(value[r - 1]));
    }
    gas_.assign(a.region, a.offset, gas_after(s));
  }

 private:
  gadgets::ConstantGas gas_;
  CodeSlotColumns code_;
};

}  // namespace

std::unique_ptr<StateGadget> make_push0() { return std::make_unique<Push0>(); }
std::unique_ptr<StateGadget> make_push() { return std::make_unique<Push>(); }

}  // namespace zkevm::circuits::evm_circuit
