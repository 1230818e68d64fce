// Dynamic gas of an opcode computed from the stack without running it. Used
// only for tracing a step whose static charge fails: reference tracers
// compute static + dynamic gas before checking it, and report that sum.
#include <gmp.h>

#include <algorithm>
#include <cstring>

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

namespace zkevm::evm {
namespace {

// Arbitrary-precision gas arithmetic for the exact cost of absurd memory ranges.
class BigGas {
 public:
  BigGas() { mpz_init(v_); }
  ~BigGas() { mpz_clear(v_); }
  BigGas(const BigGas&) = delete;
  BigGas& operator=(const BigGas&) = delete;
  void add(uint64_t x) { mpz_add_ui(v_, v_, x); }
  void add_word(const U256& x, uint64_t factor) {
    mpz_t t;
    mpz_init(t);
    load(t, x);
    mpz_mul_ui(t, t, factor);
    mpz_add(v_, v_, t);
    mpz_clear(t);
  }
  // per_word * ceil(size / 32)
  void add_words(const U256& size, uint64_t per_word) {
    mpz_t t;
    mpz_init(t);
    load(t, size);
    mpz_cdiv_q_ui(t, t, 32);
    mpz_mul_ui(t, t, per_word);
    mpz_add(v_, v_, t);
    mpz_clear(t);
  }
  // Memory expansion from memory_size bytes to cover [offset, offset + size).
  void add_memory(const U256& offset, const U256& size, uint64_t memory_size) {
    if (size.is_zero()) return;
    mpz_t end, words, cost, sq;
    mpz_inits(end, words, cost, sq, nullptr);
    load(end, offset);
    load(words, size);
    mpz_add(end, end, words);
    if (mpz_cmp_ui(end, memory_size) > 0) {
      mpz_cdiv_q_ui(words, end, 32);
      mpz_mul_ui(cost, words, 3);
      mpz_mul(sq, words, words);
      mpz_fdiv_q_ui(sq, sq, 512);
      mpz_add(cost, cost, sq);
      uint64_t old_words = memory_size / 32;
      mpz_sub_ui(cost, cost, static_cast<unsigned long>(memory_cost(old_words)));
      mpz_add(v_, v_, cost);
    }
    mpz_clears(end, words, cost, sq, nullptr);
  }
  std::string hex() const {
    char* s = mpz_get_str(nullptr, 16, v_);
    std::string out = std::string("0x") + s;
    void (*free_fn)(void*, size_t);
    mp_get_memory_functions(nullptr, nullptr, &free_fn);
    free_fn(s, std::strlen(s) + 1);
    return out;
  }

 private:
  static void load(mpz_t out, const U256& x) {
    auto b = x.to_be_bytes();
    mpz_import(out, 32, 1, 1, 1, 0, b.data());
  }
  mpz_t v_;
};

}  // namespace

std::string exact_step_cost_hex(const Frame& f, uint8_t opcode, std::span<const U256> args, uint64_t memory_size) {
  const OpcodeInfo& info = opcode_table()[opcode];
  if (!info.name || args.size() < info.stack_in) return "";
  auto warm = [&](const U256& a) -> uint64_t { return f.evm.state().is_warm(to_address(a)) ? 100 : 2600; };
  BigGas g;
  g.add(static_cast<uint64_t>(info.static_gas));
  switch (opcode) {
    case op::MLOAD:
    case op::MSTORE: g.add_memory(args[0], U256(32), memory_size); break;
    case op::MSTORE8: g.add_memory(args[0], U256(1), memory_size); break;
    case op::KECCAK256: g.add_words(args[1], 6); g.add_memory(args[0], args[1], memory_size); break;
    case op::CALLDATACOPY:
    case op::CODECOPY:
    case op::RETURNDATACOPY: g.add_words(args[2], 3); g.add_memory(args[0], args[2], memory_size); break;
    case op::EXTCODECOPY: g.add(warm(args[0])); g.add_words(args[3], 3); g.add_memory(args[1], args[3], memory_size); break;
    case op::MCOPY: g.add_words(args[2], 3); g.add_memory(std::max(args[0], args[1]), args[2], memory_size); break;
    case op::RETURN:
    case op::REVERT: g.add_memory(args[0], args[1], memory_size); break;
    case op::CREATE: g.add_memory(args[1], args[2], memory_size); g.add_words(args[2], 2); break;
    case op::CREATE2: g.add_memory(args[1], args[2], memory_size); g.add_words(args[2], 8); break;
    default:
      if (opcode >= op::LOG0 && opcode <= op::LOG4) {
        g.add(375ULL * (opcode - op::LOG0));
        g.add_word(args[1], 8);
        g.add_memory(args[0], args[1], memory_size);
        break;
      }
      return "";
  }
  return g.hex();
}

}  // namespace zkevm::evm
