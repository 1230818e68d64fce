#pragma once
// The KZG proof check behind the point-evaluation precompile (0x0a). BLS12-381
// is not part of this project; the check comes at run time from c-kzg-4844,
// the library Ethereum clients use, as loaded by its Python binding `ckzg`.
// The Python layer installs it (zkevm.evm does so when ckzg is importable);
// until then 0x0a reports Unsupported.
#include <cstdint>
#include <string>

namespace zkevm::evm {

// c-kzg-4844's `verify_kzg_proof` C ABI (stable across its 1.x and 2.x):
//   C_KZG_RET verify_kzg_proof(bool *ok, const Bytes48 *commitment, const Bytes32 *z,
//                              const Bytes32 *y, const Bytes48 *proof, const KZGSettings *s);
// C_KZG_RET is an enum whose C_KZG_OK is 0; every Bytes type is a plain byte array.
using KzgVerifyProofFn = int (*)(bool* ok, const uint8_t* commitment, const uint8_t* z, const uint8_t* y, const uint8_t* proof,
                                 const void* settings);

// Installs the verifier: `verify` is c-kzg's verify_kzg_proof and `settings`
// the KZGSettings it loaded from the mainnet trusted setup; both must stay
// valid until replaced or cleared. `description` names the source for reports.
// Requires verify and settings to be non-null (else InputError).
void install_kzg_verifier(KzgVerifyProofFn verify, const void* settings, std::string description);

// Removes the installed verifier; 0x0a is Unsupported again.
void clear_kzg_verifier();

// Returns the description of the installed verifier, or "" when there is none.
std::string kzg_verifier_description();

}  // namespace zkevm::evm
