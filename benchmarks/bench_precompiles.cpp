// Cost of one call of each precompile this build runs, on inputs of the sizes
// the gas schedule prices (bytes per word, rounds, modulus length).
#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>
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

// go-ethereum's chfast1 vectors for add and mul; k copies of e(G1, G2) * e(G1, -G2) for pairing.
void BM_bn254_add(benchmark::State& state) {
  run(state, 6,
      from_hex("18b18acfb4c2c30276db5411368e7185b311dd124691610c5d3b74034e093dc9063c909c4720840cb5134cb9f59fa749755796819658d32efc0d288198f37266"
               "07c2b7f58a84bd6145f00c9c2bc0bb1a187f20ff2c92963a88019e7c6a014eed06614e20c147e940f2d70da3f74c9a17df361706a4485c742bd6788478fa17d7"));
}
BENCHMARK(BM_bn254_add);

void BM_bn254_mul(benchmark::State& state) {
  run(state, 7,
      from_hex("2bd3e6d0f3b142924f5ca7b49ce5b9d54c4703d7ae5648e61d02268b1a0a9fb721611ce0a6af85915e2f1d70300909ce2e49dfad4a4619c8390cae66cefdb204"
               "00000000000000000000000000000000000000000000000011138ce750fa15c2"));
}
BENCHMARK(BM_bn254_mul);

void BM_bn254_pairing(benchmark::State& state) {
  const char* g1 = "00000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000002";
  const char* g2_x = "198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c21800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed";
  const char* g2_y = "090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa";
  const char* minus_g2_y = "275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d";
  std::string hex;
  for (int64_t i = 0; i < state.range(0); ++i) hex += std::string(g1) + g2_x + (i % 2 == 0 ? g2_y : minus_g2_y);
  run(state, 8, from_hex(hex.c_str()));
}
BENCHMARK(BM_bn254_pairing)->Arg(2)->Arg(4);

}  // namespace
