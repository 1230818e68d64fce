#include "cpp/plonk/prover.hpp"

#include <chrono>

#include "cpp/pcs/kzg.hpp"
#include "cpp/plonk/blinding_rng.hpp"
#include "cpp/plonk/proof.hpp"
#include "cpp/poly/evaluate.hpp"
#include "cpp/util/parallel.hpp"

namespace zkevm::plonk {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point& start) {
  const auto now = Clock::now();
  const double s = std::chrono::duration<double>(now - start).count();
  start = now;
  return s;
}

void blind(std::vector<Fr>& column, size_t from, BlindingRng& rng) {
  for (size_t i = from; i < column.size(); ++i) column[i] = Fr::random_with(rng);
}

}  // namespace

std::vector<uint8_t> prove(const ProvingKey& pk, Circuit& circuit, const std::vector<std::vector<Fr>>& instances,
                           const ProveOptions& options) {
  const VerifyingKey& vk = pk.vk;
  const ConstraintSystem& cs = *vk.cs;
  const Protocol& protocol = *vk.protocol;
  const ArgumentLayout& layout = protocol.layout;
  const poly::EvaluationDomain& domain = pk.domain;
  const size_t n = protocol.n, u = protocol.usable_rows;
  check_instances(cs, protocol, instances);
  BlindingRng rng = options.deterministic ? BlindingRng::from_seed(options.seed) : BlindingRng::from_entropy();
  ProveTimings timings;
  auto clock = Clock::now();
  auto report = [&](const char* step, size_t done, size_t total) {
    if (options.progress) options.progress(step, done, total);
  };

  // The circuit's column handles come from its own configure: run it, so a
  // circuit object keygen never saw is configured too, and check that it
  // declares the shape the key was made for.
  ConstraintSystem configured;
  circuit.configure(configured);
  if (shape_digest(configured) != protocol.shape_digest) {
    throw InputError("prove: the circuit's configure() declares a different constraint system from the proving key's "
                     "(shape digest differs; " + std::to_string(configured.num_advice_columns()) + " advice, " +
                     std::to_string(configured.num_fixed_columns()) + " fixed, " + std::to_string(configured.gates().size()) +
                     " gates vs the key's " + std::to_string(cs.num_advice_columns()) + ", " +
                     std::to_string(cs.num_fixed_columns()) + ", " + std::to_string(cs.gates().size()) + ")");
  }

  transcript::Transcript t(kTranscriptDomain, vk.digest);
  absorb_instances(t, instances);
  Assignment assignment(cs, vk.k);
  circuit.synthesize(assignment);
  for (uint32_t i = 0; i < instances.size(); ++i) {
    std::vector<Fr> column(u);
    std::copy(instances[i].begin(), instances[i].end(), column.begin());
    assignment.assign_column(Column<Instance>(i), column);
  }

  Proof proof;
  std::vector<Polynomial<Coeff>> advice_coeff(layout.num_advice);
  // Commits widened advice columns (values already blinded) and keeps their
  // coefficients. Each column's Lagrange MSM and inverse NTT run on one thread,
  // thread_count() columns at a time (fewer synchronisations than splitting
  // every MSM); commitments enter the transcript in column order.
  auto commit_columns = [&](const std::vector<uint32_t>& indices, std::vector<std::vector<Fr>>& values,
                            const char* label, const char* step, size_t total, std::vector<G1Affine>& out) {
    const size_t threads = static_cast<size_t>(thread_count());
    std::vector<G1Affine> commitments(indices.size());
    auto one = [&](size_t j) {
      Polynomial<Lagrange> lagrange(std::move(values[j]));
      commitments[j] = pcs::commit_lagrange(pk.srs, lagrange);
      advice_coeff[indices[j]] = domain.lagrange_to_coeff(std::move(lagrange));
    };
    for (size_t begin = 0; begin < indices.size(); begin += threads) {
      const size_t end = std::min(indices.size(), begin + threads);
      if (threads > 1 && end - begin == threads) {
        parallel_for(threads, [&](size_t i) { one(begin + i); });
      } else {
        for (size_t j = begin; j < end; ++j) one(j);  // each MSM uses every thread
      }
      for (size_t j = begin; j < end; ++j) {
        t.absorb_point(label, commitments[j]);
        out.push_back(commitments[j]);
        report(step, out.size(), total);
      }
    }
  };
  auto commit_phase = [&](uint8_t phase) {
    const std::vector<uint32_t>& indices = protocol.advice_by_phase[phase];
    std::vector<std::vector<Fr>> values(indices.size());
    for (size_t j = 0; j < indices.size(); ++j) {
      values[j] = assignment.column_values({ColumnKind::Advice, indices[j]});
      blind(values[j], u, rng);
    }
    commit_columns(indices, values, "advice", "advice commitments", cs.num_advice_columns(), proof.advice_commitments);
  };

  // Phase 0 advice, the circuit's challenges, phase 1 advice.
  commit_phase(0);
  std::vector<Fr> challenges(layout.num_challenges);
  Challenges circuit_challenges(cs.num_challenges());
  for (const Challenge& c : cs.challenges()) {
    challenges[c.index()] = t.squeeze_challenge("circuit challenge");
    circuit_challenges.set(c, challenges[c.index()]);
  }
  if (cs.num_phases() > 1) {
    assignment.set_phase(1);
    circuit.synthesize_phase1(assignment, circuit_challenges);
    commit_phase(1);
  }
  timings.witness = seconds_since(clock);

  // θ, β, γ, then the argument polynomials.
  challenges[layout.theta] = t.squeeze_challenge("theta");
  challenges[layout.beta] = t.squeeze_challenge("beta");
  challenges[layout.gamma] = t.squeeze_challenge("gamma");
  std::mt19937_64 witness_rng(rng());  // argument_witness's own blinding is replaced below
  std::vector<std::vector<Fr>> arguments =
      argument_witness(cs, layout, assignment, pk.preprocessed, challenges, witness_rng);
  timings.arguments = seconds_since(clock);
  const size_t A = cs.num_advice_columns();
  std::vector<uint32_t> argument_columns(arguments.size());
  for (size_t j = 0; j < arguments.size(); ++j) {
    const size_t column = A + j;
    argument_columns[j] = static_cast<uint32_t>(column);
    const bool multiplicity = column >= layout.lookup_first && column < layout.shuffle_first &&
                              (column - layout.lookup_first) % 2 == 0;
    blind(arguments[j], multiplicity ? u : u + 1, rng);
  }
  commit_columns(argument_columns, arguments, "argument", "argument commitments", arguments.size(),
                 proof.argument_commitments);
  arguments.clear();
  timings.argument_commitments = seconds_since(clock);

  // The vanishing argument's random polynomial r (committed before y; opened
  // at x beside h, it masks the batched opening as in halo2).
  Polynomial<Coeff> random_poly(n);
  for (Fr& c : random_poly.span()) c = Fr::random_with(rng);
  proof.random_commitment = pcs::commit(pk.srs, random_poly);
  t.absorb_point("vanishing random", proof.random_commitment);
  report("random polynomial", 1, 1);

  // The quotient h = numerator / Z_H on the extended coset, split into pieces of n coefficients.
  challenges[layout.y] = t.squeeze_challenge("y");
  std::vector<Polynomial<Coeff>> pieces;
  {
    std::vector<Polynomial<ExtendedLagrange>> advice_ext(layout.num_advice), instance_ext(cs.num_instance_columns());
    ColumnSource source;
    parallel_for(layout.num_advice, [&](size_t i) { advice_ext[i] = domain.coeff_to_extended(advice_coeff[i]); });
    for (size_t i = 0; i < layout.num_advice; ++i) source.advice.push_back(advice_ext[i].span().data());
    for (uint32_t i = 0; i < cs.num_instance_columns(); ++i) {
      Polynomial<Lagrange> values(assignment.column_values({ColumnKind::Instance, i}));
      instance_ext[i] = domain.coeff_to_extended(domain.lagrange_to_coeff(std::move(values)));
      source.instance.push_back(instance_ext[i].span().data());
    }
    for (const auto& f : pk.fixed_extended) source.fixed.push_back(f.span().data());
    source.size = domain.extended_size();
    source.rotation_scale = int64_t{1} << protocol.extension_log;
    Polynomial<ExtendedLagrange> numerator(domain.extended_size());
    protocol.program.evaluate(source, challenges, [&](size_t row0, size_t count, const Fr* const* outputs) {
      std::copy(outputs[0], outputs[0] + count, numerator.span().begin() + static_cast<std::ptrdiff_t>(row0));
    });
    advice_ext.clear();
    instance_ext.clear();
    domain.divide_by_vanishing_on_coset(numerator);
    std::vector<Fr> h = domain.extended_to_coeff(std::move(numerator)).take();
    // Coefficients past quotient_pieces · n are zero for a valid witness; an
    // invalid one gives a proof the verifier rejects.
    for (size_t i = 0; i < protocol.quotient_pieces; ++i) {
      pieces.emplace_back(std::vector<Fr>(h.begin() + static_cast<std::ptrdiff_t>(i * n),
                                          h.begin() + static_cast<std::ptrdiff_t>((i + 1) * n)));
      proof.quotient_commitments.push_back(pcs::commit(pk.srs, pieces.back()));
      t.absorb_point("quotient", proof.quotient_commitments.back());
      report("quotient pieces", i + 1, protocol.quotient_pieces);
    }
  }
  timings.quotient = seconds_since(clock);

  // Evaluations at x ω^r, r(x), and the multi-opening (h is opened as
  // Σ x^(n i) h_i, whose value the verifier derives from the evaluations).
  const Fr x = t.squeeze_challenge("x");
  proof.evaluations.resize(protocol.evaluated_queries.size());
  parallel_for(protocol.evaluated_queries.size(), [&](size_t q) {
    const auto& query = protocol.evaluated_queries[q];
    const Polynomial<Coeff>& p = query.column.kind == ColumnKind::Advice ? advice_coeff[query.column.index]
                                                                         : pk.fixed_coeff[query.column.index];
    proof.evaluations[q] = poly::evaluate(p, domain.rotate_omega(x, poly::Rotation{query.rotation}));
  });
  for (const Fr& v : proof.evaluations) t.absorb_scalar("evaluation", v);
  proof.random_evaluation = poly::evaluate(random_poly, x);
  t.absorb_scalar("vanishing random evaluation", proof.random_evaluation);
  Polynomial<Coeff> h_combined(n);
  {
    const Fr xn = x.pow(n);
    Fr power = Fr::one();
    for (const auto& piece : pieces) {
      const auto src = piece.span();
      auto dst = h_combined.span();
      parallel_for_chunks(n, [&](size_t begin, size_t end) {
        for (size_t i = begin; i < end; ++i) dst[i] += src[i] * power;
      });
      power *= xn;
    }
    pieces.clear();
  }
  std::vector<pcs::ProverOpening> openings;
  auto add_openings = [&](const std::vector<std::vector<int32_t>>& rotations, const std::vector<Polynomial<Coeff>>& polys) {
    for (size_t i = 0; i < rotations.size(); ++i) {
      if (rotations[i].empty()) continue;
      pcs::ProverOpening o{&polys[i], {}};
      for (int32_t r : rotations[i]) o.points.push_back(domain.rotate_omega(x, poly::Rotation{r}));
      openings.push_back(std::move(o));
    }
  };
  add_openings(protocol.advice_rotations, advice_coeff);
  add_openings(protocol.fixed_rotations, pk.fixed_coeff);
  openings.push_back({&h_combined, {x}});
  openings.push_back({&random_poly, {x}});
  TranscriptChallenger challenger(t);
  proof.opening = pcs::shplonk_open(pk.srs, openings, challenger);
  timings.openings = seconds_since(clock);
  report("opening", 1, 1);
  if (options.timings != nullptr) *options.timings = timings;
  return proof.to_bytes();
}

}  // namespace zkevm::plonk
