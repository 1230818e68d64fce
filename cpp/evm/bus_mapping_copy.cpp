// The bus-mapping tracer's copy events, Keccak inputs of CREATE/CREATE2 and
// the code it saw run. Copies are recognised by the step's opcode when its
// memory reads and writes arrive (bus_mapping.cpp forwards them here).
#include "cpp/evm/bus_mapping.hpp"
#include "cpp/evm/interpreter.hpp"
#include "cpp/evm/opcodes.hpp"
#include "cpp/evm/rlp.hpp"

namespace zkevm::evm {

const char* copy_data_type_name(CopyDataType t) {
  switch (t) {
    case CopyDataType::Bytecode: return "Bytecode";
    case CopyDataType::Memory: return "Memory";
    case CopyDataType::Calldata: return "Calldata";
    case CopyDataType::TxCalldata: return "TxCalldata";
    case CopyDataType::Returndata: return "Returndata";
    case CopyDataType::TxLog: return "TxLog";
    case CopyDataType::Keccak: return "Keccak";
  }
  return "?";
}

namespace {
// A source offset from the stack; one past any real buffer if it is wider than 64 bits.
uint64_t offset_of(const U256& v) { return v.fits_u64() ? v.w[0] : UINT64_MAX; }
bool is_call(uint8_t opcode) {
  return opcode == op::CALL || opcode == op::CALLCODE || opcode == op::DELEGATECALL || opcode == op::STATICCALL;
}
}  // namespace

void BusMappingTracer::add_copy(CopyDataType src, const U256& src_id, uint64_t src_offset, CopyDataType dst,
                                const U256& dst_id, uint64_t dst_offset, std::span<const uint8_t> bytes,
                                uint64_t rw_start) {
  CopyEvent e{src, src_id, src_offset, dst, dst_id, dst_offset, Bytes(bytes.begin(), bytes.end()),
              rw_start, ops_.size() + 1, steps_.empty() ? 0 : steps_.size() - 1};
  copies_.push_back(std::move(e));
}

void BusMappingTracer::copy_on_read(uint64_t offset, std::span<const uint8_t> bytes, uint64_t rw_start) {
  if (frames_.empty()) return;
  Frame& f = frames_.back();
  U256 call(f.call_id);
  if (f.read_start == 0) f.read_start = rw_start;
  f.step_read.insert(f.step_read.end(), bytes.begin(), bytes.end());
  if (f.opcode == op::KECCAK256) {
    add_copy(CopyDataType::Memory, call, offset, CopyDataType::Keccak, U256(), 0, bytes, rw_start);
  } else if (f.opcode >= op::LOG0 && f.opcode <= op::LOG4) {
    add_copy(CopyDataType::Memory, call, offset, CopyDataType::TxLog, U256(tx_id_), log_count_, bytes, rw_start);
  } else if (f.opcode == op::RETURN && f.is_create) {
    add_copy(CopyDataType::Memory, call, offset, CopyDataType::Bytecode, hash_to_word(keccak256(bytes)), 0, bytes,
             rw_start);
  } else if (f.opcode == op::RETURN || f.opcode == op::REVERT) {
    add_copy(CopyDataType::Memory, call, offset, CopyDataType::Returndata, call, 0, bytes, rw_start);
  }
  // MCOPY's read is completed by its write.
}

void BusMappingTracer::copy_on_write(uint64_t offset, std::span<const uint8_t> bytes, uint64_t rw_start) {
  if (frames_.empty()) return;
  Frame& f = frames_.back();
  U256 call(f.call_id);
  switch (f.opcode) {
    case op::CALLDATACOPY:
      // The top-level frame's calldata is the transaction's.
      if (f.depth == 1)
        add_copy(CopyDataType::TxCalldata, U256(tx_id_), offset_of(f.args[1]), CopyDataType::Memory, call, offset,
                 bytes, rw_start);
      else
        add_copy(CopyDataType::Calldata, call, offset_of(f.args[1]), CopyDataType::Memory, call, offset, bytes,
                 rw_start);
      break;
    case op::CODECOPY:
      add_copy(CopyDataType::Bytecode, f.code_hash, offset_of(f.args[1]), CopyDataType::Memory, call, offset, bytes,
               rw_start);
      break;
    case op::EXTCODECOPY:  // the source id is the account's address (its code hash is not read)
      add_copy(CopyDataType::Bytecode, f.args[0], offset_of(f.args[2]), CopyDataType::Memory, call, offset, bytes,
               rw_start);
      break;
    case op::RETURNDATACOPY:
      add_copy(CopyDataType::Returndata, U256(f.last_child), offset_of(f.args[1]), CopyDataType::Memory, call, offset,
               bytes, rw_start);
      break;
    case op::MCOPY:
      add_copy(CopyDataType::Memory, call, offset_of(f.args[1]), CopyDataType::Memory, call, offset, bytes,
               f.read_start ? f.read_start : rw_start);
      break;
    default:
      if (is_call(f.opcode))  // the child's output into the caller's memory
        add_copy(CopyDataType::Returndata, U256(f.last_child), 0, CopyDataType::Memory, call, offset, bytes, rw_start);
  }
}

void BusMappingTracer::record_call_enter(const CallView& call) {
  if (!call.code.empty()) code_.emplace(keccak256(call.code), Bytes(call.code.begin(), call.code.end()));
  const Frame* parent = frames_.empty() ? nullptr : &frames_.back();
  if (parent && !call.input.empty()) {
    // The caller's memory becomes the callee's calldata or init code.
    CopyDataType dst = call.is_create ? CopyDataType::Bytecode : CopyDataType::Calldata;
    U256 dst_id = call.is_create ? hash_to_word(keccak256(call.input)) : U256(call.call_id);
    uint64_t src_offset = offset_of(parent->args[parent->opcode == op::CALL || parent->opcode == op::CALLCODE ? 3
                                                 : is_call(parent->opcode)                                  ? 2
                                                                                                            : 1]);
    add_copy(CopyDataType::Memory, U256(parent->call_id), src_offset, dst, dst_id, 0, call.input, ops_.size() + 1);
  }
  if (!call.is_create) return;
  // The new contract's address: keccak(rlp([sender, nonce])) or
  // keccak(0xff ++ sender ++ salt ++ keccak(init code)).
  Bytes input;
  if (static_cast<CallKind>(call.kind) == CallKind::Create2 && parent) {
    input.push_back(0xff);
    input.insert(input.end(), call.caller.begin(), call.caller.end());
    auto salt = parent->args[3].to_be_bytes();
    input.insert(input.end(), salt.begin(), salt.end());
    Hash256 h = keccak256(call.input);
    keccaks_.push_back(KeccakInput{"bytecode", Bytes(call.input.begin(), call.input.end()), h});
    input.insert(input.end(), h.begin(), h.end());
    keccaks_.push_back(KeccakInput{"CREATE2", input, keccak256(input)});
  } else {
    auto it = nonce_before_.find(call.caller);
    U256 nonce = it == nonce_before_.end() ? U256() : it->second;
    Bytes payload;
    rlp::append_bytes(payload, call.caller);
    rlp::append_uint(payload, nonce);
    input = rlp::wrap_list(payload);
    keccaks_.push_back(KeccakInput{"CREATE", input, keccak256(input)});
  }
}

}  // namespace zkevm::evm
