#pragma once
// The proof and its byte format. Sizes are fixed by the verifying key, so a
// proof is exactly
//   "zkPF" | version (1 byte)
//   advice commitments (phase 0 columns, then phase 1)           32 bytes each
//   argument commitments (permutation z, logUp m and φ, shuffle z) 32 bytes each
//   the vanishing argument's random polynomial r                  32 bytes
//   quotient piece commitments                                    32 bytes each
//   evaluations of the opened queries (Protocol::evaluated_queries) 32 bytes each
//   r(x)                                                          32 bytes
//   SHPLONK W and W'                                              32 bytes each
// with G1 points compressed and scalars canonical little-endian.
#include <cstdint>
#include <span>
#include <vector>

#include "cpp/plonk/keygen.hpp"

namespace zkevm::plonk {

struct Proof {
  std::vector<G1Affine> advice_commitments;    // circuit advice, commitment order (phase 0, then 1)
  std::vector<G1Affine> argument_commitments;  // the virtual advice columns
  G1Affine random_commitment;                  // the vanishing argument's random polynomial r
  std::vector<G1Affine> quotient_commitments;
  std::vector<Fr> evaluations;                 // per Protocol::evaluated_queries
  Fr random_evaluation;                        // r(x)
  pcs::ShplonkProof opening;

  std::vector<uint8_t> to_bytes() const;
  // The proof in bytes for vk; EncodingError naming the element on a wrong
  // magic, version or length, a non-canonical scalar or a point off the curve.
  static Proof from_bytes(std::span<const uint8_t> bytes, const VerifyingKey& vk);
  // The exact byte length of a proof for vk.
  static size_t size_for(const VerifyingKey& vk);
};

}  // namespace zkevm::plonk
