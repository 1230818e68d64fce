// The State circuit's witness: sorted operations, padding, and the helper
// columns (limbs, tag one-hot, first difference, range checks) derived from them.
#include <array>

#include "circuits/state/config.hpp"
#include "cpp/util/error.hpp"

namespace zkevm::circuits::state {

using evm::RwTag;

namespace {

// Bits [shift, shift + kLimbBits) of a 256-bit word.
uint64_t limb_at(const evm::U256& w, size_t shift) {
  uint64_t v = 0;
  for (size_t b = 0; b < kLimbBits && shift + b < 256; ++b) v |= ((w.w[(shift + b) / 64] >> ((shift + b) % 64)) & 1) << b;
  return v;
}

// The count low limbs of w, most significant first, into out.
void put_limbs(uint64_t* out, const evm::U256& w, size_t count) {
  for (size_t j = 0; j < count; ++j) out[j] = limb_at(w, kLimbBits * (count - 1 - j));
}

// The sort limbs of a row, most significant first (layout in config.hpp).
std::array<uint64_t, kSortLimbs> sort_limbs(const RwRow& r) {
  std::array<uint64_t, kSortLimbs> l{};
  l[0] = static_cast<uint64_t>(r.tag);
  put_limbs(&l[kIdPos], evm::U256(r.id), kIdLimbs);
  put_limbs(&l[kAddressPos], evm::address_to_word(r.address), kAddressLimbs);
  l[kFieldTagPos] = r.field_tag;
  const evm::U256 key_hi = evm::shr(r.key, 128), key_lo(r.key.w[0], r.key.w[1], 0, 0);
  put_limbs(&l[kKeyPos], key_hi, kKeyHalfLimbs);
  put_limbs(&l[kKeyPos + kKeyHalfLimbs], key_lo, kKeyHalfLimbs);
  put_limbs(&l[kCounterPos], evm::U256(r.rw_counter), kCounterLimbs);
  return l;
}

}  // namespace

std::vector<RwRow> state_rows(std::vector<RwRow> operations, size_t usable_rows) {
  if (operations.size() + 1 > usable_rows)
    throw InputError("state circuit: " + std::to_string(operations.size()) + " RW operations and a padding row do not fit in " +
                     std::to_string(usable_rows) + " usable rows");
  sort_rw_rows(operations);
  for (uint64_t c = operations.size() + 1; c <= usable_rows; ++c) operations.push_back(rw_padding_row(c));
  return operations;
}

void StateConfig::assign(plonk::Assignment& a, const std::vector<RwRow>& rows) const {
  size_t m = a.usable_rows();
  if (rows.size() != m)
    throw InputError("state circuit: " + std::to_string(rows.size()) + " rows given for " + std::to_string(m) +
                     " usable rows");
  for (const RwRow& r : rows)
    if (r.id >> 32 || r.rw_counter >> 32)
      throw InputError("state circuit: rw op " + std::to_string(r.rw_counter) + ": id or rw_counter does not fit 32 bits");
  rw.assign(a, rows);

  auto column = [m] { return std::vector<Fr>(m, Fr::zero()); };
  std::array<std::vector<Fr>, kSortLimbs> limbs;
  for (auto& l : limbs) l = column();
  std::array<std::vector<Fr>, kDiffGroups> groups;
  std::array<std::vector<Fr>, kDiffIndices> indices;
  std::array<std::vector<Fr>, kTags> tags;
  for (auto& g : groups) g = column();
  for (auto& i : indices) i = column();
  for (auto& t : tags) t = column();
  std::vector<Fr> diff = column(), same = column(), range = column(), counters = column();

  std::array<uint64_t, kSortLimbs> prev{};
  for (size_t i = 0; i < m; ++i) {
    const RwRow& r = rows[i];
    std::array<uint64_t, kSortLimbs> cur = sort_limbs(r);
    for (size_t p = 0; p < kSortLimbs; ++p) limbs[p][i] = fr(cur[p]);
    size_t tag = static_cast<size_t>(r.tag);
    if (tag < kTags) tags[tag][i] = Fr::one();
    counters[i] = fr(i + 1);
    if (r.tag == RwTag::Stack) range[i] = fr(2 * cur[kSortLimbs - kCounterLimbs - 1]);  // the last key limb
    if (r.tag == RwTag::Memory) range[i] = word_cells(r.value).lo * fr(8);
    if (i > 0) {
      size_t p = 0;
      while (p + 1 < kSortLimbs && cur[p] == prev[p]) ++p;  // equal rows (dishonest) name the last limb
      groups[p / kDiffIndices][i] = Fr::one();
      indices[p % kDiffIndices][i] = Fr::one();
      diff[i] = fr(cur[p]) - fr(prev[p]) - Fr::one();
      same[i] = fr(p >= kCounterPos);
    }
    prev = cur;
  }
  // Positions 0 (tag) and kFieldTagPos are RW table columns; the others have limb columns.
  for (size_t j = 0; j < kIdLimbs; ++j) a.assign_column(id_limbs[j], limbs[kIdPos + j]);
  for (size_t j = 0; j < kAddressLimbs; ++j) a.assign_column(address_limbs[j], limbs[kAddressPos + j]);
  for (size_t j = 0; j < 2 * kKeyHalfLimbs; ++j) a.assign_column(key_limbs[j], limbs[kKeyPos + j]);
  for (size_t j = 0; j < kCounterLimbs; ++j) a.assign_column(counter_limbs[j], limbs[kCounterPos + j]);
  for (size_t g = 0; g < kDiffGroups; ++g) a.assign_column(diff_group[g], groups[g]);
  for (size_t x = 0; x < kDiffIndices; ++x) a.assign_column(diff_index[x], indices[x]);
  for (size_t t = 0; t < kTags; ++t) a.assign_column(is_tag[t], tags[t]);
  a.assign_column(sort_diff, diff);
  a.assign_column(same_key, same);
  a.assign_column(range_check, range);
  a.assign_column(row_counter, counters);
  for (size_t i = 0; i < m; ++i) {
    a.enable_selector(q_state, i);
    if (i > 0) a.enable_selector(q_sort, i);
  }
  a.enable_selector(q_first, 0);
  a.enable_selector(q_last, m - 1);
}

}  // namespace zkevm::circuits::state
