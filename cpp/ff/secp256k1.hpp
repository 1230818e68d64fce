#pragma once
// The two prime fields of secp256k1: Fp (coordinates) and Fn (scalars, the
// group order). Both moduli exceed 2^255, so they use the full-carry kernels.
#include "cpp/ff/field.hpp"

namespace zkevm::ff {

// p = 2^256 - 2^32 - 977 (p = 3 mod 4).
struct Secp256k1FpParams {
  static constexpr Limbs modulus = {0xfffffffefffffc2fULL, 0xffffffffffffffffULL,
                                    0xffffffffffffffffULL, 0xffffffffffffffffULL};
};

// n = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141.
struct Secp256k1FnParams {
  static constexpr Limbs modulus = {0xbfd25e8cd0364141ULL, 0xbaaedce6af48a03bULL,
                                    0xfffffffffffffffeULL, 0xffffffffffffffffULL};
};

using Secp256k1Fp = Field<Secp256k1FpParams>;
using Secp256k1Fn = Field<Secp256k1FnParams>;

static_assert(!Secp256k1Fp::no_carry && !Secp256k1Fn::no_carry);
static_assert(Secp256k1Fp::two_adicity == 1);

}  // namespace zkevm::ff
