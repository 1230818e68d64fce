#pragma once
// The EVM interpreter: call frames, message calls and contract creation for
// Shanghai and Cancun. Opcode semantics live in instructions.cpp (one short
// function per opcode), their static properties in opcodes.cpp, and calls and
// creates in calls.cpp.
#include <memory>
#include <string>
#include <vector>

#include "cpp/evm/state.hpp"
#include "cpp/evm/tracer.hpp"

namespace zkevm::evm {

struct BlockEnv {
  Address coinbase{};
  uint64_t number = 0;
  uint64_t timestamp = 0;
  uint64_t gas_limit = 0;
  U256 prevrandao;
  U256 base_fee;
  U256 blob_base_fee = U256(1);
  U256 excess_blob_gas;
  U256 chain_id = U256(1);
};

struct TxContext {
  Address origin{};
  U256 gas_price;
  std::vector<U256> blob_hashes;
};

// Outcome of a frame. Everything after Revert is an exceptional halt that
// consumes all the frame's gas.
enum class Status : uint8_t {
  Running,  // internal: the frame has not halted yet
  Success,
  Revert,
  OutOfGas,
  StackUnderflow,
  StackOverflow,
  InvalidOpcode,
  BadJump,
  StaticViolation,
  ReturnDataOutOfBounds,
  InitcodeTooLarge,
  CodeSizeExceeded,
  InvalidCodePrefix,
  CreateCollision,
  PrecompileFailure,
};

const char* status_name(Status s);

enum class CallKind : uint8_t { Call, CallCode, DelegateCall, StaticCall, Create, Create2 };

struct Message {
  CallKind kind = CallKind::Call;
  bool is_static = false;
  int depth = 0;  // 0 for the transaction's frame
  int64_t gas = 0;
  Address recipient{};     // storage context (the new address for creates)
  Address sender{};        // CALLER
  Address code_address{};  // whose code runs (calls)
  U256 value;              // CALLVALUE (DELEGATECALL: the parent's)
  bool transfers_value = true;  // false for DELEGATECALL
  std::span<const uint8_t> input;  // calldata, or initcode for creates
  U256 salt;
};

struct CallResult {
  Status status = Status::Success;
  int64_t gas_left = 0;
  Bytes output;
  Address created{};
};

class Evm {
 public:
  Evm(WorldState& state, const BlockEnv& block, const TxContext& tx, Fork fork, Tracer* tracer)
      : state_(state), block_(block), tx_(tx), fork_(fork), tracer_(tracer) {}

  // Runs a message call (value transfer, precompile or code) and returns its
  // outcome; state changes are reverted unless it succeeded.
  CallResult call(const Message& msg);
  // Runs a creation at msg.recipient (already derived by the caller).
  CallResult create(const Message& msg);

  WorldState& state() { return state_; }
  const BlockEnv& block() const { return block_; }
  const TxContext& tx() const { return tx_; }
  Fork fork() const { return fork_; }
  Tracer* tracer() const { return tracer_; }
  // Set when a precompile this build cannot run was called; the transaction's
  // result is then not trustworthy and is reported as unsupported.
  const std::string& unsupported_reason() const { return unsupported_; }
  uint64_t next_call_id() { return ++call_counter_; }

 private:
  CallResult execute(const Message& msg, std::span<const uint8_t> code);
  CallResult run_precompile_call(const Message& msg, unsigned index);

  WorldState& state_;
  const BlockEnv& block_;
  const TxContext& tx_;
  Fork fork_;
  Tracer* tracer_;
  std::string unsupported_;
  uint64_t call_counter_ = 0;
};

// Address of a contract made by CREATE: keccak(rlp([sender, nonce]))[12:].
Address create_address(const Address& sender, uint64_t nonce);
// Address of a contract made by CREATE2: keccak(0xff ++ sender ++ salt ++ keccak(initcode))[12:].
Address create2_address(const Address& sender, const U256& salt, std::span<const uint8_t> initcode);
// Whether a is a precompile address (0x01..0x0a in Cancun, 0x01..0x09 before).
unsigned precompile_index(const Address& a, Fork fork);

inline constexpr int kMaxCallDepth = 1024;
inline constexpr std::size_t kMaxCodeSize = 24576;      // EIP-170
inline constexpr std::size_t kMaxInitcodeSize = 49152;  // EIP-3860

}  // namespace zkevm::evm
