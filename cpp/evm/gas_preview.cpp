// Dynamic gas of an opcode computed from the stack without running it. Used
// only for tracing a step whose static charge fails: reference tracers
// compute static + dynamic gas before checking it, and report that sum.
#include <algorithm>

#include "cpp/evm/frame.hpp"
#include "cpp/evm/opcodes.hpp"

namespace zkevm::evm {

int64_t preview_dynamic_cost(const Frame& f, uint8_t opcode) {
  const U256* top = f.stack + f.sp - 1;  // top[-i] is the i-th item from the top
  auto arg = [&](int i) -> const U256& { return top[-i]; };
  auto mem = [&](int offset, int size) { return f.memory_expansion_cost(arg(offset), arg(size)); };
  auto account = [&](int i) -> int64_t { return f.evm.state().is_warm(to_address(arg(i))) ? 100 : 2600; };
  bool writes_state = opcode == op::CREATE || opcode == op::CREATE2 || (opcode >= op::LOG0 && opcode <= op::LOG4);
  if (writes_state && f.msg.is_static) return 0;  // the static-context check comes first
  switch (opcode) {
    case op::MLOAD:
    case op::MSTORE: return f.memory_expansion_cost(arg(0), U256(32));
    case op::MSTORE8: return f.memory_expansion_cost(arg(0), U256(1));
    case op::KECCAK256: return word_cost(6, arg(1)) + mem(0, 1);
    case op::CALLDATACOPY:
    case op::CODECOPY:
    case op::RETURNDATACOPY: return word_cost(3, arg(2)) + mem(0, 2);
    case op::EXTCODECOPY: return account(0) + word_cost(3, arg(3)) + mem(1, 3);
    case op::MCOPY: return word_cost(3, arg(2)) + f.memory_expansion_cost(std::max(arg(0), arg(1)), arg(2));
    case op::RETURN:
    case op::REVERT: return mem(0, 1);
    case op::EXP: return 50 * static_cast<int64_t>((arg(1).bit_length() + 7) / 8);
    case op::BALANCE:
    case op::EXTCODESIZE:
    case op::EXTCODEHASH: return account(0);
    case op::CREATE: return mem(1, 2) + word_cost(2, arg(2));
    case op::CREATE2: return mem(1, 2) + word_cost(8, arg(2));
    default:
      if (opcode >= op::LOG0 && opcode <= op::LOG4) {
        int64_t data = arg(1).fits_u64() && arg(1).w[0] < (1ULL << 40) ? 8 * static_cast<int64_t>(arg(1).w[0]) : kHugeCost;
        return 375 * (opcode - op::LOG0) + data + mem(0, 1);
      }
      return 0;
  }
}

}  // namespace zkevm::evm
