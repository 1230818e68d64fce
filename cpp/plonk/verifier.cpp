#include "cpp/plonk/verifier.hpp"

#include "cpp/pcs/shplonk.hpp"
#include "cpp/plonk/proof.hpp"

namespace zkevm::plonk {
namespace {

// Σ_i v_i L_i(z) for the public inputs v of one column, with
// L_i(z) = ω^i (z^n − 1) / (n (z − ω^i)) (z is never in H except with negligible probability).
Fr instance_at(const std::vector<Fr>& values, const Fr& z, const Fr& omega, size_t n) {
  if (values.empty()) return Fr::zero();
  std::vector<Fr> denominators(values.size());
  std::vector<Fr> omegas(values.size());
  Fr w = Fr::one();
  for (size_t i = 0; i < values.size(); ++i) {
    omegas[i] = w;
    denominators[i] = z - w;
    if (denominators[i].is_zero()) return values[i];
    w *= omega;
  }
  ff::batch_inverse(std::span<Fr>(denominators));
  Fr sum = Fr::zero();
  for (size_t i = 0; i < values.size(); ++i) sum += values[i] * omegas[i] * denominators[i];
  return sum * (z.pow(n) - Fr::one()) * Fr::from_u64(n).inverse();
}

}  // namespace

void verify(const VerifyingKey& vk, const std::vector<std::vector<Fr>>& instances, std::span<const uint8_t> bytes,
            const pcs::VerifierKey& params) {
  const ConstraintSystem& cs = *vk.cs;
  const Protocol& protocol = *vk.protocol;
  const ArgumentLayout& layout = protocol.layout;
  check_instances(cs, protocol, instances);
  const Proof proof = Proof::from_bytes(bytes, vk);

  transcript::Transcript t(kTranscriptDomain, vk.digest);
  absorb_instances(t, instances);
  std::vector<G1Affine> advice_commitments(layout.num_advice);
  size_t next = 0;
  std::vector<Fr> challenges(layout.num_challenges);
  for (uint8_t phase = 0; phase < 2; ++phase) {
    for (uint32_t i : protocol.advice_by_phase[phase]) {
      advice_commitments[i] = proof.advice_commitments[next++];
      t.absorb_point("advice", advice_commitments[i]);
    }
    if (phase == 0) {
      for (const Challenge& c : cs.challenges()) challenges[c.index()] = t.squeeze_challenge("circuit challenge");
    }
  }
  challenges[layout.theta] = t.squeeze_challenge("theta");
  challenges[layout.beta] = t.squeeze_challenge("beta");
  challenges[layout.gamma] = t.squeeze_challenge("gamma");
  const size_t A = cs.num_advice_columns();
  for (size_t j = 0; j < proof.argument_commitments.size(); ++j) {
    advice_commitments[A + j] = proof.argument_commitments[j];
    t.absorb_point("argument", advice_commitments[A + j]);
  }
  t.absorb_point("vanishing random", proof.random_commitment);
  challenges[layout.y] = t.squeeze_challenge("y");
  for (const auto& c : proof.quotient_commitments) t.absorb_point("quotient", c);
  const Fr x = t.squeeze_challenge("x");
  for (const Fr& v : proof.evaluations) t.absorb_scalar("evaluation", v);
  t.absorb_scalar("vanishing random evaluation", proof.random_evaluation);

  // The vanishing identity at x.
  const size_t n = protocol.n;
  const Fr omega = poly::NttPlan::root_of_unity(protocol.k);
  auto point = [&](int32_t rotation) {
    const Fr w = rotation >= 0 ? omega.pow(static_cast<uint64_t>(rotation)) : omega.inverse().pow(static_cast<uint64_t>(-static_cast<int64_t>(rotation)));
    return x * w;
  };
  const std::vector<Fr> numerator = protocol.program.evaluate_row(0, challenges, [&](AnyColumn column, int32_t rotation, size_t) {
    if (column.kind == ColumnKind::Instance) return instance_at(instances[column.index], point(rotation), omega, n);
    return proof.evaluations[protocol.evaluation_index(column, rotation)];
  });
  // h(x) = numerator(x) / (x^n − 1), checked by opening [h] = Σ x^(n i) [h_i] at x.
  const Fr xn = x.pow(n);
  const Fr vanishing = xn - Fr::one();
  if (vanishing.is_zero()) throw VerificationError("proof: the challenge x lies in the domain (x^n = 1)");
  const Fr h_value = numerator[0] * vanishing.inverse();
  ec::G1Jacobian h_commitment;
  for (size_t i = proof.quotient_commitments.size(); i-- > 0;) {
    h_commitment = h_commitment * xn + ec::G1Jacobian::from_affine(proof.quotient_commitments[i]);
  }

  // Every claimed evaluation, in one SHPLONK check.
  std::vector<pcs::VerifierOpening> openings;
  auto add_openings = [&](ColumnKind kind, const std::vector<std::vector<int32_t>>& rotations,
                          const std::vector<G1Affine>& commitments) {
    for (uint32_t i = 0; i < rotations.size(); ++i) {
      if (rotations[i].empty()) continue;
      pcs::VerifierOpening o{commitments[i], {}, {}};
      for (int32_t r : rotations[i]) {
        o.points.push_back(point(r));
        o.evaluations.push_back(proof.evaluations[protocol.evaluation_index({kind, i}, r)]);
      }
      openings.push_back(std::move(o));
    }
  };
  add_openings(ColumnKind::Advice, protocol.advice_rotations, advice_commitments);
  add_openings(ColumnKind::Fixed, protocol.fixed_rotations, vk.fixed_commitments);
  openings.push_back({h_commitment.to_affine(), {x}, {h_value}});
  openings.push_back({proof.random_commitment, {x}, {proof.random_evaluation}});
  TranscriptChallenger challenger(t);
  if (!pcs::shplonk_verify(params, openings, proof.opening, challenger)) {
    throw VerificationError(
        "proof: the SHPLONK opening check failed (the constraints do not hold at x, or an evaluation does not "
        "match its commitment)");
  }
}

bool verify_ok(const VerifyingKey& vk, const std::vector<std::vector<Fr>>& instances, std::span<const uint8_t> proof,
               const pcs::VerifierKey& params) {
  try {
    verify(vk, instances, proof, params);
    return true;
  } catch (const EncodingError&) {
    return false;
  } catch (const VerificationError&) {
    return false;
  }
}

}  // namespace zkevm::plonk
