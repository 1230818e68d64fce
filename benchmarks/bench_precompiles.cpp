// Cost of one call of each precompile this build runs, on inputs of the sizes
// the gas schedule prices (bytes per word, rounds, modulus length).
#include <benchmark/benchmark.h>

#include <cstdint>
#include <vector>

#include "cpp/evm/precompiles/precompile.hpp"

namespace {

using zkevm::evm::run_precompile;

std::vector<uint8_t> from_hex(const char* hex) {
  std::vector<uint8_t> bytes;
  auto nibble = [](char c) { return static_cast<uint8_t>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10); };
  for (; hex[0] && hex[1]; hex += 2) bytes.push_back(static_cast<uint8_t>(nibble(hex[0]) << 4 | nibble(hex[1])));
  return bytes;
}

void run(benchmark::State& state, unsigned address, const std::vector<uint8_t>& input) {
  for (auto _ : state) benchmark::DoNotOptimize(run_precompile(address, input, UINT64_C(1) << 40));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * input.size()));
}

// go-ethereum's ValidKey vector.
void BM_ecrecover(benchmark::State& state) {
  run(state, 1,
      from_hex("18c547e4f7b0f325ad1e56f57e26c745b09a3e503d86e00e5255ff7f715d3d1c000000000000000000000000000000000000000000000000000000000000001c"
               "73b1693892219d736caba55bdb67216e485557ea6b6af75f37096c9aa6a5a75feeb940b1d03b21e36b0e47e79769f095fe2ab855bd91e3a38756b7d75a9c4549"));
}
BENCHMARK(BM_ecrecover);

void BM_sha256(benchmark::State& state) { run(state, 2, std::vector<uint8_t>(state.range(0), 0xab)); }
BENCHMARK(BM_sha256)->Arg(32)->Arg(1024)->Arg(65536);

void BM_ripemd160(benchmark::State& state) { run(state, 3, std::vector<uint8_t>(state.range(0), 0xab)); }
BENCHMARK(BM_ripemd160)->Arg(32)->Arg(1024)->Arg(65536);

// base^exp mod m with all three of range(0) bytes, all bits set: the worst case for a given size.
void BM_modexp(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  std::vector<uint8_t> input(96, 0);
  for (int i = 0; i < 3; ++i) {
    input[32 * i + 30] = static_cast<uint8_t>(n >> 8);
    input[32 * i + 31] = static_cast<uint8_t>(n);
  }
  input.resize(96 + 3 * n, 0xff);
  const auto gas = run_precompile(5, input, UINT64_C(1) << 40).gas_used;
  run(state, 5, input);
  state.counters["gas"] = static_cast<double>(gas);
}
BENCHMARK(BM_modexp)->Arg(32)->Arg(128)->Arg(512);

// EIP-152's vector input with range(0) rounds (12 is one BLAKE2b block).
void BM_blake2f(benchmark::State& state) {
  std::vector<uint8_t> input(213, 0);
  const auto rounds = static_cast<uint32_t>(state.range(0));
  for (int i = 0; i < 4; ++i) input[i] = static_cast<uint8_t>(rounds >> (24 - 8 * i));
  input[212] = 1;
  run(state, 9, input);
}
BENCHMARK(BM_blake2f)->Arg(12)->Arg(1000);

}  // namespace
