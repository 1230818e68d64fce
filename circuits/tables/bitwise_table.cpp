#include "circuits/tables/bitwise_table.hpp"

#include <string>

#include "cpp/util/error.hpp"

namespace zkevm::circuits {

BitwiseTable BitwiseTable::configure(plonk::ConstraintSystem& cs, uint32_t bits) {
  if (bits == 0 || bits > 8) throw InputError("bitwise table: operands of " + std::to_string(bits) + " bits (1..8)");
  BitwiseTable t;
  t.bits = bits;
  const std::string prefix = "bitwise" + std::to_string(bits) + ".";
  t.tag = cs.fixed_column(prefix + "tag");
  t.a = cs.fixed_column(prefix + "a");
  t.b = cs.fixed_column(prefix + "b");
  t.result = cs.fixed_column(prefix + "result");
  return t;
}

std::vector<plonk::Expression> BitwiseTable::columns() const { return {tag.cur(), a.cur(), b.cur(), result.cur()}; }

void BitwiseTable::assign(plonk::Assignment& asg) const {
  if (rows() > asg.usable_rows())
    throw InputError("bitwise table: " + std::to_string(rows()) + " rows do not fit in " +
                     std::to_string(asg.usable_rows()) + " usable rows (k = " + std::to_string(asg.k()) + ")");
  const uint64_t n = uint64_t{1} << bits;
  std::vector<plonk::Fr> tags(rows()), as(rows()), bs(rows()), results(rows());
  for (uint64_t op = 1; op <= 3; ++op)
    for (uint64_t x = 0; x < n; ++x)
      for (uint64_t y = 0; y < n; ++y) {
        size_t row = (op - 1) * n * n + x * n + y;
        uint64_t r = op == 1 ? (x & y) : op == 2 ? (x | y) : (x ^ y);
        tags[row] = plonk::Fr::from_u64(op);
        as[row] = plonk::Fr::from_u64(x);
        bs[row] = plonk::Fr::from_u64(y);
        results[row] = plonk::Fr::from_u64(r);
      }
  asg.assign_column(tag, tags);
  asg.assign_column(a, as);
  asg.assign_column(b, bs);
  asg.assign_column(result, results);
}

}  // namespace zkevm::circuits
