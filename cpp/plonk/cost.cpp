#include "cpp/plonk/cost.hpp"

#include <set>
#include <sstream>

namespace zkevm::plonk {
namespace {

// Distinct (fixed column, rotation) pairs opened: every query in gates,
// lookups and shuffles, selectors as fixed queries at 0, and each
// equality-enabled fixed column at 0.
size_t fixed_openings(const ConstraintSystem& cs) {
  std::set<std::pair<uint32_t, int32_t>> opened;
  auto add = [&](const Expression& e) {
    for (const auto& [column, rotation] : e.queries()) {
      if (column.kind == ColumnKind::Fixed) opened.emplace(column.index, rotation.value());
    }
    for (const auto& s : e.selectors()) opened.emplace(s.fixed_column().index(), 0);
  };
  for (const auto& g : cs.gates()) {
    for (const auto& c : g.constraints) add(c.polynomial);
  }
  for (const auto& l : cs.lookups()) {
    for (const auto& e : l.inputs) add(e);
    for (const auto& e : l.table) add(e);
    add(l.input_selector);
    add(l.table_selector);
  }
  for (const auto& s : cs.shuffles()) {
    for (const auto& e : s.inputs) add(e);
    for (const auto& e : s.shuffle) add(e);
  }
  for (const auto& c : cs.equality_columns()) {
    if (c.kind == ColumnKind::Fixed) opened.emplace(c.index, 0);
  }
  return opened.size();
}

std::string bytes_text(size_t bytes) {
  std::ostringstream s;
  s.precision(3);
  if (bytes >= (size_t{1} << 30)) {
    s << static_cast<double>(bytes) / static_cast<double>(size_t{1} << 30) << " GiB";
  } else if (bytes >= (size_t{1} << 20)) {
    s << static_cast<double>(bytes) / static_cast<double>(size_t{1} << 20) << " MiB";
  } else {
    s << bytes << " bytes";
  }
  return s.str();
}

}  // namespace

size_t CostEstimate::total_msm_bases() const {
  size_t t = 0;
  for (const auto& w : prover_msms) t += w.size * w.count;
  return t;
}

size_t CostEstimate::total_ntt_points() const {
  size_t t = 0;
  for (const auto& w : prover_ntts) t += w.size * w.count;
  return t;
}

CostEstimate estimate_cost(const ConstraintSystem& cs, uint32_t k) {
  CostEstimate c;
  const size_t usable = cs.usable_rows(k);
  c.k = k;
  c.n = size_t{1} << k;
  c.degree = cs.degree();
  c.extension_factor = cs.extension_factor();
  const size_t n = c.n, ext = c.n * c.extension_factor;
  const size_t A = cs.num_advice_columns(), F = cs.num_fixed_columns(), I = cs.num_instance_columns();
  const size_t L = cs.lookup_groups().size(), S = cs.shuffles().size(), P = cs.equality_columns().size();
  const size_t C = cs.permutation_chunks();
  const size_t quotient_pieces = c.degree > 1 ? c.degree - 1 : 1;
  c.advice_cells = A * usable;

  c.proof_commitments = A + 2 * L + S + C + 1 + quotient_pieces;
  size_t advice_openings = 0;
  for (const auto& rotations : cs.advice_query_rotations()) advice_openings += rotations.size();
  const size_t permutation_openings = C == 0 ? 0 : P + 3 * C - 1;
  // l_0, l_last, l_active (every argument) and X (the permutation's identity side).
  const size_t lagrange_openings = C > 0 ? 4 : (L + S > 0 ? 3 : 0);
  c.proof_evaluations =
      advice_openings + fixed_openings(cs) + lagrange_openings + permutation_openings + 3 * L + 2 * S + 1;
  c.proof_bytes = kProofHeaderBytes + 32 * (c.proof_commitments + c.proof_evaluations + c.opening_points);
  c.verifying_key_commitments = F + P;

  const size_t witness_polys = A + I + 2 * L + S + C;
  c.prover_msms = {{n, A, "advice"},
                   {n, 2 * L + S + C, "lookup, shuffle and permutation arguments"},
                   {n, 1 + quotient_pieces, "vanishing (random polynomial, quotient pieces)"},
                   {n, 2, "SHPLONK opening"}};
  c.prover_ntts = {{n, witness_polys, "inverse NTT of witness-side polynomials"},
                   {ext, witness_polys, "coset NTT to the extended domain"},
                   {ext, 1, "inverse coset NTT of the quotient"}};
  c.keygen_msms = {{n, F + P, "fixed and permutation (sigma) commitments"}};
  c.keygen_ntts = {{n, F + P, "inverse NTT of fixed and sigma polynomials"},
                   {ext, F + P + 3, "coset NTT of fixed, sigma, l_0, l_last, l_active"}};
  c.prover_memory_bytes = 32 * ((F + P + witness_polys) * (2 * n + ext) + 4 * ext);
  return c;
}

std::string CostEstimate::to_string() const {
  std::ostringstream s;
  s << "k = " << k << " (n = " << n << "), degree " << degree << ", extended domain " << extension_factor
    << " x n, " << advice_cells << " advice cells\n"
    << "proof: " << proof_commitments << " commitments + " << proof_evaluations << " evaluations + "
    << opening_points << " opening points = " << proof_bytes << " bytes\n"
    << "verifying key: " << verifying_key_commitments << " commitments\n";
  auto list = [&](const char* title, const std::vector<Work>& work) {
    s << title << ":\n";
    for (const auto& w : work) {
      if (w.count) s << "  " << w.count << " x size " << w.size << "  (" << w.what << ")\n";
    }
  };
  list("prover MSMs", prover_msms);
  list("prover NTTs", prover_ntts);
  list("keygen MSMs", keygen_msms);
  list("keygen NTTs", keygen_ntts);
  s << "predicted prover memory: " << bytes_text(prover_memory_bytes) << "\n";
  return s.str();
}

}  // namespace zkevm::plonk
