#pragma once
// Modular inversion by Bernstein–Yang divsteps ("safegcd", variable time), the
// field inversion behind Field::inverse(): about 10 rounds of 62 divsteps on
// machine words plus a 5-limb matrix update each, against ~300 Montgomery
// multiplications for Fermat's x^(p-2). Not constant time: the run time
// depends on the input, which is fine for a prover (its secrets are not
// protected by timing anywhere else either).
#include <cstdint>

#include "cpp/ff/limbs.hpp"

namespace zkevm::ff::detail {

// a^-1 mod p for an odd modulus p < 2^256 and 0 < a < p with gcd(a, p) = 1
// (always true for a prime p). neg_p_inv is -p^-1 mod 2^64 (Field::inv). The
// result is in [0, p). Throws std::logic_error only if the iteration fails to
// converge, which the algorithm excludes (a guard against an endless loop).
Limbs mod_inverse(const Limbs& a, const Limbs& p, uint64_t neg_p_inv);

}  // namespace zkevm::ff::detail
