#include "circuits/evm/execution_state.hpp"

#include <array>
#include <map>

namespace zkevm::circuits::evm_circuit {

const char* execution_state_name(ExecutionState s) {
  switch (s) {
    case ExecutionState::BeginTxOp: return "BeginTxOp";
    case ExecutionState::BeginCall: return "BeginCall";
    case ExecutionState::EndTx: return "EndTx";
    case ExecutionState::EndTxNewCoinbase: return "EndTxNewCoinbase";
    case ExecutionState::EndBlock: return "EndBlock";
    // halting and errors
    case ExecutionState::RevertWrite: return "RevertWrite";
    case ExecutionState::Return: return "RETURN";
    case ExecutionState::Revert: return "REVERT";
    case ExecutionState::Invalid: return "INVALID";
    case ExecutionState::Stop: return "STOP";
    case ExecutionState::Push0: return "PUSH0";
    case ExecutionState::Push: return "PUSH";
    case ExecutionState::Pop: return "POP";
    case ExecutionState::AddSub: return "ADD_SUB";
    case ExecutionState::Mul: return "MUL";
    case ExecutionState::IsZero: return "ISZERO";
    case ExecutionState::Comparison: return "CMP";
    case ExecutionState::JumpDest: return "JUMPDEST";
    case ExecutionState::Pc: return "PC";
    case ExecutionState::Gas: return "GAS";
    case ExecutionState::Jump: return "JUMP";
    case ExecutionState::Jumpi: return "JUMPI";
    case ExecutionState::Msize: return "MSIZE";
    case ExecutionState::Mload: return "MLOAD";
    case ExecutionState::Mstore: return "MSTORE";
    case ExecutionState::Mstore8: return "MSTORE8";
    case ExecutionState::Sload: return "SLOAD";
    case ExecutionState::SstoreNoop: return "SSTORE_NOOP";
    case ExecutionState::SstoreWrite: return "SSTORE_WRITE";
    case ExecutionState::SstoreWriteRefund: return "SSTORE_WRITE_REFUND";
    // word operations
    case ExecutionState::Bitwise: return "BITWISE";
    case ExecutionState::Not: return "NOT";
    case ExecutionState::Byte: return "BYTE";
    case ExecutionState::SignedComparison: return "SCMP";
    case ExecutionState::CodeSize: return "CODESIZE";
    case ExecutionState::SelfBalance: return "SELFBALANCE";
    case ExecutionState::Address: return "ADDRESS";
    case ExecutionState::Origin: return "ORIGIN";
    case ExecutionState::Caller: return "CALLER";
    case ExecutionState::CallValue: return "CALLVALUE";
    case ExecutionState::CallDataSize: return "CALLDATASIZE";
    case ExecutionState::Count: break;
    default: break;
  }
  const auto i = static_cast<int>(s);
  static const std::array<std::string, 32> numbered = [] {
    std::array<std::string, 32> names;
    for (int n = 1; n <= 16; ++n) {
      names[n - 1] = "DUP" + std::to_string(n);
      names[15 + n] = "SWAP" + std::to_string(n);
    }
    return names;
  }();
  if (i >= static_cast<int>(ExecutionState::Dup1) && i <= static_cast<int>(ExecutionState::Swap16))
    return numbered[i - static_cast<int>(ExecutionState::Dup1)].c_str();
  return "?";
}

bool is_pseudo_state(ExecutionState s) {
  using S = ExecutionState;
  return s == S::BeginTxOp || s == S::BeginCall || s == S::EndTx || s == S::EndTxNewCoinbase || s == S::EndBlock ||
         s == S::RevertWrite;
}

std::optional<ExecutionState> execution_state_of(const std::string& s) {
  static const std::map<std::string, ExecutionState> named = {
      {"STOP", ExecutionState::Stop},         {"PUSH0", ExecutionState::Push0},
      {"POP", ExecutionState::Pop},           {"ADD", ExecutionState::AddSub},
      {"SUB", ExecutionState::AddSub},        {"MUL", ExecutionState::Mul},
      {"ISZERO", ExecutionState::IsZero},     {"LT", ExecutionState::Comparison},
      {"GT", ExecutionState::Comparison},     {"EQ", ExecutionState::Comparison},
      {"JUMPDEST", ExecutionState::JumpDest}, {"PC", ExecutionState::Pc},
      {"GAS", ExecutionState::Gas},           {"JUMP", ExecutionState::Jump},
      {"JUMPI", ExecutionState::Jumpi},       {"MSIZE", ExecutionState::Msize},
      {"MLOAD", ExecutionState::Mload},       {"MSTORE", ExecutionState::Mstore},
      {"MSTORE8", ExecutionState::Mstore8},    {"SLOAD", ExecutionState::Sload},
      {"SSTORE", ExecutionState::SstoreWrite},
      // word operations
      {"AND", ExecutionState::Bitwise},        {"OR", ExecutionState::Bitwise},
      {"XOR", ExecutionState::Bitwise},        {"NOT", ExecutionState::Not},
      {"BYTE", ExecutionState::Byte},          {"SLT", ExecutionState::SignedComparison},
      {"SGT", ExecutionState::SignedComparison}, {"CODESIZE", ExecutionState::CodeSize},
      {"SELFBALANCE", ExecutionState::SelfBalance},
      {"ADDRESS", ExecutionState::Address},   {"ORIGIN", ExecutionState::Origin},
      {"CALLER", ExecutionState::Caller},     {"CALLVALUE", ExecutionState::CallValue},
      {"CALLDATASIZE", ExecutionState::CallDataSize},  // the witness picks the shape by the operation count
      // halting and errors ("error: <reason>" as the interpreter names the status)
      {"RETURN", ExecutionState::Return},     {"REVERT", ExecutionState::Revert},
      {"error: invalid opcode", ExecutionState::Invalid},  // 0xfe; the witness checks the opcode
  };
  if (auto it = named.find(s); it != named.end()) return it->second;
  auto numbered = [&](const char* prefix, int lo, int hi) {
    const std::string p(prefix);
    if (s.rfind(p, 0) != 0 || s.size() == p.size()) return false;
    for (size_t i = p.size(); i < s.size(); ++i)
      if (s[i] < '0' || s[i] > '9') return false;
    const int n = std::stoi(s.substr(p.size()));
    return n >= lo && n <= hi;
  };
  if (numbered("PUSH", 1, 32)) return ExecutionState::Push;
  if (numbered("DUP", 1, 16))
    return static_cast<ExecutionState>(static_cast<int>(ExecutionState::Dup1) + std::stoi(s.substr(3)) - 1);
  if (numbered("SWAP", 1, 16))
    return static_cast<ExecutionState>(static_cast<int>(ExecutionState::Swap1) + std::stoi(s.substr(4)) - 1);
  return std::nullopt;
}

}  // namespace zkevm::circuits::evm_circuit
