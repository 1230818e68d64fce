#pragma once
// A circuit whose gate "square" (b = a²) holds on every usable row but, when
// built without a selector, not on the blinding rows (random advice there),
// which the vanishing argument also covers. The gate "sum" (c = a + b) always
// has its selector.
#include "cpp/plonk/assignment.hpp"

namespace zkevm::plonk::test {

class UnselectedCircuit : public Circuit {
 public:
  explicit UnselectedCircuit(bool selected = false) : selected_(selected) {}
  Column<Advice> a, b, c;
  Selector s;
  void configure(ConstraintSystem& cs) override {
    a = cs.advice_column("a");
    b = cs.advice_column("b");
    c = cs.advice_column("c");
    s = cs.selector("s");
    const Expression square = a * a - b;
    cs.create_gate("square", {{"b = a^2", selected_ ? s * square : square}});
    cs.create_gate("sum", {{"c = a + b", s * (a + b - c)}});
  }
  void synthesize(Assignment& asg) override {
    for (size_t i = 0; i < asg.usable_rows(); ++i) {
      const Fr x = Fr::from_u64(i + 3);
      asg.assign(a, i, x);
      asg.assign(b, i, x * x);
      asg.assign(c, i, x + x * x);
      asg.enable_selector(s, i);
    }
  }

 private:
  bool selected_;
};

}  // namespace zkevm::plonk::test
