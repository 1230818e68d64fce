// The dispatcher: addresses 1..10 only; the bn254 contracts report Unsupported until cpp/ec lands.
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
    if (result.status == PrecompileStatus::Unsupported) {
      EXPECT_FALSE(result.reason.empty()) << address;
      EXPECT_EQ(result.gas_used, 0u) << address;
    }
    EXPECT_LE(result.gas_used, 10000000u) << address;
  }
}

TEST(PrecompileDispatch, bn254_contracts_are_unsupported_until_cpp_ec) {
  for (unsigned address : {6u, 7u, 8u}) {
    const auto result = run_precompile(address, {}, 100000);
    EXPECT_EQ(result.status, PrecompileStatus::Unsupported) << address;
    EXPECT_EQ(result.reason, "bn254 precompiles wait for cpp/ec");
  }
}

}  // namespace
}  // namespace zkevm::evm
