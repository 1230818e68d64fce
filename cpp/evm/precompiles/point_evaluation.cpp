#include <algorithm>
#include <array>
#include <mutex>

#include "cpp/evm/precompiles/contracts.hpp"
#include "cpp/evm/precompiles/kzg_backend.hpp"
#include "cpp/evm/precompiles/sha256.hpp"
#include "cpp/util/error.hpp"

namespace zkevm::evm {
namespace {

struct KzgVerifier {
  KzgVerifyProofFn verify = nullptr;
  const void* settings = nullptr;
  std::string description;
};

std::mutex verifier_mutex;
KzgVerifier installed_verifier;

KzgVerifier current_verifier() {
  std::lock_guard lock(verifier_mutex);
  return installed_verifier;
}

// FIELD_ELEMENTS_PER_BLOB (4096) and BLS_MODULUS, each as a 32-byte big-endian word: the fixed output.
constexpr std::array<uint8_t, 64> kSuccessOutput = {
    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,
    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0x10, 0x00,
    0x73, 0xed, 0xa7, 0x53, 0x29, 0x9d, 0x7d, 0x48, 0x33, 0x39, 0xd8, 0x08, 0x09, 0xa1, 0xd8, 0x05,
    0x53, 0xbd, 0xa4, 0x02, 0xff, 0xfe, 0x5b, 0xfe, 0xff, 0xff, 0xff, 0xff, 0x00, 0x00, 0x00, 0x01};

constexpr uint8_t kVersionedHashVersionKzg = 0x01;

}  // namespace

void install_kzg_verifier(KzgVerifyProofFn verify, const void* settings, std::string description) {
  if (verify == nullptr || settings == nullptr) throw InputError("install_kzg_verifier: the function and the settings must be non-null");
  std::lock_guard lock(verifier_mutex);
  installed_verifier = {verify, settings, std::move(description)};
}

void clear_kzg_verifier() {
  std::lock_guard lock(verifier_mutex);
  installed_verifier = {};
}

std::string kzg_verifier_description() { return current_verifier().description; }

namespace precompiles {

// 0x0a (EIP-4844): checks that the blob committed to by `commitment` (whose
// versioned hash is given) evaluates to y at z, with a KZG proof; 50000 gas.
// The input is versioned_hash (32) || z (32) || y (32) || commitment (48) || proof (48).
PrecompileResult point_evaluation(std::span<const uint8_t> input, uint64_t gas_limit) {
  const KzgVerifier verifier = current_verifier();
  if (verifier.verify == nullptr) {
    return unsupported("precompile 0x0a (point evaluation) needs c-kzg-4844: install ckzg and load its trusted setup (zkevm.precompiles.enable_point_evaluation)");
  }
  PrecompileResult result = charge(50000, gas_limit);
  if (result.status != PrecompileStatus::Success) return result;
  if (input.size() != 192) return failure(gas_limit, "point evaluation: input is " + std::to_string(input.size()) + " bytes, expected 192");
  const uint8_t* versioned_hash = input.data();
  const uint8_t* z = input.data() + 32;
  const uint8_t* y = input.data() + 64;
  const uint8_t* commitment = input.data() + 96;
  const uint8_t* proof = input.data() + 144;
  // The versioned hash is 0x01 || sha256(commitment)[1:].
  auto expected_hash = sha256(std::span<const uint8_t>(commitment, 48));
  expected_hash[0] = kVersionedHashVersionKzg;
  if (!std::equal(expected_hash.begin(), expected_hash.end(), versioned_hash)) {
    return failure(gas_limit, "point evaluation: versioned hash does not match the commitment");
  }
  // c-kzg rejects non-canonical z or y and commitments or proofs that are not
  // valid compressed G1 points with an error code; both cases fail the call.
  bool ok = false;
  const int status = verifier.verify(&ok, commitment, z, y, proof, verifier.settings);
  if (status != 0) return failure(gas_limit, "point evaluation: malformed input (c-kzg error " + std::to_string(status) + ")");
  if (!ok) return failure(gas_limit, "point evaluation: the KZG proof does not verify");
  result.output.assign(kSuccessOutput.begin(), kSuccessOutput.end());
  return result;
}

}  // namespace precompiles
}  // namespace zkevm::evm
