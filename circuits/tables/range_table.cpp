#include "circuits/tables/range_table.hpp"

#include "cpp/util/error.hpp"

namespace zkevm::circuits {

RangeTable RangeTable::configure(plonk::ConstraintSystem& cs, uint32_t bits) {
  if (bits == 0 || bits > 20) throw InputError("range table: " + std::to_string(bits) + " bits is not in 1..20");
  RangeTable t;
  t.bits = bits;
  t.value = cs.fixed_column(t.name() + ".value");
  return t;
}

void RangeTable::assign(plonk::Assignment& a) const {
  if (rows() > a.usable_rows())
    throw InputError(name() + " table: " + std::to_string(rows()) + " rows do not fit in " +
                     std::to_string(a.usable_rows()) + " usable rows (k = " + std::to_string(a.k()) + ")");
  std::vector<plonk::Fr> values(rows());
  for (size_t v = 0; v < values.size(); ++v) values[v] = plonk::Fr::from_u64(v);
  a.assign_column(value, values);
}

}  // namespace zkevm::circuits
