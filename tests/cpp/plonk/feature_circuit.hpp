#pragma once
// A small circuit that uses every feature of the constraint system, with
// switches that plant one bug each (for the soundness tests).
//
// Rows 0..m-1 of region "main" (m = 8):
//   a = 1..m, b = 3i mod 16, c = a + b                 gate "add" (constraint "sum")
//   d = running sum of c                               gate "accumulate" (rotation -1)
//   a(next) = a + 1                                    gate "increment" (rotation +1)
//   e = i mod 2, f = e * a                             gate "select" (constraints "e bool", "f = e a")
//   b in the nibble table (fixed column, 16 rows)      lookup "b range"
//   a[0] = 1 through the constants column              copy to a constant
//   d[m-1] = instance[0]                               copy to an instance cell
//   rlc (phase 1) = Σ a_i γ^(i..)                      gates "rlc init", "rlc step" (challenge γ)
// Region "pairs", rows 0..3: (x, y) = (a, c) of row perm[j], copied from
// "main" (copies across columns) and looked up in the dynamic table (a, c)
// whose table selector is s_add                      lookup "pair in add rows"
// Region "reversed", rows 0..m-1: r = a reversed; shuffle "reverse" of
// s_add·a against s_rev·r.
#include <vector>

#include "cpp/plonk/assignment.hpp"

namespace zkevm::plonk::test {

enum class Bug { None, WrongGateValue, MissingLookupTuple, BrokenCopy, WrongShuffle, UnassignedCell };

class FeatureCircuit : public Circuit {
 public:
  static constexpr size_t m = 8;
  static constexpr size_t perm[4] = {5, 0, 7, 3};

  explicit FeatureCircuit(Bug bug = Bug::None) : bug_(bug) {}

  Column<Advice> a, b, c, d, e, f, x, y, r, rlc;
  Column<Fixed> nibble, constants;
  Column<Instance> pub;
  Selector s_add, s_acc, s_inc, s_sel, s_pair, s_rev, s_rlc0, s_rlc;
  Challenge gamma;

  void configure(ConstraintSystem& cs) override {
    a = cs.advice_column("a");
    b = cs.advice_column("b");
    c = cs.advice_column("c");
    d = cs.advice_column("d");
    e = cs.advice_column("e");
    f = cs.advice_column("f");
    x = cs.advice_column("x");
    y = cs.advice_column("y");
    r = cs.advice_column("r");
    gamma = cs.challenge_usable_after(0);
    rlc = cs.advice_column("rlc", 1);
    nibble = cs.fixed_column("nibble");
    constants = cs.fixed_column("constants");
    pub = cs.instance_column("pub");
    s_add = cs.selector("s_add");
    s_acc = cs.selector("s_acc");
    s_inc = cs.selector("s_inc");
    s_sel = cs.selector("s_sel");
    s_pair = cs.selector("s_pair");
    s_rev = cs.selector("s_rev");
    s_rlc0 = cs.selector("s_rlc0");
    s_rlc = cs.selector("s_rlc");
    for (AnyColumn col : {a.any(), c.any(), d.any(), x.any(), y.any(), pub.any()}) cs.enable_equality(col);
    cs.enable_constant(constants);

    cs.create_gate("add", {{"sum", s_add * (a + b - c)}});
    cs.create_gate("accumulate", {{"running sum", s_acc * (d - d.prev() - c)}});
    cs.create_gate("increment", {{"next a", s_inc * (a.next() - a - 1)}});
    cs.create_gate("select", {{"e bool", s_sel * e * (Expression(1) - e)}, {"f = e a", s_sel * (f - e * a)}});
    cs.create_gate("rlc init", {{"rlc0", s_rlc0 * (rlc - a)}});
    cs.create_gate("rlc step", {{"rlc", s_rlc * (rlc - rlc.prev() * gamma - a)}});
    cs.lookup("b range", "nibble", {b.cur()}, {nibble.cur()}, Expression(s_add));
    cs.lookup("pair in add rows", "add rows (a, c)", {x.cur(), y.cur()}, {a.cur(), c.cur()}, Expression(s_pair),
              Expression(s_add));
    cs.shuffle("reverse", {s_add * a}, {s_rev * r});
  }

  void synthesize(Assignment& asg) override {
    for (uint64_t v = 0; v < 16; ++v) asg.assign(nibble, v, Fr::from_u64(v));
    std::vector<Fr> av, bv, cv, dv;
    for (size_t i = 0; i < m; ++i) {
      av.push_back(Fr::from_u64(i + 1));
      bv.push_back(Fr::from_u64((3 * i) % 16));
      if (bug_ == Bug::MissingLookupTuple && i == 5) bv.back() = Fr::from_u64(16);
      cv.push_back(av[i] + bv[i]);
      if (bug_ == Bug::WrongGateValue && i == 3) cv.back() += Fr::one();
      dv.push_back(i == 0 ? cv[0] : dv[i - 1] + cv[i]);
    }
    a_values = av;
    Region main = asg.region("main", 0);
    std::vector<Cell> a_cells, c_cells;
    Cell d_last;
    for (size_t i = 0; i < m; ++i) {
      a_cells.push_back(i == 0 ? main.assign_constant(a, 0, av[0]) : main.assign_advice(a, i, av[i]));
      if (!(bug_ == Bug::UnassignedCell && i == 4)) main.assign_advice(b, i, bv[i]);
      c_cells.push_back(main.assign_advice(c, i, cv[i]));
      d_last = main.assign_advice(d, i, dv[i]);
      const Fr ev = Fr::from_u64(i % 2);
      main.assign_advice(e, i, ev);
      main.assign_advice(f, i, ev * av[i]);
      main.enable_selector(s_add, i);
      main.enable_selector(s_sel, i);
      if (i > 0) main.enable_selector(s_acc, i);
      if (i + 1 < m) main.enable_selector(s_inc, i);
      main.enable_selector(i == 0 ? s_rlc0 : s_rlc, i);
    }
    Fr out = dv[m - 1];
    if (bug_ == Bug::BrokenCopy) out += Fr::one();
    asg.assign(pub, 0, out);
    asg.copy(d_last, Cell{pub.any(), 0});

    Region pairs = asg.region("pairs", m);
    for (size_t j = 0; j < 4; ++j) {
      Cell xc = pairs.assign_advice(x, j, av[perm[j]]);
      Cell yc = pairs.assign_advice(y, j, cv[perm[j]]);
      pairs.enable_selector(s_pair, j);
      asg.copy(xc, a_cells[perm[j]]);
      asg.copy(yc, c_cells[perm[j]]);
    }

    Region reversed = asg.region("reversed", m + 4);
    for (size_t i = 0; i < m; ++i) {
      Fr rv = av[m - 1 - i];
      if (bug_ == Bug::WrongShuffle && i == 2) rv += Fr::from_u64(100);
      reversed.assign_advice(r, i, rv);
      reversed.enable_selector(s_rev, i);
    }
  }

  void synthesize_phase1(Assignment& asg, const Challenges& challenges) override {
    const Fr g = challenges.get(gamma);
    Fr acc = Fr::zero();
    for (size_t i = 0; i < m; ++i) {
      acc = acc * g + a_values[i];
      asg.assign(rlc, i, acc);
    }
  }

  std::vector<Fr> a_values;

 private:
  Bug bug_;
};

}  // namespace zkevm::plonk::test
