#pragma once
// What the prover and the verifier derive alike from a constraint system and
// k: the argument layout, the one compiled program for the quotient's
// numerator, which polynomial is opened at which rotations, the number of
// quotient pieces, and the circuit's shape digest. Keeping it in one place
// makes the order of commitments, evaluations and openings the same on both
// sides by construction.
//
// Polynomials are numbered in the widened column space of arguments.hpp:
// advice 0..A−1 (circuit advice, then permutation products, logUp m/φ,
// shuffle products), fixed 0..F−1 (circuit fixed incl. selectors, then l_0,
// l_last, l_active, X, σ_j). Instance columns are never committed: the
// verifier evaluates them itself from the public inputs.
#include <cstdint>
#include <map>
#include <tuple>
#include <string>
#include <vector>

#include "cpp/pcs/shplonk.hpp"
#include "cpp/plonk/arguments.hpp"
#include "cpp/plonk/evaluator.hpp"
#include "cpp/transcript/transcript.hpp"
#include "cpp/util/keccak.hpp"

namespace zkevm::plonk {

using ec::G1Affine;

// Domain separator of the Fiat-Shamir transcript (changes with the proof format).
inline constexpr const char* kTranscriptDomain = "zkevm plonk kzg-shplonk v1";

struct Protocol {
  Protocol(const ConstraintSystem& cs, uint32_t k);

  uint32_t k = 0;
  size_t n = 0, usable_rows = 0;
  uint32_t extension_log = 0;
  ArgumentLayout layout;
  // One output: the numerator Σ y^(N−1−i) c_i of the quotient.
  Program program;
  // Committed evaluations: the program's queries on advice and fixed columns,
  // in program order (instance queries are the verifier's own).
  std::vector<Program::QuerySpec> evaluated_queries;
  // The position in evaluated_queries of (column, rotation); InternalError if absent.
  size_t evaluation_index(AnyColumn column, int32_t rotation) const;
  // For each widened advice / fixed column, its distinct rotations (sorted).
  std::vector<std::vector<int32_t>> advice_rotations, fixed_rotations;
  // Circuit advice columns by phase (commitment order: phase 0, then phase 1).
  std::vector<uint32_t> advice_by_phase[2];
  size_t quotient_pieces = 1;
  // Keccak-256 of the constraint system's canonical description.
  Hash256 shape_digest{};

 private:
  std::map<std::tuple<uint8_t, uint32_t, int32_t>, size_t> evaluation_index_;
};

// Keccak-256 of cs's canonical description (Protocol::shape_digest, without
// compiling the quotient's program): equal digests mean the same shape.
Hash256 shape_digest(const ConstraintSystem& cs);

// The transcript seen as the SHPLONK argument's challenger.
class TranscriptChallenger : public pcs::Challenger {
 public:
  explicit TranscriptChallenger(transcript::Transcript& t) : t_(&t) {}
  void absorb_point(const G1Affine& point) override { t_->absorb_point("shplonk", point); }
  Fr squeeze_challenge() override { return t_->squeeze_challenge("shplonk"); }

 private:
  transcript::Transcript* t_;
};

// Absorbs the public inputs (column by column, each with its length).
void absorb_instances(transcript::Transcript& t, const std::vector<std::vector<Fr>>& instances);

// InputError unless there is one vector per instance column, each at most usable_rows long.
void check_instances(const ConstraintSystem& cs, const Protocol& protocol, const std::vector<std::vector<Fr>>& instances);

}  // namespace zkevm::plonk
