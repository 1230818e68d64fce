#pragma once
// The two prime fields of BN254 (alt_bn128): Fr, the scalar field (order of
// G1/G2, the field circuits are written over), and Fq, the base field of the
// curve coordinates.
#include "cpp/ff/field.hpp"

namespace zkevm::ff {

// r = 21888242871839275222246405745257275088548364400416034343698204186575808495617,
// r - 1 = 2^28 * t with t odd; 7 generates the multiplicative group.
struct Bn254FrParams {
  static constexpr Limbs modulus = {0x43e1f593f0000001ULL, 0x2833e84879b97091ULL,
                                    0xb85045b68181585dULL, 0x30644e72e131a029ULL};
  static constexpr uint64_t generator = 7;
};

// p = 21888242871839275222246405745257275088696311157297823662689037894645226208583
// (p = 3 mod 4; not FFT-friendly, so no generator is given).
struct Bn254FqParams {
  static constexpr Limbs modulus = {0x3c208c16d87cfd47ULL, 0x97816a916871ca8dULL,
                                    0xb85045b68181585dULL, 0x30644e72e131a029ULL};
};

using Fr = Field<Bn254FrParams>;
using Fq = Field<Bn254FqParams>;

static_assert(sizeof(Fr) == 32 && std::is_trivially_copyable_v<Fr>);
static_assert(Fr::two_adicity == 28 && Fq::two_adicity == 1);
static_assert(Fr::no_carry && Fq::no_carry);

}  // namespace zkevm::ff
