#pragma once
// Helpers for the EVM circuit tests: traces of the state tests under
// tests/data, the first step of a state, and "did MockProver fail there".
#include <cstdlib>
#include <filesystem>
#include <string>

#include "circuits/evm/circuit.hpp"
#include "cpp/evm/executor.hpp"
#include "cpp/evm/state_test.hpp"
#include "cpp/util/hex.hpp"
#include "cpp/util/keccak.hpp"
#include "cpp/plonk/mock_prover.hpp"

namespace zkevm::circuits::evm_circuit::test {

inline std::filesystem::path test_data() {
  const char* dir = std::getenv("ZKEVM_TEST_DATA");
  return dir ? std::filesystem::path(dir) : std::filesystem::path("tests/data");
}

// The trace of case `index` of a GeneralStateTests fixture (path below GeneralStateTests/).
inline EvmTrace trace_of(const std::string& fixture, size_t index = 0) {
  const auto path = test_data() / "ethtests" / "GeneralStateTests" / fixture;
  return trace_state_test_case(evm::load_state_test(path.string()).at(index));
}

// The trace of one transaction calling `code` (hex) with a fresh sender and a
// coinbase that does not exist yet: for programs that exercise states no
// small state test reaches alone.
inline EvmTrace run_code(const std::string& code_hex, uint64_t gas = 200000) {
  const Bytes code = from_hex(code_hex);
  evm::WorldState state;
  evm::Address sender{}, to{};
  sender[19] = 0x11;
  to[19] = 0x22;
  state.set_balance(sender, evm::U256(1000000000000ULL));
  state.set_code(to, code);
  evm::BlockEnv block;
  block.coinbase[19] = 0x33;
  block.gas_limit = 10000000;
  block.base_fee = evm::U256(7);
  evm::Transaction tx;
  tx.gas_price = evm::U256(10);
  tx.gas_limit = evm::U256(gas);
  tx.to = to;
  tx.sender = sender;
  evm::BusMappingTracer tracer;
  const evm::TxOutcome out = evm::apply_transaction(state, block, tx, evm::Fork::Cancun, &tracer);
  if (!out.valid) throw InputError("run_code: the transaction is invalid");
  EvmTrace t{tracer.steps(), tracer.rw_ops(), {}};
  t.input.bytecodes.push_back(evm::Bytecode{keccak256(code), code, evm::code_flags(code)});
  return t;
}

// The failures of the MockProver on circuit at its minimum k.
inline std::vector<plonk::Failure> mock(EvmCircuit& circuit) {
  return plonk::MockProver::run(circuit, circuit.minimum_k()).verify();
}

// True when some failure's constraint, gate or lookup name contains `what`.
inline bool fails_at(const std::vector<plonk::Failure>& failures, const std::string& what) {
  for (const auto& f : failures)
    if (f.constraint.find(what) != std::string::npos || f.argument.find(what) != std::string::npos ||
        f.gate.find(what) != std::string::npos)
      return true;
  return false;
}

// The index of the n-th step (0-based) in state s; -1 when there is none.
inline int find_step(const EvmWitness& w, ExecutionState s, int n = 0) {
  for (size_t i = 0; i < w.steps.size(); ++i)
    if (w.steps[i].state == s && n-- == 0) return static_cast<int>(i);
  return -1;
}

}  // namespace zkevm::circuits::evm_circuit::test
