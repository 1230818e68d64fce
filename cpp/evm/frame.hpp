#pragma once
// One call frame's execution state, shared by the loop and the opcode functions.
#include <array>
#include <memory>
#include <string>

#include "cpp/evm/interpreter.hpp"

namespace zkevm::evm {

struct Frame {
  Evm& evm;
  const Message& msg;
  std::span<const uint8_t> code;
  const std::vector<uint8_t>& jumpdests;  // 1 where a JUMPDEST opcode (not push data) sits
  std::unique_ptr<U256[]> stack_storage = std::make_unique<U256[]>(1024);
  U256* stack = stack_storage.get();
  int sp = 0;  // number of items; stack[sp - 1] is the top
  Bytes memory;
  int64_t gas;
  uint32_t pc = 0;
  Status status = Status::Running;
  Bytes return_data;  // output of the last call made from this frame
  Bytes output;       // RETURN / REVERT data
  uint64_t call_id = 0;
  Tracer* tracer;

  Frame(Evm& e, const Message& m, std::span<const uint8_t> c, const std::vector<uint8_t>& jd)
      : evm(e), msg(m), code(c), jumpdests(jd), gas(m.gas), tracer(e.tracer()) {}

  U256& top(int i = 0) { return stack[sp - 1 - i]; }
  U256 pop() { return stack[--sp]; }
  void push(const U256& v) { stack[sp++] = v; }
  // Takes cost from the gas left; on failure halts with OutOfGas and records
  // the cost for the tracer (EIP-3155 reports the full cost of a failing op).
  bool charge(int64_t cost) {
    if (gas < cost) {
      status = Status::OutOfGas;
      failed_cost = cost;
      return false;
    }
    gas -= cost;
    return true;
  }
  // Gas to grow memory over [offset, offset + size) (0 for size 0); kHugeCost
  // when the range is beyond any gas limit.
  int64_t memory_expansion_cost(const U256& offset, const U256& size) const;
  // Grows memory over the range; requires its cost to have been charged.
  void grow_memory(const U256& offset, const U256& size);
  // Charges and grows memory over [offset, offset + size).
  bool expand_memory(const U256& offset, const U256& size) {
    if (!charge(memory_expansion_cost(offset, size))) return false;
    grow_memory(offset, size);
    return true;
  }
  int64_t failed_cost = 0;
  // Tracing only: the operands and memory size before the step ran.
  std::array<U256, 7> traced_args;
  int traced_arg_count = 0;
  uint64_t traced_memory_size = 0;
  // Reports the step's full gas cost to the tracer (call-family ops do it
  // before the child runs, the loop after every other op).
  bool cost_reported = false;
};

// Words of memory -> total memory gas: 3 w + w^2 / 512.
inline int64_t memory_cost(uint64_t words) { return static_cast<int64_t>(3 * words + words * words / 512); }

inline uint64_t num_words(uint64_t bytes) { return (bytes + 31) / 32; }

// A cost no transaction can pay; sums of a few stay below INT64_MAX.
inline constexpr int64_t kHugeCost = INT64_MAX / 8;

// per_word * ceil(size / 32), saturated at kHugeCost.
inline int64_t word_cost(int64_t per_word, const U256& size) {
  if (!size.fits_u64() || size.w[0] > (1ULL << 40)) return kHugeCost;
  return per_word * static_cast<int64_t>(num_words(size.w[0]));
}

using Instruction = void (*)(Frame&);
// Function of every opcode (undefined ones halt with InvalidOpcode).
const std::array<Instruction, 256>& instruction_table();

// The dynamic gas an opcode would charge given the current stack, for
// tracers when the static charge already fails (EIP-3155 tracers report the
// full cost of a failing step). Never used for execution.
int64_t preview_dynamic_cost(const Frame& f, uint8_t opcode);

// The exact cost of a step as 0x-hex when it exceeds kHugeCost, from the
// operands it had (args[0] = top of the stack); "" for ops without such costs.
std::string exact_step_cost_hex(const Frame& f, uint8_t opcode, std::span<const U256> args, uint64_t memory_size);

// Opcode functions implemented in calls.cpp.
void op_call(Frame& f);
void op_callcode(Frame& f);
void op_delegatecall(Frame& f);
void op_staticcall(Frame& f);
void op_create(Frame& f);
void op_create2(Frame& f);
void op_selfdestruct(Frame& f);

}  // namespace zkevm::evm
