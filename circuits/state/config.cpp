#include "circuits/state/config.hpp"

#include <string>

#include "cpp/util/error.hpp"

namespace zkevm::circuits::state {

using evm::RwTag;
using plonk::Constraint;
using plonk::Expression;

namespace {

// Σ limbs_i · 2^(11·(count−1−i)): the limbs as one number, first limb most significant.
Expression compose(const plonk::Column<plonk::Advice>* limbs, size_t count) {
  Expression acc = Expression(0);
  Fr base = Fr::from_u64(uint64_t{1} << kLimbBits);
  Fr power = Fr::one();
  for (size_t i = count; i-- > 0;) {
    acc = acc + limbs[i].cur() * power;
    power = power * base;
  }
  return acc;
}

std::string tag_name(size_t t) { return evm::rw_tag_name(static_cast<RwTag>(t)); }

}  // namespace

Expression StateConfig::sort_limb(size_t p, plonk::Rotation r) const {
  if (p == 0) return rw.tag.query(r);
  if (p < kAddressPos) return id_limbs[p - kIdPos].query(r);
  if (p < kFieldTagPos) return address_limbs[p - kAddressPos].query(r);
  if (p == kFieldTagPos) return rw.field_tag.query(r);
  if (p < kCounterPos) return key_limbs[p - kKeyPos].query(r);
  return counter_limbs[p - kCounterPos].query(r);
}

StateConfig StateConfig::configure(plonk::ConstraintSystem& cs, const RwTable& rw, const RangeTable& limb_range,
                                   plonk::Challenge byte_rlc) {
  (void)byte_rlc;
  if (limb_range.bits != kLimbBits)
    throw InputError("state circuit: the limb range table must be u" + std::to_string(kLimbBits) + ", not " +
                     limb_range.name());
  StateConfig c;
  c.rw = rw;
  c.limb_range = limb_range;
  c.q_state = cs.selector("state.q_state");
  c.q_first = cs.selector("state.q_first");
  c.q_sort = cs.selector("state.q_sort");
  c.q_last = cs.selector("state.q_last");
  c.row_counter = cs.fixed_column("state.row_counter");
  auto limbs = [&](auto& columns, const std::string& name) {
    for (size_t i = 0; i < columns.size(); ++i) columns[i] = cs.advice_column("state." + name + std::to_string(i));
  };
  limbs(c.id_limbs, "id_limb");
  limbs(c.address_limbs, "address_limb");
  limbs(c.key_limbs, "key_limb");
  limbs(c.counter_limbs, "rw_counter_limb");
  limbs(c.diff_group, "diff_group");
  limbs(c.diff_index, "diff_index");
  c.sort_diff = cs.advice_column("state.sort_diff");
  c.same_key = cs.advice_column("state.same_key");
  c.range_check = cs.advice_column("state.range_check");
  for (size_t t = 0; t < kTags; ++t) c.is_tag[t] = cs.advice_column("state.is_" + tag_name(t));

  Expression q = c.q_state, one = Expression(1);
  Expression is_write = rw.is_write.cur(), same = c.same_key.cur();
  auto hilo = [](const std::string& name, const Expression& hi, const Expression& lo) {
    return std::vector<Constraint>{{name + " (hi)", hi}, {name + " (lo)", lo}};
  };
  auto append = [](std::vector<Constraint>& to, std::vector<Constraint> more) {
    for (auto& m : more) to.push_back(std::move(m));
  };

  // --- per row -------------------------------------------------------------
  std::vector<Constraint> row;
  row.push_back({"is_write is boolean", q * is_write * (one - is_write)});
  Expression tag_sum = Expression(0), tag_value = Expression(0);
  for (size_t t = 0; t < kTags; ++t) {
    Expression b = c.is_tag[t].cur();
    row.push_back({"is_" + tag_name(t) + " is boolean", q * b * (one - b)});
    tag_sum = tag_sum + b;
    tag_value = tag_value + b * Fr::from_u64(t);
  }
  row.push_back({"one tag", q * (tag_sum - one)});
  row.push_back({"tag matches its one-hot", q * (tag_value - rw.tag.cur())});
  row.push_back({"id limbs", q * (compose(c.id_limbs.data(), kIdLimbs) - rw.id.cur())});
  row.push_back({"address limbs", q * (compose(c.address_limbs.data(), kAddressLimbs) - rw.address.cur())});
  row.push_back({"key_hi limbs", q * (compose(c.key_limbs.data(), kKeyHalfLimbs) - rw.key_hi.cur())});
  row.push_back(
      {"key_lo limbs", q * (compose(c.key_limbs.data() + kKeyHalfLimbs, kKeyHalfLimbs) - rw.key_lo.cur())});
  row.push_back({"rw_counter limbs", q * (compose(c.counter_limbs.data(), kCounterLimbs) - rw.rw_counter.cur())});

  // Rows are sorted by key then counter, so a read must equal the previous
  // row's value when the keys match, and the key's initial value otherwise.
  Expression reading = q * (one - is_write);
  append(row, hilo("a read returns value_prev", reading * (rw.value_hi.cur() - rw.value_prev_hi.cur()),
                   reading * (rw.value_lo.cur() - rw.value_prev_lo.cur())));
  append(row, hilo("same key: value_prev is the previous value", q * same * (rw.value_prev_hi.cur() - rw.value_hi.prev()),
                   q * same * (rw.value_prev_lo.cur() - rw.value_lo.prev())));
  append(row, hilo("same key: initial value carried", q * same * (rw.initial_value_hi.cur() - rw.initial_value_hi.prev()),
                   q * same * (rw.initial_value_lo.cur() - rw.initial_value_lo.prev())));
  Expression new_key = q * (one - same);
  append(row, hilo("new key: value_prev is the initial value",
                   new_key * (rw.value_prev_hi.cur() - rw.initial_value_hi.cur()),
                   new_key * (rw.value_prev_lo.cur() - rw.initial_value_lo.cur())));
  // Only Storage and Account start from the pre-state; everything else starts at 0.
  Expression no_initial = q * (one - c.is(RwTag::Storage) - c.is(RwTag::Account));
  append(row, hilo("initial value is 0 outside Storage and Account", no_initial * rw.initial_value_hi.cur(),
                   no_initial * rw.initial_value_lo.cur()));

  Expression stack = c.is(RwTag::Stack), memory = c.is(RwTag::Memory);
  row.push_back({"stack: first access is a write", q * stack * (one - same) * (one - is_write)});
  row.push_back({"stack pointer has no high half", q * stack * rw.key_hi.cur()});
  const plonk::Column<plonk::Advice>& last_key_limb = c.key_limbs.back();
  row.push_back({"stack pointer is one limb", q * stack * (rw.key_lo.cur() - last_key_limb.cur())});
  row.push_back({"memory value has no high half", q * memory * rw.value_hi.cur()});
  // range_check < 2^11 (u11 lookup): 2·sp < 2^11 ⇔ sp < 1024; 8·byte < 2^11 ⇔ byte < 256.
  row.push_back({"range check holds the stack pointer or memory byte",
                 q * (c.range_check.cur() - stack * last_key_limb.cur() * Fr::from_u64(2) -
                      memory * rw.value_lo.cur() * Fr::from_u64(8))});
  Expression write_once = c.is(RwTag::CallContext) + c.is(RwTag::TxLog) + c.is(RwTag::TxReceipt);
  row.push_back({"call context, logs and receipts are written once", q * write_once * same * is_write});
  Expression empty = q * (c.is(RwTag::Start) + c.is(RwTag::Padding));
  for (auto [name, col] : {std::pair{"is_write", rw.is_write}, std::pair{"id", rw.id}, std::pair{"address", rw.address},
                           std::pair{"field_tag", rw.field_tag}, std::pair{"key_hi", rw.key_hi},
                           std::pair{"key_lo", rw.key_lo}, std::pair{"value_hi", rw.value_hi},
                           std::pair{"value_lo", rw.value_lo}, std::pair{"value_prev_hi", rw.value_prev_hi},
                           std::pair{"value_prev_lo", rw.value_prev_lo}})
    row.push_back({std::string("Start and Padding rows have no ") + name, empty * col.cur()});
  cs.create_gate("state row", std::move(row));

  // --- sort order against the previous row ----------------------------------
  Expression s = c.q_sort;
  std::vector<Constraint> sort;
  Expression group_sum = Expression(0), index_sum = Expression(0);
  for (size_t g = 0; g < kDiffGroups; ++g) {
    Expression b = c.diff_group[g].cur();
    sort.push_back({"diff_group" + std::to_string(g) + " is boolean", s * b * (one - b)});
    group_sum = group_sum + b;
  }
  for (size_t i = 0; i < kDiffIndices; ++i) {
    Expression b = c.diff_index[i].cur();
    sort.push_back({"diff_index" + std::to_string(i) + " is boolean", s * b * (one - b)});
    index_sum = index_sum + b;
  }
  sort.push_back({"one diff_group", s * (group_sum - one)});
  sort.push_back({"one diff_index", s * (index_sum - one)});
  auto at = [&](size_t p) { return c.diff_group[p / kDiffIndices].cur() * c.diff_index[p % kDiffIndices].cur(); };
  Expression chosen = Expression(0);
  for (size_t p = 0; p < kSortLimbs; ++p) {
    Expression diff = c.sort_limb(p) - c.sort_limb(p, plonk::Rotation::prev());
    chosen = chosen + at(p) * diff;
    if (p + 1 == kSortLimbs) break;
    // first difference after p: a later group, or p's group at a later index
    Expression later = Expression(0);
    for (size_t g = p / kDiffIndices + 1; g < kDiffGroups; ++g) later = later + c.diff_group[g].cur();
    Expression later_index = Expression(0);
    for (size_t i = p % kDiffIndices + 1; i < kDiffIndices; ++i) later_index = later_index + c.diff_index[i].cur();
    later = later + c.diff_group[p / kDiffIndices].cur() * later_index;
    sort.push_back({"limb " + std::to_string(p) + " equal before the first difference", s * later * diff});
  }
  sort.push_back({"sort_diff is the first difference minus 1", s * (c.sort_diff.cur() - chosen + one)});
  Expression in_counter = Expression(0);
  for (size_t p = kCounterPos; p < kSortLimbs; ++p) in_counter = in_counter + at(p);
  sort.push_back({"same_key: first difference in rw_counter", s * (same - in_counter)});
  Expression padding = c.is(RwTag::Padding);
  sort.push_back({"padding rw_counters are consecutive",
                  s * padding * c.is_tag[static_cast<size_t>(RwTag::Padding)].prev() *
                      (rw.rw_counter.cur() - rw.rw_counter.prev() - one)});
  cs.create_gate("state sort", std::move(sort));

  cs.create_gate("state first row", {{"first row starts a key", c.q_first * same}});
  cs.create_gate("state last row", {{"last row is padding", c.q_last * (padding - one)},
                                    {"last rw_counter is the row count", c.q_last * (rw.rw_counter.cur() - c.row_counter.cur())}});

  // --- range checks -----------------------------------------------------------
  const std::string range = limb_range.name();
  auto range_lookup = [&](const std::string& name, const Expression& input, const Expression& selector) {
    cs.lookup(name + " in " + range, range, {input}, limb_range.columns(), selector);
  };
  auto limb_lookups = [&](const auto& columns, const std::string& name) {
    for (size_t i = 0; i < columns.size(); ++i) range_lookup(name + " " + std::to_string(i), columns[i].cur(), q);
  };
  limb_lookups(c.id_limbs, "id limb");
  limb_lookups(c.address_limbs, "address limb");
  limb_lookups(c.key_limbs, "key limb");
  limb_lookups(c.counter_limbs, "rw_counter limb");
  range_lookup("field_tag", rw.field_tag.cur(), q);
  range_lookup("sort difference", c.sort_diff.cur(), Expression(c.q_sort));
  range_lookup("stack pointer and memory byte range", c.range_check.cur(), q);

  // rw_counter over the usable rows is a permutation of 1..M.
  cs.shuffle("rw_counter permutation", {rw.rw_counter.cur()}, {c.row_counter.cur()});
  return c;
}

std::vector<Expression> StateConfig::initial_value_lookup() const {
  return {rw.tag.cur(),    rw.address.cur(),          rw.field_tag.cur(),        rw.key_hi.cur(),
          rw.key_lo.cur(), rw.initial_value_hi.cur(), rw.initial_value_lo.cur()};
}

Expression StateConfig::initial_value_selector() const {
  return Expression(q_state) * (Expression(1) - same_key.cur()) * (is(RwTag::Storage) + is(RwTag::Account));
}

}  // namespace zkevm::circuits::state
