#include "cpp/evm/opcodes.hpp"

#include <string>

namespace zkevm::evm {
namespace {

std::array<OpcodeInfo, 256> make_table() {
  std::array<OpcodeInfo, 256> t{};
  auto set = [&](uint8_t code, const char* name, int gas, int in, int out, Fork since = Fork::Shanghai) {
    t[code] = OpcodeInfo{name, static_cast<int16_t>(gas), static_cast<uint8_t>(in), static_cast<uint8_t>(out), since};
  };
  set(0x00, "STOP", 0, 0, 0);
  set(0x01, "ADD", 3, 2, 1);
  set(0x02, "MUL", 5, 2, 1);
  set(0x03, "SUB", 3, 2, 1);
  set(0x04, "DIV", 5, 2, 1);
  set(0x05, "SDIV", 5, 2, 1);
  set(0x06, "MOD", 5, 2, 1);
  set(0x07, "SMOD", 5, 2, 1);
  set(0x08, "ADDMOD", 8, 3, 1);
  set(0x09, "MULMOD", 8, 3, 1);
  set(0x0a, "EXP", 10, 2, 1);
  set(0x0b, "SIGNEXTEND", 5, 2, 1);
  set(0x10, "LT", 3, 2, 1);
  set(0x11, "GT", 3, 2, 1);
  set(0x12, "SLT", 3, 2, 1);
  set(0x13, "SGT", 3, 2, 1);
  set(0x14, "EQ", 3, 2, 1);
  set(0x15, "ISZERO", 3, 1, 1);
  set(0x16, "AND", 3, 2, 1);
  set(0x17, "OR", 3, 2, 1);
  set(0x18, "XOR", 3, 2, 1);
  set(0x19, "NOT", 3, 1, 1);
  set(0x1a, "BYTE", 3, 2, 1);
  set(0x1b, "SHL", 3, 2, 1);
  set(0x1c, "SHR", 3, 2, 1);
  set(0x1d, "SAR", 3, 2, 1);
  set(0x20, "KECCAK256", 30, 2, 1);
  set(0x30, "ADDRESS", 2, 0, 1);
  set(0x31, "BALANCE", 0, 1, 1);  // EIP-2929: warm 100 / cold 2600, charged dynamically
  set(0x32, "ORIGIN", 2, 0, 1);
  set(0x33, "CALLER", 2, 0, 1);
  set(0x34, "CALLVALUE", 2, 0, 1);
  set(0x35, "CALLDATALOAD", 3, 1, 1);
  set(0x36, "CALLDATASIZE", 2, 0, 1);
  set(0x37, "CALLDATACOPY", 3, 3, 0);
  set(0x38, "CODESIZE", 2, 0, 1);
  set(0x39, "CODECOPY", 3, 3, 0);
  set(0x3a, "GASPRICE", 2, 0, 1);
  set(0x3b, "EXTCODESIZE", 0, 1, 1);
  set(0x3c, "EXTCODECOPY", 0, 4, 0);
  set(0x3d, "RETURNDATASIZE", 2, 0, 1);
  set(0x3e, "RETURNDATACOPY", 3, 3, 0);
  set(0x3f, "EXTCODEHASH", 0, 1, 1);
  set(0x40, "BLOCKHASH", 20, 1, 1);
  set(0x41, "COINBASE", 2, 0, 1);
  set(0x42, "TIMESTAMP", 2, 0, 1);
  set(0x43, "NUMBER", 2, 0, 1);
  set(0x44, "PREVRANDAO", 2, 0, 1);
  set(0x45, "GASLIMIT", 2, 0, 1);
  set(0x46, "CHAINID", 2, 0, 1);
  set(0x47, "SELFBALANCE", 5, 0, 1);
  set(0x48, "BASEFEE", 2, 0, 1);
  set(0x49, "BLOBHASH", 3, 1, 1, Fork::Cancun);
  set(0x4a, "BLOBBASEFEE", 2, 0, 1, Fork::Cancun);
  set(0x50, "POP", 2, 1, 0);
  set(0x51, "MLOAD", 3, 1, 1);
  set(0x52, "MSTORE", 3, 2, 0);
  set(0x53, "MSTORE8", 3, 2, 0);
  set(0x54, "SLOAD", 0, 1, 1);
  set(0x55, "SSTORE", 0, 2, 0);
  set(0x56, "JUMP", 8, 1, 0);
  set(0x57, "JUMPI", 10, 2, 0);
  set(0x58, "PC", 2, 0, 1);
  set(0x59, "MSIZE", 2, 0, 1);
  set(0x5a, "GAS", 2, 0, 1);
  set(0x5b, "JUMPDEST", 1, 0, 0);
  set(0x5c, "TLOAD", 100, 1, 1, Fork::Cancun);
  set(0x5d, "TSTORE", 100, 2, 0, Fork::Cancun);
  set(0x5e, "MCOPY", 3, 3, 0, Fork::Cancun);
  set(0x5f, "PUSH0", 2, 0, 1);
  static const std::array<std::string, 32> push_names = [] {
    std::array<std::string, 32> n;
    for (int i = 0; i < 32; ++i) n[i] = "PUSH" + std::to_string(i + 1);
    return n;
  }();
  static const std::array<std::string, 16> dup_names = [] {
    std::array<std::string, 16> n;
    for (int i = 0; i < 16; ++i) n[i] = "DUP" + std::to_string(i + 1);
    return n;
  }();
  static const std::array<std::string, 16> swap_names = [] {
    std::array<std::string, 16> n;
    for (int i = 0; i < 16; ++i) n[i] = "SWAP" + std::to_string(i + 1);
    return n;
  }();
  static const std::array<std::string, 5> log_names = {"LOG0", "LOG1", "LOG2", "LOG3", "LOG4"};
  for (int i = 0; i < 32; ++i) set(static_cast<uint8_t>(0x60 + i), push_names[i].c_str(), 3, 0, 1);
  for (int i = 0; i < 16; ++i) set(static_cast<uint8_t>(0x80 + i), dup_names[i].c_str(), 3, i + 1, i + 2);
  for (int i = 0; i < 16; ++i) set(static_cast<uint8_t>(0x90 + i), swap_names[i].c_str(), 3, i + 2, i + 2);
  for (int i = 0; i < 5; ++i) set(static_cast<uint8_t>(0xa0 + i), log_names[i].c_str(), 375, i + 2, 0);
  set(0xf0, "CREATE", 32000, 3, 1);
  set(0xf1, "CALL", 0, 7, 1);
  set(0xf2, "CALLCODE", 0, 7, 1);
  set(0xf3, "RETURN", 0, 2, 0);
  set(0xf4, "DELEGATECALL", 0, 6, 1);
  set(0xf5, "CREATE2", 32000, 4, 1);
  set(0xfa, "STATICCALL", 0, 6, 1);
  set(0xfd, "REVERT", 0, 2, 0);
  set(0xfe, "INVALID", 0, 0, 0);
  set(0xff, "SELFDESTRUCT", 5000, 1, 0);
  return t;
}

}  // namespace

const std::array<OpcodeInfo, 256>& opcode_table() {
  static const std::array<OpcodeInfo, 256> table = make_table();
  return table;
}

}  // namespace zkevm::evm
