#include "cpp/plonk/arguments.hpp"

#include <unordered_map>

#include "cpp/plonk/evaluator.hpp"
#include "cpp/util/error.hpp"
#include "cpp/util/parallel.hpp"

namespace zkevm::plonk {
namespace {

// Σ θ^(k−1−i) e_i by Horner's rule.
Expression compress(const std::vector<Expression>& exprs, const Expression& theta) {
  Expression acc = exprs.front();
  for (size_t i = 1; i < exprs.size(); ++i) acc = acc * theta + exprs[i];
  return acc;
}

struct FieldHash {
  size_t operator()(const Fr& v) const { return static_cast<size_t>(hash_field(v)); }
};

void fill_random(std::vector<Fr>& column, size_t from, std::mt19937_64& rng) {
  for (size_t i = from; i < column.size(); ++i) column[i] = Fr::random(rng);
}

}  // namespace

ArgumentLayout::ArgumentLayout(const ConstraintSystem& cs) {
  const auto F = static_cast<uint32_t>(cs.num_fixed_columns());
  l_0 = F;
  l_last = F + 1;
  l_active = F + 2;
  x = F + 3;
  sigma_first = F + 4;
  num_fixed = sigma_first + cs.equality_columns().size();
  permutation_chunks = cs.permutation_chunks();
  chunk_size = cs.permutation_chunk_size();
  permutation_first = static_cast<uint32_t>(cs.num_advice_columns());
  lookup_first = permutation_first + static_cast<uint32_t>(permutation_chunks);
  lookup_groups = cs.lookup_groups();
  shuffle_first = lookup_first + 2 * static_cast<uint32_t>(lookup_groups.size());
  num_advice = shuffle_first + cs.shuffles().size();
  theta = static_cast<uint32_t>(cs.num_challenges());
  beta = theta + 1;
  gamma = theta + 2;
  y = theta + 3;
  num_challenges = theta + 4;
  last_rotation = -static_cast<int32_t>(cs.blinding_factors() + 1);
}

std::vector<ArgumentConstraint> argument_constraints(const ConstraintSystem& cs, const ArgumentLayout& layout) {
  std::vector<ArgumentConstraint> out;
  const Expression l_0 = layout.fixed(layout.l_0).cur(), l_last = layout.fixed(layout.l_last).cur();
  const Expression l_active = layout.fixed(layout.l_active).cur(), x = layout.fixed(layout.x).cur();
  const Expression theta = Challenge(layout.theta, 1), beta = Challenge(layout.beta, 1), gamma = Challenge(layout.gamma, 1);
  const Expression one(1);

  // Permutation.
  const auto& columns = cs.equality_columns();
  const Fr delta = permutation_delta();
  Fr delta_power = Fr::one();
  for (size_t c = 0; c < layout.permutation_chunks; ++c) {
    const auto z = layout.advice(layout.permutation_first + static_cast<uint32_t>(c));
    const std::string chunk = "chunk " + std::to_string(c);
    if (c == 0) out.push_back({"permutation", "z_0 starts at 1", l_0 * (one - z)});
    if (c + 1 == layout.permutation_chunks) out.push_back({"permutation", "last z is 0 or 1", l_last * (z * z - z)});
    if (c > 0) {
      const auto previous = layout.advice(layout.permutation_first + static_cast<uint32_t>(c - 1));
      out.push_back({"permutation", chunk + " continues chunk " + std::to_string(c - 1),
                     l_0 * (z - previous.rot(layout.last_rotation))});
    }
    Expression left = z.next(), right = z.cur();
    for (size_t j = c * layout.chunk_size; j < std::min(columns.size(), (c + 1) * layout.chunk_size); ++j) {
      const Expression v = Expression::query(columns[j], Rotation::cur());
      const Expression sigma = layout.fixed(layout.sigma_first + static_cast<uint32_t>(j)).cur();
      left = left * (v + beta * sigma + gamma);
      right = right * (v + beta * (x * delta_power) + gamma);
      delta_power *= delta;
    }
    out.push_back({"permutation", chunk + " product", l_active * (left - right)});
  }

  // logUp lookups, one constraint set per group sharing a table.
  for (size_t g = 0; g < layout.lookup_groups.size(); ++g) {
    const auto& group = layout.lookup_groups[g];
    const Lookup& first = cs.lookups()[group.front()];
    std::string name = group.size() == 1 ? "lookup '" : "lookups '";
    for (size_t k = 0; k < group.size(); ++k) name += (k ? "', '" : "") + cs.lookups()[group[k]].name;
    name += "'";
    const auto m = layout.lookup_multiplicity(g), phi = layout.lookup_running_sum(g);
    const Expression t = beta + compress(first.table, theta);
    std::vector<Expression> f;
    for (size_t i : group) f.push_back(beta + compress(cs.lookups()[i].inputs, theta));
    Expression all_f = f[0];
    for (size_t k = 1; k < f.size(); ++k) all_f = all_f * f[k];
    Expression inputs_term;  // Σ_k q_k Π_{l≠k}(β + f_l)
    for (size_t k = 0; k < group.size(); ++k) {
      Expression term = cs.lookups()[group[k]].input_selector;
      for (size_t l = 0; l < group.size(); ++l) {
        if (l != k) term = term * f[l];
      }
      inputs_term = k == 0 ? term : inputs_term + term;
    }
    out.push_back({name, "running sum starts at 0", l_0 * phi});
    out.push_back({name, "running sum ends at 0", l_last * phi});
    out.push_back({name, "running sum step",
                   l_active * ((phi.next() - phi) * all_f * t - inputs_term * t + m * first.table_selector * all_f)});
  }

  // Shuffles.
  for (size_t i = 0; i < cs.shuffles().size(); ++i) {
    const Shuffle& s = cs.shuffles()[i];
    const std::string name = "shuffle '" + s.name + "'";
    const auto z = layout.advice(layout.shuffle_first + static_cast<uint32_t>(i));
    const Expression f = compress(s.inputs, theta), g = compress(s.shuffle, theta);
    out.push_back({name, "product starts at 1", l_0 * (one - z)});
    out.push_back({name, "product ends at 0 or 1", l_last * (z * z - z)});
    out.push_back({name, "product step", l_active * (z.next() * (gamma + g) - z * (gamma + f))});
  }
  return out;
}

std::vector<ArgumentConstraint> all_constraints(const ConstraintSystem& cs, const ArgumentLayout& layout) {
  std::vector<ArgumentConstraint> out;
  for (const auto& g : cs.gates()) {
    for (const auto& c : g.constraints) out.push_back({"gate '" + g.name + "'", c.name, c.polynomial});
  }
  auto rest = argument_constraints(cs, layout);
  out.insert(out.end(), rest.begin(), rest.end());
  return out;
}

Expression combine_constraints(const std::vector<ArgumentConstraint>& constraints, const ArgumentLayout& layout) {
  const Expression y = Challenge(layout.y, 1);
  Expression acc(0);
  for (size_t i = 0; i < constraints.size(); ++i) acc = i == 0 ? constraints[i].polynomial : acc * y + constraints[i].polynomial;
  return acc;
}

std::vector<std::vector<Fr>> preprocessed_columns(const ConstraintSystem& cs, const ArgumentLayout& layout, uint32_t k,
                                                  const PermutationMapping& mapping) {
  const size_t n = size_t{1} << k, u = cs.usable_rows(k);
  std::vector<std::vector<Fr>> out(4, std::vector<Fr>(n));
  out[0][0] = Fr::one();
  out[1][u] = Fr::one();
  for (size_t i = 0; i < u; ++i) out[2][i] = Fr::one();
  const Fr omega = root_of_unity(k);
  out[3][0] = Fr::one();
  for (size_t i = 1; i < n; ++i) out[3][i] = out[3][i - 1] * omega;
  auto sigma = mapping.sigma_values(k);
  for (auto& s : sigma) out.push_back(std::move(s));
  if (out.size() != layout.num_fixed - cs.num_fixed_columns()) {
    throw InternalError("preprocessed_columns: mapping has " + std::to_string(sigma.size()) + " columns, layout expects " +
                        std::to_string(layout.num_fixed - layout.sigma_first));
  }
  return out;
}

std::vector<std::vector<Fr>> argument_witness(const ConstraintSystem& cs, const ArgumentLayout& layout,
                                              const Assignment& assignment,
                                              const std::vector<std::vector<Fr>>& preprocessed,
                                              std::span<const Fr> challenges, std::mt19937_64& rng) {
  if (challenges.size() <= layout.gamma) {
    throw InputError("argument_witness: " + std::to_string(layout.gamma + 1) + " challenge values needed, got " +
                     std::to_string(challenges.size()));
  }
  const size_t n = assignment.n(), u = assignment.usable_rows();
  const Fr beta = challenges[layout.beta], gamma = challenges[layout.gamma];
  const std::vector<Fr>& xs = preprocessed[3];
  std::vector<std::vector<Fr>> out;

  // Permutation products, chunk by chunk: z_c(ω^{i+1}) = z_c(ω^i) Π (v + β δ^j ω^i + γ) / (v + β σ_j(ω^i) + γ).
  const auto& columns = cs.equality_columns();
  std::vector<Fr> delta_powers(columns.size());
  for (size_t j = 0; j < columns.size(); ++j) delta_powers[j] = j == 0 ? Fr::one() : delta_powers[j - 1] * permutation_delta();
  Fr carry = Fr::one();
  for (size_t c = 0; c < layout.permutation_chunks; ++c) {
    std::vector<Fr> numerator(u, Fr::one()), denominator(u, Fr::one());
    const size_t end = std::min(columns.size(), (c + 1) * layout.chunk_size);
    for (size_t j = c * layout.chunk_size; j < end; ++j) {
      const std::vector<Fr>& v = assignment.column_values(columns[j]);
      const std::vector<Fr>& sigma = preprocessed[4 + j];
      parallel_for_chunks(u, [&](size_t b, size_t e) {
        for (size_t i = b; i < e; ++i) {
          numerator[i] *= v[i] + beta * delta_powers[j] * xs[i] + gamma;
          denominator[i] *= v[i] + beta * sigma[i] + gamma;
        }
      }, 1024);
    }
    ff::batch_inverse(denominator);
    std::vector<Fr> z(n);
    z[0] = carry;
    for (size_t i = 0; i < u; ++i) z[i + 1] = z[i] * numerator[i] * denominator[i];
    carry = z[u];
    fill_random(z, u + 1, rng);
    out.push_back(std::move(z));
  }

  const ColumnSource source = column_source(assignment);
  const Expression theta = Challenge(layout.theta, 1);

  // logUp per group: m_j counts the group's inputs equal to table row j;
  // φ accumulates Σ_k q_k/(β + f_k) − m q_t/(β + t).
  for (const auto& group : layout.lookup_groups) {
    const Lookup& first = cs.lookups()[group.front()];
    std::vector<Expression> exprs{first.table_selector, compress(first.table, theta)};
    for (size_t i : group) {
      exprs.push_back(cs.lookups()[i].input_selector);
      exprs.push_back(compress(cs.lookups()[i].inputs, theta));
    }
    const auto values = compile(exprs).evaluate_all(source, challenges);
    const auto &q_t = values[0], &t = values[1];
    // Compressed table value -> its first row (the multiplicity is counted
    // there): one hash probe per input even when a table repeats a value on
    // many rows (zero padding).
    std::unordered_map<Fr, size_t, FieldHash> first_row;
    first_row.reserve(u);
    for (size_t j = 0; j < u; ++j) {
      if (!q_t[j].is_zero()) first_row.emplace(t[j], j);  // keeps the first row of each value
    }
    std::vector<Fr> weight(n);  // Σ q_k over the inputs matched to row j
    std::vector<Fr> phi_step(u);  // Σ_k q_k / (β + f_k)
    for (size_t k = 0; k < group.size(); ++k) {
      const Lookup& l = cs.lookups()[group[k]];
      const auto &q_in = values[2 + 2 * k], &f = values[3 + 2 * k];
      std::vector<Fr> inv_f(u);
      for (size_t i = 0; i < u; ++i) {
        inv_f[i] = beta + f[i];
        if (q_in[i].is_zero()) continue;
        const auto match = first_row.find(f[i]);
        if (match == first_row.end()) {
          throw InputError("lookup '" + l.name + "': the input on row " + std::to_string(i) + " is not in table '" +
                           l.table_name + "'; run the MockProver for details");
        }
        weight[match->second] += q_in[i];
      }
      ff::batch_inverse(inv_f);
      for (size_t i = 0; i < u; ++i) phi_step[i] += q_in[i] * inv_f[i];
    }
    std::vector<Fr> m(n), qt_inverse(q_t.begin(), q_t.begin() + static_cast<std::ptrdiff_t>(u));
    ff::batch_inverse(qt_inverse);
    for (size_t j = 0; j < u; ++j) m[j] = weight[j] * qt_inverse[j];
    std::vector<Fr> inv_t(u);
    for (size_t i = 0; i < u; ++i) inv_t[i] = beta + t[i];
    ff::batch_inverse(inv_t);
    std::vector<Fr> phi(n);
    for (size_t i = 0; i < u; ++i) phi[i + 1] = phi[i] + phi_step[i] - m[i] * q_t[i] * inv_t[i];
    if (!phi[u].is_zero()) throw InternalError("lookup '" + first.name + "': logUp running sum does not close");
    fill_random(m, u, rng);
    fill_random(phi, u + 1, rng);
    out.push_back(std::move(m));
    out.push_back(std::move(phi));
  }

  // Shuffles: z(ω^{i+1}) = z(ω^i) (γ + f_i) / (γ + s_i).
  for (const Shuffle& s : cs.shuffles()) {
    const std::vector<Expression> exprs{compress(s.inputs, theta), compress(s.shuffle, theta)};
    const auto values = compile(exprs).evaluate_all(source, challenges);
    std::vector<Fr> denominator(u);
    for (size_t i = 0; i < u; ++i) denominator[i] = gamma + values[1][i];
    ff::batch_inverse(denominator);
    std::vector<Fr> z(n);
    z[0] = Fr::one();
    for (size_t i = 0; i < u; ++i) z[i + 1] = z[i] * (gamma + values[0][i]) * denominator[i];
    if (!z[u].is_one()) {
      throw InputError("shuffle '" + s.name + "': the two sides are not permutations of each other; run the MockProver for details");
    }
    fill_random(z, u + 1, rng);
    out.push_back(std::move(z));
  }
  return out;
}

}  // namespace zkevm::plonk
