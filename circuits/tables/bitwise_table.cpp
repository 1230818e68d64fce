#include "circuits/tables/bitwise_table.hpp"

#include "cpp/util/error.hpp"

namespace zkevm::circuits {

BitwiseTable BitwiseTable::configure(plonk::ConstraintSystem& cs) {
  BitwiseTable t;
  t.tag = cs.fixed_column("bitwise.tag");
  t.a = cs.fixed_column("bitwise.a");
  t.b = cs.fixed_column("bitwise.b");
  t.result = cs.fixed_column("bitwise.result");
  return t;
}

std::vector<plonk::Expression> BitwiseTable::columns() const { return {tag.cur(), a.cur(), b.cur(), result.cur()}; }

void BitwiseTable::assign(plonk::Assignment& asg) const {
  if (rows() > asg.usable_rows())
    throw InputError("bitwise table: " + std::to_string(rows()) + " rows do not fit in " +
                     std::to_string(asg.usable_rows()) + " usable rows (k = " + std::to_string(asg.k()) + ")");
  std::vector<plonk::Fr> tags(rows()), as(rows()), bs(rows()), results(rows());
  for (uint64_t op = 1; op <= 3; ++op)
    for (uint64_t x = 0; x < 256; ++x)
      for (uint64_t y = 0; y < 256; ++y) {
        size_t row = (op - 1) * 65536 + x * 256 + y;
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
