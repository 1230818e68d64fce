#pragma once
// The standard circuit of the prover benchmark: 20 advice columns, 5 fixed
// columns (two coefficient columns, a 2^8-row byte table, two selectors),
// degree-4 gates on every usable row, one lookup, a gate across rows and
// copy constraints.
//   gate "mul i" (i < 4): s_0 (w[4i] w[4i+1] w[4i+2] + f_0 − w[4i+3])   degree 4
//   gate "affine":        s_0 (w[16] + w[17] f_1 − w[18])                degree 3
//   gate "running sum":   s_1 (w[19] − w[19]@−1 − w[16])                 (rows ≥ 1)
//   lookup "byte":        w[0] in the byte table
//   copies:               w[4] = w[0] on the first `copies` rows
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "cpp/plonk/assignment.hpp"

namespace zkevm::plonk::bench {

class StandardCircuit : public Circuit {
 public:
  explicit StandardCircuit(size_t copies = 1000) : copies_(copies) {}

  std::vector<Column<Advice>> w;
  Column<Fixed> f0, f1, table;
  Selector s0, s1;

  // prefix followed by i (snprintf: GCC 12 warns falsely on string concatenation here).
  static std::string name(const char* prefix, int i) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s%d", prefix, i);
    return buf;
  }

  void configure(ConstraintSystem& cs) override {
    for (int i = 0; i < 20; ++i) w.push_back(cs.advice_column(name("w", i)));
    f0 = cs.fixed_column("f0");
    f1 = cs.fixed_column("f1");
    table = cs.fixed_column("byte table");
    s0 = cs.selector("s0");
    s1 = cs.selector("s1");
    for (int i = 0; i < 4; ++i) {
      cs.create_gate(name("mul ", i),
                     s0 * (w[4 * i] * w[4 * i + 1] * w[4 * i + 2] + f0 - w[4 * i + 3]));
    }
    cs.create_gate("affine", s0 * (w[16] + w[17] * f1 - w[18]));
    cs.create_gate("running sum", s1 * (w[19] - w[19].prev() - w[16]));
    cs.lookup("byte", "byte table", {w[0].cur()}, {table.cur()});
    cs.enable_equality(w[0]);
    cs.enable_equality(w[4]);
  }

  void synthesize(Assignment& a) override {
    const size_t u = a.usable_rows();
    std::mt19937_64 rng(42);
    for (uint64_t v = 0; v < 256; ++v) a.assign(table, v, Fr::from_u64(v));
    // Inputs outside the 2^8 table rows must still be bytes: the table column is 0 past row 255.
    std::vector<std::vector<Fr>> cols(20, std::vector<Fr>(u));
    std::vector<Fr> c0(u), c1(u);
    for (size_t r = 0; r < u; ++r) {
      c0[r] = Fr::from_u64(r);
      c1[r] = Fr::from_u64(3 * r + 1);
      for (int i = 0; i < 4; ++i) {
        for (int j = 0; j < 3; ++j) cols[4 * i + j][r] = Fr::random(rng);
      }
      cols[0][r] = Fr::from_u64(rng() & 0xff);
      if (r < copies_) cols[4][r] = cols[0][r];
      for (int i = 0; i < 4; ++i) cols[4 * i + 3][r] = cols[4 * i][r] * cols[4 * i + 1][r] * cols[4 * i + 2][r] + c0[r];
      cols[16][r] = Fr::random(rng);
      cols[17][r] = Fr::random(rng);
      cols[18][r] = cols[16][r] + cols[17][r] * c1[r];
      cols[19][r] = r == 0 ? Fr::zero() : cols[19][r - 1] + cols[16][r];
    }
    a.assign_column(f0, c0);
    a.assign_column(f1, c1);
    for (int i = 0; i < 20; ++i) a.assign_column(w[i], cols[i]);
    for (size_t r = 0; r < u; ++r) {
      a.enable_selector(s0, r);
      if (r > 0) a.enable_selector(s1, r);
    }
    for (size_t r = 0; r < std::min(copies_, u); ++r) a.copy(Cell{w[0].any(), r}, Cell{w[4].any(), r});
  }

 private:
  size_t copies_;
};

}  // namespace zkevm::plonk::bench
