// Every case under tests/data/ethtests whose trace uses only supported
// execution states passes the MockProver; every other case is refused with
// UnsupportedError naming what is missing. Prints the coverage.
#include <iostream>

#include <gtest/gtest.h>

#include "tests/cpp/circuits/evm/evm_test_util.hpp"
#include "cpp/util/error.hpp"

namespace zkevm::circuits::evm_circuit::test {
namespace {

TEST(EvmCoverageSlow, every_supported_case_passes_and_the_rest_are_refused_by_name) {
  size_t passed = 0, unsupported = 0, failed = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(test_data() / "ethtests")) {
    if (e.path().extension() != ".json") continue;
    std::vector<evm::StateTestCase> cases;
    try {
      cases = evm::load_state_test(e.path().string());
    } catch (const Error&) {
      continue;  // not a state test
    }
    for (const auto& c : cases) {
      EvmTrace trace;
      try {
        trace = trace_state_test_case(c);
      } catch (const InputError&) {
        continue;  // the EVM itself does not pass it
      }
      const auto missing = unsupported_states(trace);
      if (!missing.empty()) {
        EXPECT_THROW(EvmCircuit{trace}, UnsupportedError) << c.id();
        ++unsupported;
        continue;
      }
      EvmCircuit circuit(trace);
      const auto failures = mock(circuit);
      EXPECT_TRUE(failures.empty()) << c.id() << "\n" << plonk::summarize(failures);
      ++(failures.empty() ? passed : failed);
    }
  }
  std::cout << "EVM circuit coverage: " << passed << " passed, " << failed << " failed, " << unsupported
            << " unsupported\n";
  EXPECT_GT(passed, 0u);
}

}  // namespace
}  // namespace zkevm::circuits::evm_circuit::test
