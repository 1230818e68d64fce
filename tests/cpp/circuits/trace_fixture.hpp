#pragma once
// Traces of real state tests for the circuit tests: a fixture file under
// tests/data/ethtests run through the bus-mapping, every passing case.
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "cpp/evm/circuit_input.hpp"

namespace zkevm::circuits::test {

struct Trace {
  evm::StateTestCase c;
  evm::BusMappingTracer tracer;
  evm::WorldState post;
  evm::CircuitInput input;
};

inline std::filesystem::path test_data() {
  const char* dir = std::getenv("ZKEVM_TEST_DATA");
  return dir ? std::filesystem::path(dir) : std::filesystem::path("tests/data");
}

// The path of a GeneralStateTests fixture, e.g. "stExample/add11_yml.json".
inline std::string state_test_path(const std::string& relative) {
  return (test_data() / "ethtests/GeneralStateTests" / relative).string();
}

// Every case of the fixture whose execution passes, traced (at most max_cases).
inline std::vector<std::unique_ptr<Trace>> load_traces(const std::string& path, size_t max_cases = SIZE_MAX) {
  std::vector<std::unique_ptr<Trace>> out;
  for (const auto& c : evm::load_state_test(path)) {
    if (out.size() >= max_cases) break;
    auto t = std::make_unique<Trace>();
    t->c = c;
    if (evm::run_state_test_case(c, &t->tracer, &t->post).verdict != evm::Verdict::Pass) continue;
    t->input = evm::build_circuit_input(c, t->tracer, t->post);
    out.push_back(std::move(t));
  }
  return out;
}

// The first passing case of a fixture ("stExample/add11_yml.json").
inline std::unique_ptr<Trace> load_trace(const std::string& relative) {
  auto traces = load_traces(state_test_path(relative), 1);
  if (traces.empty()) throw std::runtime_error(relative + ": no passing case");
  return std::move(traces[0]);
}

}  // namespace zkevm::circuits::test
