#pragma once
// The verifier of prover.hpp's proofs: it parses the proof (every point on
// the curve, every scalar canonical), replays the transcript, evaluates the
// public inputs at x ω^r itself, derives h(x) = numerator(x) / Z_H(x) from the
// claimed evaluations, and checks all claimed evaluations, h(x) against
// [h] = Σ_i x^(n i) [h_i] and r(x) with one SHPLONK verification (one pairing
// check): the vanishing identity holds exactly when that opening does.
#include <cstdint>
#include <span>
#include <vector>

#include "cpp/plonk/keygen.hpp"

namespace zkevm::plonk {

// Returns normally when proof shows a witness for vk's circuit with these
// public inputs. EncodingError for a malformed proof (wrong length or version,
// a point off the curve, a non-canonical scalar), InputError for instances
// that do not fit the circuit, VerificationError when a check fails.
void verify(const VerifyingKey& vk, const std::vector<std::vector<Fr>>& instances, std::span<const uint8_t> proof,
            const pcs::VerifierKey& params);

// The same as a boolean: false instead of EncodingError or VerificationError.
bool verify_ok(const VerifyingKey& vk, const std::vector<std::vector<Fr>>& instances, std::span<const uint8_t> proof,
               const pcs::VerifierKey& params);

}  // namespace zkevm::plonk
