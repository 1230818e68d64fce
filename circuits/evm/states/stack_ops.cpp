// POP drops the top item (gas 2). DUPn copies the n-th item to the top;
// SWAPn exchanges the top and the (n+1)-th item (gas 3 each).
// The bus-mapping reads every item an opcode takes (DUPn: n, SWAPn: n + 1,
// keys sp, sp + 1, ...) and writes every item it leaves (DUPn: n + 1,
// SWAPn: n + 1), deepest first, so each n is its own state of fixed shape.
#include "circuits/evm/states/gadget.hpp"

namespace zkevm::circuits::evm_circuit {

namespace {

class Pop : public FixedShapeGadget<ExecutionState::Pop, 2, 1> {
 public:
  void configure(StepBuilder& b) override {
    b.require_opcode("opcode is POP", {0x50});
    b.stack_pop(0, b.cur().stack_pointer);
    gas_ = b.same_context(Expression(1), Expression(1), Expression(2));
  }
  void assign(StepAssigner& a) const override { gas_.assign(a.region, a.offset, gas_after(a.step)); }

 private:
  gadgets::ConstantGas gas_;
};

// Reads items 0..reads−1 (key sp + i), then writes items from the deepest
// (index writes−1) to the top (index 0) at key sp + shift + i, where the
// written item i is read item source[i].
class StackPermutation : public StateGadget {
 public:
  StackPermutation(ExecutionState state, uint8_t opcode, int reads, int shift, std::vector<int> source)
      : state_(state), opcode_(opcode), reads_(reads), shift_(shift), source_(std::move(source)) {}

  ExecutionState state() const override { return state_; }
  int height() const override { return std::max(1 + rw_count(), 2); }
  int rw_count() const override { return reads_ + static_cast<int>(source_.size()); }

  void configure(StepBuilder& b) override {
    const std::string name = execution_state_name(state_);
    b.require_opcode("opcode is " + name, {opcode_});
    const Expression& sp = b.cur().stack_pointer;
    std::vector<Word> read;
    for (int i = 0; i < reads_; ++i) read.push_back(b.stack_pop(i, sp + i));
    const int writes = static_cast<int>(source_.size());
    for (int k = 0; k < writes; ++k) {
      const int i = writes - 1 - k;
      b.stack_push(reads_ + k, sp + (shift_ + i), read[source_[i]]);
    }
    gas_ = b.same_context(Expression(1), Expression(shift_), Expression(3));
  }
  void assign(StepAssigner& a) const override { gas_.assign(a.region, a.offset, gas_after(a.step)); }

 private:
  ExecutionState state_;
  uint8_t opcode_;
  int reads_, shift_;
  std::vector<int> source_;
  gadgets::ConstantGas gas_;
};

}  // namespace

std::unique_ptr<StateGadget> make_pop() { return std::make_unique<Pop>(); }

std::unique_ptr<StateGadget> make_dup(int n) {
  // After DUPn the stack has n + 1 items on top: the copy (item n − 1) and items 0..n−1.
  std::vector<int> source{n - 1};
  for (int i = 1; i <= n; ++i) source.push_back(i - 1);
  return std::make_unique<StackPermutation>(static_cast<ExecutionState>(static_cast<int>(ExecutionState::Dup1) + n - 1),
                                            static_cast<uint8_t>(0x7f + n), n, -1, source);
}

std::unique_ptr<StateGadget> make_swap(int n) {
  std::vector<int> source;
  for (int i = 0; i <= n; ++i) source.push_back(i == 0 ? n : i == n ? 0 : i);
  return std::make_unique<StackPermutation>(
      static_cast<ExecutionState>(static_cast<int>(ExecutionState::Swap1) + n - 1), static_cast<uint8_t>(0x8f + n),
      n + 1, 0, source);
}

}  // namespace zkevm::circuits::evm_circuit
