#include <gmp.h>

#include <algorithm>
#include <cstring>

#include "cpp/evm/precompiles/contracts.hpp"

namespace zkevm::evm::precompiles {
namespace {

// The input read as if it were followed by infinitely many zero bytes.
class PaddedInput {
 public:
  explicit PaddedInput(std::span<const uint8_t> input) : input_(input) {}

  // Returns the byte at offset, 0 past the end.
  uint8_t at(unsigned __int128 offset) const { return offset < input_.size() ? input_[static_cast<std::size_t>(offset)] : 0; }

  // Returns the 32-byte big-endian word at offset as a length, saturated at
  // UINT64_MAX: any larger length already costs more gas than exists.
  uint64_t length_at(uint64_t offset) const {
    uint64_t value = 0;
    for (uint64_t i = 0; i < 32; ++i) {
      if (i < 24) {
        if (at(offset + i) != 0) return UINT64_MAX;
      } else {
        value = value << 8 | at(offset + i);
      }
    }
    return value;
  }

  // Sets out to the big-endian integer of `length` bytes at offset: the bytes
  // inside the input, then a shift for the zero padding, so no padded copy is made.
  void integer_at(mpz_t out, unsigned __int128 offset, uint64_t length) const {
    mpz_set_ui(out, 0);
    if (offset < input_.size()) {
      const std::size_t available = static_cast<std::size_t>(std::min<unsigned __int128>(length, input_.size() - offset));
      mpz_import(out, available, 1, 1, 1, 0, input_.data() + static_cast<std::size_t>(offset));
      mpz_mul_2exp(out, out, 8 * (length - available));
    }
  }

 private:
  std::span<const uint8_t> input_;
};

// Returns the index of the highest set bit of the big-endian bytes plus one (0 for zero).
unsigned bit_length(const uint8_t* bytes, unsigned size) {
  for (unsigned i = 0; i < size; ++i) {
    if (bytes[i] != 0) return 8 * (size - i) - static_cast<unsigned>(__builtin_clz(bytes[i]) - 24);
  }
  return 0;
}

constexpr unsigned __int128 kMax128 = ~static_cast<unsigned __int128>(0);

// EIP-2565: max(200, ceil(max(base_len, mod_len) / 8)^2 * max(adjusted_exp_len, 1) / 3),
// exact below 2^64 and saturated at 2^64, which no gas limit reaches.
unsigned __int128 modexp_gas(const PaddedInput& in, uint64_t base_length, uint64_t exponent_length, uint64_t modulus_length) {
  const unsigned __int128 words = (static_cast<unsigned __int128>(std::max(base_length, modulus_length)) + 7) / 8;
  const unsigned __int128 complexity = words * words;  // < 2^122
  // The adjusted exponent length: 8 bits per byte past the first 32, plus the
  // position of the highest bit in the first 32 bytes of the exponent.
  uint8_t head[32];
  const unsigned head_size = static_cast<unsigned>(std::min<uint64_t>(exponent_length, 32));
  const unsigned __int128 exponent_offset = static_cast<unsigned __int128>(96) + base_length;
  for (unsigned i = 0; i < head_size; ++i) head[i] = in.at(exponent_offset + i);
  const unsigned head_bits = bit_length(head, head_size);
  unsigned __int128 adjusted = head_bits == 0 ? 0 : head_bits - 1;
  if (exponent_length > 32) adjusted += static_cast<unsigned __int128>(8) * (exponent_length - 32);
  const unsigned __int128 iterations = std::max<unsigned __int128>(adjusted, 1);
  constexpr unsigned __int128 kTooMuch = static_cast<unsigned __int128>(1) << 64;
  if (complexity != 0 && iterations > kMax128 / complexity) return kTooMuch;
  return std::min(kTooMuch, std::max<unsigned __int128>(200, complexity * iterations / 3));
}

// Lengths beyond this pass the gas check only with a gas limit of billions,
// far past any block; refuse them rather than allocate gigabytes.
constexpr uint64_t kMaxLength = uint64_t{1} << 30;

}  // namespace

// 0x05 (EIP-198, gas EIP-2565): base^exp mod modulus as a mod_len-byte
// big-endian number. The input is base_len || exp_len || mod_len (32-byte
// words) then the three numbers; missing bytes read as zero.
PrecompileResult modexp(std::span<const uint8_t> input, uint64_t gas_limit) {
  const PaddedInput in(input);
  const uint64_t base_length = in.length_at(0);
  const uint64_t exponent_length = in.length_at(32);
  const uint64_t modulus_length = in.length_at(64);
  const unsigned __int128 gas = modexp_gas(in, base_length, exponent_length, modulus_length);
  if (gas > gas_limit) return failure(gas_limit, "modexp: out of gas (limit " + std::to_string(gas_limit) + ")");
  PrecompileResult result = charge(static_cast<uint64_t>(gas), gas_limit);
  if (modulus_length == 0) return result;
  if (std::max({base_length, exponent_length, modulus_length}) > kMaxLength) {
    return unsupported("modexp: lengths (" + std::to_string(base_length) + ", " + std::to_string(exponent_length) + ", " +
                       std::to_string(modulus_length) + ") are beyond what this build allocates");
  }
  result.output.assign(modulus_length, 0);

  mpz_t base, exponent, modulus, power;
  mpz_inits(base, exponent, modulus, power, nullptr);
  const unsigned __int128 exponent_offset = static_cast<unsigned __int128>(96) + base_length;
  in.integer_at(modulus, exponent_offset + exponent_length, modulus_length);
  // A zero modulus gives zero output rather than a division by zero.
  if (mpz_sgn(modulus) != 0) {
    in.integer_at(base, 96, base_length);
    in.integer_at(exponent, exponent_offset, exponent_length);
    mpz_powm(power, base, exponent, modulus);
    std::size_t written = 0;
    const std::size_t size = (mpz_sizeinbase(power, 2) + 7) / 8;
    if (mpz_sgn(power) != 0) mpz_export(result.output.data() + (modulus_length - size), &written, 1, 1, 1, 0, power);
  }
  mpz_clears(base, exponent, modulus, power, nullptr);
  return result;
}

}  // namespace zkevm::evm::precompiles
