#include "cpp/plonk/protocol.hpp"

#include <algorithm>
#include <set>

namespace zkevm::plonk {
namespace {

void put_u64(std::string& out, uint64_t v) { out += std::to_string(v) + ";"; }

// A canonical text of everything the verifier relies on: column counts and
// phases, equality columns, challenge phases, blinding, degree and every
// constraint (gates and arguments) as one combined expression.
Hash256 describe(const ConstraintSystem& cs, const Expression& numerator) {
  std::string s = "zkevm constraint system v1;";
  put_u64(s, cs.num_advice_columns());
  for (const auto& c : cs.columns(ColumnKind::Advice)) put_u64(s, c.phase);
  put_u64(s, cs.num_fixed_columns());
  put_u64(s, cs.num_instance_columns());
  put_u64(s, cs.num_challenges());
  put_u64(s, cs.equality_columns().size());
  for (const auto& c : cs.equality_columns()) {
    put_u64(s, static_cast<uint64_t>(c.kind));
    put_u64(s, c.index);
  }
  put_u64(s, cs.blinding_factors());
  put_u64(s, cs.degree());
  s += numerator.to_string();
  return keccak256(s);
}

}  // namespace

Hash256 shape_digest(const ConstraintSystem& cs) {
  const ArgumentLayout layout(cs);
  return describe(cs, combine_constraints(all_constraints(cs, layout), layout));
}

Protocol::Protocol(const ConstraintSystem& cs, uint32_t k_) : k(k_), layout(cs) {
  n = size_t{1} << k;
  usable_rows = cs.usable_rows(k);
  extension_log = 0;
  while ((1u << extension_log) < cs.extension_factor()) ++extension_log;
  const Expression numerator = combine_constraints(all_constraints(cs, layout), layout);
  const std::vector<Expression> outputs{numerator};
  program = compile(outputs);
  std::vector<std::set<int32_t>> advice(layout.num_advice), fixed(layout.num_fixed);
  for (const auto& q : program.queries()) {
    if (q.column.kind == ColumnKind::Instance) continue;
    evaluation_index_[{static_cast<uint8_t>(q.column.kind), q.column.index, q.rotation}] = evaluated_queries.size();
    evaluated_queries.push_back(q);
    (q.column.kind == ColumnKind::Advice ? advice : fixed).at(q.column.index).insert(q.rotation);
  }
  for (const auto& s : advice) advice_rotations.emplace_back(s.begin(), s.end());
  for (const auto& s : fixed) fixed_rotations.emplace_back(s.begin(), s.end());
  const auto& info = cs.columns(ColumnKind::Advice);
  for (uint32_t i = 0; i < info.size(); ++i) advice_by_phase[info[i].phase].push_back(i);
  quotient_pieces = cs.degree() > 2 ? cs.degree() - 1 : 1;
  shape_digest = describe(cs, numerator);
}

size_t Protocol::evaluation_index(AnyColumn column, int32_t rotation) const {
  auto it = evaluation_index_.find({static_cast<uint8_t>(column.kind), column.index, rotation});
  if (it == evaluation_index_.end()) throw InternalError("protocol: no evaluation of a queried column at this rotation");
  return it->second;
}

void absorb_instances(transcript::Transcript& t, const std::vector<std::vector<Fr>>& instances) {
  for (const auto& column : instances) {
    t.absorb_scalar("instance length", Fr::from_u64(column.size()));
    for (const Fr& v : column) t.absorb_scalar("instance", v);
  }
}

void check_instances(const ConstraintSystem& cs, const Protocol& protocol, const std::vector<std::vector<Fr>>& instances) {
  if (instances.size() != cs.num_instance_columns()) {
    throw InputError("instances: " + std::to_string(instances.size()) + " columns given, the circuit has " +
                     std::to_string(cs.num_instance_columns()));
  }
  for (size_t i = 0; i < instances.size(); ++i) {
    if (instances[i].size() > protocol.usable_rows) {
      throw InputError("instances: column " + std::to_string(i) + " has " + std::to_string(instances[i].size()) +
                       " values, at most " + std::to_string(protocol.usable_rows) + " usable rows at k = " +
                       std::to_string(protocol.k));
    }
  }
}

}  // namespace zkevm::plonk
