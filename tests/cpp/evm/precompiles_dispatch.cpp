// The dispatcher: addresses 1..10 only, every one answering.
#include <gtest/gtest.h>

#include "cpp/util/error.hpp"
#include "evm/precompile_test_util.hpp"

namespace zkevm::evm {
namespace {

TEST(PrecompileDispatch, addresses_outside_1_to_10_are_an_internal_error) {
  EXPECT_THROW(run_precompile(0, {}, 100000), InternalError);
  EXPECT_THROW(run_precompile(11, {}, 100000), InternalError);
  EXPECT_THROW(run_precompile(0x100, {}, 100000), InternalError);
}

TEST(PrecompileDispatch, every_address_answers_with_a_status) {
  for (unsigned address = 1; address <= 10; ++address) {
    const auto result = run_precompile(address, std::vector<uint8_t>(192, 0), 10000000);
    // Only point evaluation may lack its backend (no KZG verifier installed here).
    if (address != 10) {
      EXPECT_NE(result.status, PrecompileStatus::Unsupported) << address << ": " << result.reason;
    }
    EXPECT_LE(result.gas_used, 10000000u) << address;
  }
}

}  // namespace
}  // namespace zkevm::evm
