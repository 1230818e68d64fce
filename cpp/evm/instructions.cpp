// One short function per opcode (calls and creates are in calls.cpp). The
// loop has already checked the stack bounds and charged the static gas from
// the opcode table; each function charges only its dynamic gas.
#include <algorithm>
#include <cstring>
#include <utility>

#include "cpp/evm/frame.hpp"
#include "cpp/evm/opcodes.hpp"

namespace zkevm::evm {

int64_t Frame::memory_expansion_cost(const U256& offset, const U256& size) const {
  if (size.is_zero()) return 0;
  // Beyond 2^32 bytes the quadratic cost exceeds any block's gas.
  if (!offset.fits_u64() || !size.fits_u64() || offset.w[0] > 0xFFFFFFFFULL || size.w[0] > 0xFFFFFFFFULL)
    return kHugeCost;
  uint64_t end = offset.w[0] + size.w[0];
  if (end <= memory.size()) return 0;
  return memory_cost(num_words(end)) - memory_cost(memory.size() / 32);
}

void Frame::grow_memory(const U256& offset, const U256& size) {
  if (size.is_zero()) return;
  uint64_t end = offset.w[0] + size.w[0];
  if (end > memory.size()) memory.resize(num_words(end) * 32);
}

namespace {

// Copies src[src_offset, src_offset + size) into dst, zero-filling past the end of src.
void copy_padded(uint8_t* dst, std::span<const uint8_t> src, const U256& src_offset, uint64_t size) {
  uint64_t start = src_offset.fits_u64() ? std::min<uint64_t>(src_offset.w[0], src.size()) : src.size();
  uint64_t n = std::min<uint64_t>(size, src.size() - start);
  std::copy_n(src.data() + start, n, dst);
  std::fill_n(dst + n, size - n, 0);
}

// Cold/warm account access cost (EIP-2929).
int64_t access_cost(Frame& f, const Address& a) { return f.evm.state().access_address(a) ? 100 : 2600; }

void read_account(Frame& f, const Address& a, AccountField field, const U256& value) {
  if (f.tracer) f.tracer->on_account_read(a, field, value);
}

// ---- arithmetic ----
void op_stop(Frame& f) { f.status = Status::Success; }
void op_add(Frame& f) { f.top(1) = f.top(0) + f.top(1); --f.sp; }
void op_mul(Frame& f) { f.top(1) = f.top(0) * f.top(1); --f.sp; }
void op_sub(Frame& f) { f.top(1) = f.top(0) - f.top(1); --f.sp; }
void op_div(Frame& f) { f.top(1) = f.top(0) / f.top(1); --f.sp; }
void op_sdiv(Frame& f) { f.top(1) = sdiv(f.top(0), f.top(1)); --f.sp; }
void op_mod(Frame& f) { f.top(1) = f.top(0) % f.top(1); --f.sp; }
void op_smod(Frame& f) { f.top(1) = smod(f.top(0), f.top(1)); --f.sp; }
void op_addmod(Frame& f) { f.top(2) = addmod(f.top(0), f.top(1), f.top(2)); f.sp -= 2; }
void op_mulmod(Frame& f) { f.top(2) = mulmod(f.top(0), f.top(1), f.top(2)); f.sp -= 2; }
// EXP: 50 gas per byte of the exponent (EIP-160).
void op_exp(Frame& f) {
  const U256& e = f.top(1);
  if (!f.charge(50 * ((e.bit_length() + 7) / 8))) return;
  f.top(1) = exp(f.top(0), e);
  --f.sp;
}
void op_signextend(Frame& f) { f.top(1) = signextend(f.top(0), f.top(1)); --f.sp; }

// ---- comparison and bitwise ----
void op_lt(Frame& f) { f.top(1) = U256(f.top(0) < f.top(1)); --f.sp; }
void op_gt(Frame& f) { f.top(1) = U256(f.top(0) > f.top(1)); --f.sp; }
void op_slt(Frame& f) { f.top(1) = U256(slt(f.top(0), f.top(1))); --f.sp; }
void op_sgt(Frame& f) { f.top(1) = U256(slt(f.top(1), f.top(0))); --f.sp; }
void op_eq(Frame& f) { f.top(1) = U256(f.top(0) == f.top(1)); --f.sp; }
void op_iszero(Frame& f) { f.top(0) = U256(f.top(0).is_zero()); }
void op_and(Frame& f) { f.top(1) = f.top(0) & f.top(1); --f.sp; }
void op_or(Frame& f) { f.top(1) = f.top(0) | f.top(1); --f.sp; }
void op_xor(Frame& f) { f.top(1) = f.top(0) ^ f.top(1); --f.sp; }
void op_not(Frame& f) { f.top(0) = ~f.top(0); }
void op_byte(Frame& f) { f.top(1) = byte_at(f.top(0), f.top(1)); --f.sp; }
unsigned shift_amount(const U256& s) { return s.fits_u64() && s.w[0] < 256 ? static_cast<unsigned>(s.w[0]) : 256; }
void op_shl(Frame& f) { f.top(1) = shl(f.top(1), shift_amount(f.top(0))); --f.sp; }
void op_shr(Frame& f) { f.top(1) = shr(f.top(1), shift_amount(f.top(0))); --f.sp; }
void op_sar(Frame& f) { f.top(1) = sar(f.top(1), shift_amount(f.top(0))); --f.sp; }

// KECCAK256: 6 gas per word hashed.
void op_keccak256(Frame& f) {
  U256 offset = f.pop();
  U256& size = f.top();
  if (!f.charge(word_cost(6, size) + f.memory_expansion_cost(offset, size))) return;
  f.grow_memory(offset, size);
  std::span<const uint8_t> data;
  if (!size.is_zero()) data = std::span<const uint8_t>(f.memory.data() + offset.w[0], size.w[0]);
  if (f.tracer && !data.empty()) f.tracer->on_memory_read(offset.w[0], data);
  size = hash_to_word(keccak256(data));
}

// ---- environment ----
void op_address(Frame& f) { f.push(address_to_word(f.msg.recipient)); }
void op_balance(Frame& f) {
  Address a = to_address(f.top());
  if (!f.charge(access_cost(f, a))) return;
  U256 b = f.evm.state().balance(a);
  read_account(f, a, AccountField::Balance, b);
  f.top() = b;
}
void op_origin(Frame& f) { f.push(address_to_word(f.evm.tx().origin)); }
void op_caller(Frame& f) { f.push(address_to_word(f.msg.sender)); }
void op_callvalue(Frame& f) { f.push(f.msg.value); }
void op_calldataload(Frame& f) {
  uint8_t word[32];
  copy_padded(word, f.msg.input, f.top(), 32);
  f.top() = U256::load_be32(word);
}
void op_calldatasize(Frame& f) { f.push(U256(f.msg.input.size())); }

// The three-operand copies into memory: 3 gas per word plus expansion.
bool copy_to_memory(Frame& f, const U256& mem_offset, std::span<const uint8_t> src, const U256& src_offset,
                    const U256& size, int64_t extra_cost = 0) {
  if (!f.charge(extra_cost + word_cost(3, size) + f.memory_expansion_cost(mem_offset, size))) return false;
  f.grow_memory(mem_offset, size);
  if (size.is_zero()) return true;
  copy_padded(f.memory.data() + mem_offset.w[0], src, src_offset, size.w[0]);
  if (f.tracer) f.tracer->on_memory_write(mem_offset.w[0], std::span<const uint8_t>(f.memory.data() + mem_offset.w[0], size.w[0]));
  return true;
}
void op_calldatacopy(Frame& f) {
  U256 mem = f.pop(), src = f.pop(), size = f.pop();
  copy_to_memory(f, mem, f.msg.input, src, size);
}
void op_codesize(Frame& f) { f.push(U256(f.code.size())); }
void op_codecopy(Frame& f) {
  U256 mem = f.pop(), src = f.pop(), size = f.pop();
  copy_to_memory(f, mem, f.code, src, size);
}
void op_gasprice(Frame& f) { f.push(f.evm.tx().gas_price); }
void op_extcodesize(Frame& f) {
  Address a = to_address(f.top());
  if (!f.charge(access_cost(f, a))) return;
  f.top() = U256(f.evm.state().code(a).size());
}
void op_extcodecopy(Frame& f) {
  Address a = to_address(f.pop());
  U256 mem = f.pop(), src = f.pop(), size = f.pop();
  copy_to_memory(f, mem, f.evm.state().code(a), src, size, access_cost(f, a));
}
void op_returndatasize(Frame& f) { f.push(U256(f.return_data.size())); }
void op_returndatacopy(Frame& f) {
  U256 mem = f.pop(), src = f.pop(), size = f.pop();
  // EIP-211: reading past the end of the return data is an exceptional halt.
  bool carry;
  U256 end = add_with_carry(src, size, carry);
  if (carry || end > U256(f.return_data.size())) {
    f.status = Status::ReturnDataOutOfBounds;
    return;
  }
  copy_to_memory(f, mem, f.return_data, src, size);
}
void op_extcodehash(Frame& f) {
  Address a = to_address(f.top());
  if (!f.charge(access_cost(f, a))) return;
  // EIP-1052: zero for a dead account.
  f.top() = f.evm.state().is_dead(a) ? U256() : hash_to_word(f.evm.state().code_hash(a));
}

// ---- block ----
// BLOCKHASH of the 256 previous blocks; state tests define hash(n) = keccak256(decimal n).
void op_blockhash(Frame& f) {
  U256& n = f.top();
  uint64_t current = f.evm.block().number;
  if (n.fits_u64() && n.w[0] < current && current - n.w[0] <= 256) {
    n = hash_to_word(keccak256(std::to_string(n.w[0])));
  } else {
    n = U256();
  }
}
void op_coinbase(Frame& f) { f.push(address_to_word(f.evm.block().coinbase)); }
void op_timestamp(Frame& f) { f.push(U256(f.evm.block().timestamp)); }
void op_number(Frame& f) { f.push(U256(f.evm.block().number)); }
void op_prevrandao(Frame& f) { f.push(f.evm.block().prevrandao); }
void op_gaslimit(Frame& f) { f.push(U256(f.evm.block().gas_limit)); }
void op_chainid(Frame& f) { f.push(f.evm.block().chain_id); }
// The balance is traced as an Account read (the EVM circuit's SELFBALANCE reads it from the RW table).
void op_selfbalance(Frame& f) {
  const U256 balance = f.evm.state().balance(f.msg.recipient);
  read_account(f, f.msg.recipient, AccountField::Balance, balance);
  f.push(balance);
}
void op_basefee(Frame& f) { f.push(f.evm.block().base_fee); }
// BLOBHASH (EIP-4844): the i-th versioned hash of the transaction, else zero.
void op_blobhash(Frame& f) {
  U256& i = f.top();
  const auto& hashes = f.evm.tx().blob_hashes;
  i = i.fits_u64() && i.w[0] < hashes.size() ? hashes[i.w[0]] : U256();
}
void op_blobbasefee(Frame& f) { f.push(f.evm.block().blob_base_fee); }

// ---- stack, memory, storage, flow ----
void op_pop(Frame& f) { --f.sp; }
void op_mload(Frame& f) {
  U256& offset = f.top();
  if (!f.expand_memory(offset, U256(32))) return;
  const uint8_t* p = f.memory.data() + offset.w[0];
  if (f.tracer) f.tracer->on_memory_read(offset.w[0], std::span<const uint8_t>(p, 32));
  offset = U256::load_be32(p);
}
void op_mstore(Frame& f) {
  U256 offset = f.pop(), value = f.pop();
  if (!f.expand_memory(offset, U256(32))) return;
  value.store_be(f.memory.data() + offset.w[0]);
  if (f.tracer) f.tracer->on_memory_write(offset.w[0], std::span<const uint8_t>(f.memory.data() + offset.w[0], 32));
}
void op_mstore8(Frame& f) {
  U256 offset = f.pop(), value = f.pop();
  if (!f.expand_memory(offset, U256(1))) return;
  f.memory[offset.w[0]] = static_cast<uint8_t>(value.w[0]);
  if (f.tracer) f.tracer->on_memory_write(offset.w[0], std::span<const uint8_t>(f.memory.data() + offset.w[0], 1));
}
void op_sload(Frame& f) {
  U256& key = f.top();
  const Address& a = f.msg.recipient;
  if (!f.charge(f.evm.state().access_slot(a, key) ? 100 : 2100)) return;
  U256 value = f.evm.state().storage(a, key);
  if (f.tracer) f.tracer->on_storage_read(a, key, value);
  key = value;
}
// SSTORE: EIP-2200 net metering with EIP-2929 cold slots and EIP-3529 refunds.
void op_sstore(Frame& f) {
  if (f.msg.is_static) {
    f.status = Status::StaticViolation;
    return;
  }
  if (f.gas <= 2300) {  // EIP-2200 sentry: a stipend cannot write storage
    f.status = Status::OutOfGas;
    return;
  }
  U256 key = f.pop(), value = f.pop();
  WorldState& s = f.evm.state();
  const Address& a = f.msg.recipient;
  int64_t cost = s.access_slot(a, key) ? 0 : 2100;
  U256 current = s.storage(a, key);
  U256 original = s.original_storage(a, key);
  if (f.tracer) f.tracer->on_storage_read(a, key, current);
  int64_t refund = 0;
  if (current == value) {
    cost += 100;
  } else if (original == current) {
    cost += original.is_zero() ? 20000 : 2900;
    if (!original.is_zero() && value.is_zero()) refund += 4800;
  } else {
    cost += 100;
    if (!original.is_zero()) {
      if (current.is_zero()) refund -= 4800;
      if (value.is_zero()) refund += 4800;
    }
    if (original == value) refund += original.is_zero() ? 20000 - 100 : 5000 - 2100 - 100;
  }
  if (!f.charge(cost)) return;
  if (current != value) s.set_storage(a, key, value);
  s.add_refund(refund);
}
void op_jump(Frame& f) {
  U256 dest = f.pop();
  if (!dest.fits_u64() || dest.w[0] >= f.code.size() || !f.jumpdests[dest.w[0]]) {
    f.status = Status::BadJump;
    return;
  }
  f.pc = static_cast<uint32_t>(dest.w[0]);
}
void op_jumpi(Frame& f) {
  U256 dest = f.pop(), cond = f.pop();
  if (cond.is_zero()) return;
  if (!dest.fits_u64() || dest.w[0] >= f.code.size() || !f.jumpdests[dest.w[0]]) {
    f.status = Status::BadJump;
    return;
  }
  f.pc = static_cast<uint32_t>(dest.w[0]);
}
void op_pc(Frame& f) { f.push(U256(f.pc - 1)); }
void op_msize(Frame& f) { f.push(U256(f.memory.size())); }
void op_gas(Frame& f) { f.push(U256(static_cast<uint64_t>(f.gas))); }
void op_jumpdest(Frame&) {}
void op_tload(Frame& f) {
  U256& key = f.top();
  U256 value = f.evm.state().transient(f.msg.recipient, key);
  if (f.tracer) f.tracer->on_transient_read(f.msg.recipient, key, value);
  key = value;
}
void op_tstore(Frame& f) {
  if (f.msg.is_static) {
    f.status = Status::StaticViolation;
    return;
  }
  U256 key = f.pop(), value = f.pop();
  f.evm.state().set_transient(f.msg.recipient, key, value);
}
// MCOPY (EIP-5656): expansion covers both ranges; overlapping copies act like memmove.
void op_mcopy(Frame& f) {
  U256 dst = f.pop(), src = f.pop(), size = f.pop();
  U256 hi = std::max(dst, src);
  if (!f.charge(word_cost(3, size) + f.memory_expansion_cost(hi, size))) return;
  if (size.is_zero()) return;
  f.grow_memory(hi, size);
  if (f.tracer) f.tracer->on_memory_read(src.w[0], std::span<const uint8_t>(f.memory.data() + src.w[0], size.w[0]));
  std::memmove(f.memory.data() + dst.w[0], f.memory.data() + src.w[0], size.w[0]);
  if (f.tracer) f.tracer->on_memory_write(dst.w[0], std::span<const uint8_t>(f.memory.data() + dst.w[0], size.w[0]));
}
void op_push0(Frame& f) { f.push(U256()); }
template <int N>
void op_push(Frame& f) {
  uint8_t buf[32] = {};
  std::size_t start = f.pc;  // already past the opcode byte
  std::size_t avail = start < f.code.size() ? std::min<std::size_t>(N, f.code.size() - start) : 0;
  // Push data past the end of the code reads as zeros.
  std::copy_n(f.code.data() + start, avail, buf + 32 - N);
  f.push(U256::load_be32(buf));
  f.pc += N;
}
template <int N>
void op_dup(Frame& f) { f.push(f.top(N - 1)); }
template <int N>
void op_swap(Frame& f) { std::swap(f.top(0), f.top(N)); }
template <int N>
void op_log(Frame& f) {
  if (f.msg.is_static) {
    f.status = Status::StaticViolation;
    return;
  }
  U256 offset = f.pop(), size = f.pop();
  Log log;
  log.address = f.msg.recipient;
  for (int i = 0; i < N; ++i) log.topics.push_back(f.pop());
  int64_t data_cost = size.fits_u64() && size.w[0] < (1ULL << 40) ? 8 * static_cast<int64_t>(size.w[0]) : kHugeCost;
  if (!f.charge(375 * N + data_cost + f.memory_expansion_cost(offset, size))) return;
  f.grow_memory(offset, size);
  if (!size.is_zero()) log.data.assign(f.memory.begin() + offset.w[0], f.memory.begin() + offset.w[0] + size.w[0]);
  if (f.tracer && !log.data.empty()) f.tracer->on_memory_read(offset.w[0], log.data);
  f.evm.state().add_log(std::move(log));
}
// RETURN / REVERT: the output is the memory range; REVERT keeps the remaining gas.
void halt_with_output(Frame& f, Status status) {
  U256 offset = f.pop(), size = f.pop();
  if (!f.expand_memory(offset, size)) return;
  if (!size.is_zero()) {
    f.output.assign(f.memory.begin() + offset.w[0], f.memory.begin() + offset.w[0] + size.w[0]);
    if (f.tracer) f.tracer->on_memory_read(offset.w[0], f.output);
  }
  f.status = status;
}
void op_return(Frame& f) { halt_with_output(f, Status::Success); }
void op_revert(Frame& f) { halt_with_output(f, Status::Revert); }
void op_invalid(Frame& f) { f.status = Status::InvalidOpcode; }

template <std::size_t... I>
void fill_push_dup_swap(std::array<Instruction, 256>& t, std::index_sequence<I...>) {
  ((t[0x60 + I] = &op_push<I + 1>), ...);
  ((t[0x80 + (I % 16)] = &op_dup<(I % 16) + 1>), ...);
  ((t[0x90 + (I % 16)] = &op_swap<(I % 16) + 1>), ...);
}

std::array<Instruction, 256> make_instructions() {
  std::array<Instruction, 256> t;
  t.fill(&op_invalid);
  t[op::STOP] = op_stop; t[op::ADD] = op_add; t[op::MUL] = op_mul; t[op::SUB] = op_sub; t[op::DIV] = op_div;
  t[op::SDIV] = op_sdiv; t[op::MOD] = op_mod; t[op::SMOD] = op_smod; t[op::ADDMOD] = op_addmod;
  t[op::MULMOD] = op_mulmod; t[op::EXP] = op_exp; t[op::SIGNEXTEND] = op_signextend;
  t[op::LT] = op_lt; t[op::GT] = op_gt; t[op::SLT] = op_slt; t[op::SGT] = op_sgt; t[op::EQ] = op_eq;
  t[op::ISZERO] = op_iszero; t[op::AND] = op_and; t[op::OR] = op_or; t[op::XOR] = op_xor; t[op::NOT] = op_not;
  t[op::BYTE] = op_byte; t[op::SHL] = op_shl; t[op::SHR] = op_shr; t[op::SAR] = op_sar;
  t[op::KECCAK256] = op_keccak256;
  t[op::ADDRESS] = op_address; t[op::BALANCE] = op_balance; t[op::ORIGIN] = op_origin; t[op::CALLER] = op_caller;
  t[op::CALLVALUE] = op_callvalue; t[op::CALLDATALOAD] = op_calldataload; t[op::CALLDATASIZE] = op_calldatasize;
  t[op::CALLDATACOPY] = op_calldatacopy; t[op::CODESIZE] = op_codesize; t[op::CODECOPY] = op_codecopy;
  t[op::GASPRICE] = op_gasprice; t[op::EXTCODESIZE] = op_extcodesize; t[op::EXTCODECOPY] = op_extcodecopy;
  t[op::RETURNDATASIZE] = op_returndatasize; t[op::RETURNDATACOPY] = op_returndatacopy;
  t[op::EXTCODEHASH] = op_extcodehash;
  t[op::BLOCKHASH] = op_blockhash; t[op::COINBASE] = op_coinbase; t[op::TIMESTAMP] = op_timestamp;
  t[op::NUMBER] = op_number; t[op::PREVRANDAO] = op_prevrandao; t[op::GASLIMIT] = op_gaslimit;
  t[op::CHAINID] = op_chainid; t[op::SELFBALANCE] = op_selfbalance; t[op::BASEFEE] = op_basefee;
  t[op::BLOBHASH] = op_blobhash; t[op::BLOBBASEFEE] = op_blobbasefee;
  t[op::POP] = op_pop; t[op::MLOAD] = op_mload; t[op::MSTORE] = op_mstore; t[op::MSTORE8] = op_mstore8;
  t[op::SLOAD] = op_sload; t[op::SSTORE] = op_sstore; t[op::JUMP] = op_jump; t[op::JUMPI] = op_jumpi;
  t[op::PC] = op_pc; t[op::MSIZE] = op_msize; t[op::GAS] = op_gas; t[op::JUMPDEST] = op_jumpdest;
  t[op::TLOAD] = op_tload; t[op::TSTORE] = op_tstore; t[op::MCOPY] = op_mcopy; t[op::PUSH0] = op_push0;
  fill_push_dup_swap(t, std::make_index_sequence<32>{});
  t[0xa0] = op_log<0>; t[0xa1] = op_log<1>; t[0xa2] = op_log<2>; t[0xa3] = op_log<3>; t[0xa4] = op_log<4>;
  t[op::CREATE] = op_create; t[op::CALL] = op_call; t[op::CALLCODE] = op_callcode; t[op::RETURN] = op_return;
  t[op::DELEGATECALL] = op_delegatecall; t[op::CREATE2] = op_create2; t[op::STATICCALL] = op_staticcall;
  t[op::REVERT] = op_revert; t[op::INVALID] = op_invalid; t[op::SELFDESTRUCT] = op_selfdestruct;
  return t;
}

}  // namespace

const std::array<Instruction, 256>& instruction_table() {
  static const std::array<Instruction, 256> table = make_instructions();
  return table;
}

}  // namespace zkevm::evm
