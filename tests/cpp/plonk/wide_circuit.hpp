#pragma once
// A wide circuit for size tests and benchmarks: 40 advice columns, 5 fixed
// columns (one a 2^8-row table) and 5 selectors, degree-4 gates on every
// usable row, one lookup, a gate across rows and copy constraints.
//   gate i (0..9): s_(i mod 5) * (w[4i] w[4i+1] w[4i+2] + f[i mod 4] - w[4i+3])
//   gate "shift":  s_0 * (w[38]@-1 - w[39])           (rows ≥ 1)
//   lookup "byte": w[0] in table t
//   copies:        w[4] = w[0] on `copies` rows
#include <random>
#include <vector>

#include "cpp/plonk/assignment.hpp"
#include "cpp/util/parallel.hpp"

namespace zkevm::plonk::test {

class WideCircuit : public Circuit {
 public:
  explicit WideCircuit(size_t copies = 1000, uint64_t seed = 1) : copies_(copies), seed_(seed) {}

  std::vector<Column<Advice>> w;
  std::vector<Column<Fixed>> f;
  Column<Fixed> t;
  std::vector<Selector> s;

  // prefix followed by i (appending avoids a GCC 12 -Wrestrict false positive on "lit" + string).
  static std::string name(const char* prefix, int i) { return std::string(prefix).append(std::to_string(i)); }

  void configure(ConstraintSystem& cs) override {
    for (int i = 0; i < 40; ++i) w.push_back(cs.advice_column(name("w", i)));
    t = cs.fixed_column("byte table");
    for (int i = 0; i < 4; ++i) f.push_back(cs.fixed_column(name("f", i)));
    for (int i = 0; i < 5; ++i) s.push_back(cs.selector(name("s", i)));
    for (int i = 0; i < 10; ++i) {
      cs.create_gate(name("mul", i),
                     s[i % 5] * (w[4 * i] * w[4 * i + 1] * w[4 * i + 2] + f[i % 4] - w[4 * i + 3]));
    }
    s_shift = cs.selector("s_shift");
    cs.create_gate("shift", s_shift * (w[38].prev() - w[39]));
    cs.lookup("byte", "byte table", {w[0].cur()}, {t.cur()});
    cs.enable_equality(w[0]);
    cs.enable_equality(w[4]);
  }

  void synthesize(Assignment& asg) override {
    const size_t rows = asg.usable_rows();
    std::vector<Fr> table(256);
    for (uint64_t v = 0; v < 256; ++v) table[v] = Fr::from_u64(v);
    asg.assign_column(t, table);
    std::vector<Fr> ones(rows, Fr::one());
    for (auto sel : s) asg.assign_column(sel.fixed_column(), ones);
    asg.assign_column(s_shift.fixed_column(), std::span<const Fr>(ones).subspan(1), 1);
    std::vector<std::vector<Fr>> cols(40, std::vector<Fr>(rows)), fixed(4, std::vector<Fr>(rows));
    parallel_for(4, [&](size_t j) {
      std::mt19937_64 rng(seed_ * 100 + j);
      for (auto& v : fixed[j]) v = Fr::random(rng);
    });
    parallel_for(10, [&](size_t i) {
      std::mt19937_64 rng(seed_ * 1000 + i);
      for (size_t r = 0; r < rows; ++r) {
        for (size_t j = 0; j < 3; ++j) cols[4 * i + j][r] = i == 0 && j == 0 ? Fr::from_u64(rng() % 256) : Fr::random(rng);
      }
    });
    cols[4] = cols[0];  // copied column
    parallel_for(10, [&](size_t i) {
      if (i == 9) return;  // w[39] is the shifted w[38]; gate 9 uses it
      for (size_t r = 0; r < rows; ++r) {
        cols[4 * i + 3][r] = cols[4 * i][r] * cols[4 * i + 1][r] * cols[4 * i + 2][r] + fixed[i % 4][r];
      }
    });
    // "shift" fixes w39[r] = w38[r-1]; gate 9 then fixes w37 = (w39 - f1) / (w36 w38).
    std::vector<Fr> denominators(rows);
    for (size_t r = 0; r < rows; ++r) {
      cols[39][r] = r == 0 ? Fr::from_u64(12345) : cols[38][r - 1];
      denominators[r] = cols[36][r] * cols[38][r];
    }
    ff::batch_inverse(denominators);
    for (size_t r = 0; r < rows; ++r) cols[37][r] = (cols[39][r] - fixed[1][r]) * denominators[r];
    for (size_t j = 0; j < 4; ++j) asg.assign_column(f[j], fixed[j]);
    for (size_t j = 0; j < 40; ++j) asg.assign_column(w[j], cols[j]);
    for (size_t c = 0; c < copies_ && c < rows; ++c) {
      const size_t r = (c * 7919) % rows;
      asg.copy(Cell{w[0].any(), r}, Cell{w[4].any(), r});
    }
  }

  Selector s_shift;

 private:
  size_t copies_;
  uint64_t seed_;
};

}  // namespace zkevm::plonk::test
