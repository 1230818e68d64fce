#include <string>

#include "cpp/evm/precompiles/contracts.hpp"
#include "cpp/evm/precompiles/precompile.hpp"
#include "cpp/util/error.hpp"

namespace zkevm::evm {

PrecompileResult run_precompile(unsigned index, std::span<const uint8_t> input, uint64_t gas_limit) {
  using Contract = PrecompileResult (*)(std::span<const uint8_t>, uint64_t);
  // Indexed by address; the interpreter decides which ones a fork activates.
  static constexpr Contract kContracts[] = {
      nullptr,
      precompiles::ecrecover,
      precompiles::sha256_contract,
      precompiles::ripemd160_contract,
      precompiles::identity,
      precompiles::modexp,
      precompiles::bn254_add,
      precompiles::bn254_mul,
      precompiles::bn254_pairing,
      precompiles::blake2f,
      precompiles::point_evaluation,
  };
  if (index < 1 || index > 10) throw InternalError("run_precompile: address " + std::to_string(index) + " is not a precompile");
  return kContracts[index](input, gas_limit);
}

}  // namespace zkevm::evm
