// EVM throughput in gas per second on two contracts: a compute-heavy loop
// (arithmetic, stack and jumps) and a storage-heavy one (a fresh SSTORE per
// iteration). Each iteration runs one whole transaction on a fresh copy of
// the pre-state, as the state-test runner does.
#include <benchmark/benchmark.h>

#include "cpp/evm/executor.hpp"

namespace zkevm::evm {
namespace {

Address address_of(uint8_t last) {
  Address a{};
  a[0] = 0xbe;
  a[19] = last;
  return a;
}

// Loop `counter` times over `body`, which must leave the stack as it found it
// (the counter on top).
Bytes loop_contract(uint32_t counter, const Bytes& body) {
  Bytes code = {0x62, static_cast<uint8_t>(counter >> 16), static_cast<uint8_t>(counter >> 8),
                static_cast<uint8_t>(counter), 0x5b};
  code.insert(code.end(), body.begin(), body.end());
  // PUSH1 1 SWAP1 SUB DUP1 PUSH1 4 JUMPI POP STOP
  Bytes tail = {0x60, 0x01, 0x90, 0x03, 0x80, 0x60, 0x04, 0x57, 0x50, 0x00};
  code.insert(code.end(), tail.begin(), tail.end());
  return code;
}

void run_contract(benchmark::State& state, const Bytes& code) {
  WorldState pre;
  Account sender;
  sender.balance = shl(U256(1), 200);
  pre.put_account(address_of(1), sender);
  Account contract;
  contract.code_hash = keccak256(code);
  contract.code = std::make_shared<const Bytes>(code);
  pre.put_account(address_of(2), contract);
  BlockEnv block;
  block.gas_limit = 30'000'000;
  block.base_fee = U256(7);
  Transaction tx;
  tx.gas_price = U256(10);
  tx.gas_limit = U256(block.gas_limit);
  tx.to = address_of(2);
  tx.sender = address_of(1);
  uint64_t gas = 0;
  for (auto _ : state) {
    WorldState s = pre;
    TxOutcome out = apply_transaction(s, block, tx, Fork::Cancun);
    if (!out.valid || out.status != Status::Success) {
      state.SkipWithError("the benchmark transaction did not succeed");
      return;
    }
    gas += out.gas_used;
  }
  state.counters["gas/s"] = benchmark::Counter(static_cast<double>(gas), benchmark::Counter::kIsRate);
}

// DUP1 DUP1 MUL DUP2 ADD PUSH1 7 XOR POP: 51 gas per iteration with the loop.
void BM_evm_compute_loop(benchmark::State& state) {
  run_contract(state, loop_contract(static_cast<uint32_t>(state.range(0)),
                                    {0x80, 0x80, 0x02, 0x81, 0x01, 0x60, 0x07, 0x18, 0x50}));
}
BENCHMARK(BM_evm_compute_loop)->Arg(100'000)->Arg(500'000)->Unit(benchmark::kMillisecond);

// DUP1 DUP1 SSTORE: a new non-zero slot per iteration (22100 gas each).
void BM_evm_storage_loop(benchmark::State& state) {
  run_contract(state, loop_contract(static_cast<uint32_t>(state.range(0)), {0x80, 0x80, 0x55}));
}
BENCHMARK(BM_evm_storage_loop)->Arg(100)->Arg(1'300)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace zkevm::evm
