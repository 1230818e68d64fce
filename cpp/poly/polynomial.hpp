#pragma once
// Polynomial<Basis>: a polynomial over Fr as a vector of values whose meaning
// the Basis tag fixes, so coefficients and evaluations cannot be mixed up:
//   Coeff             coefficients a_0 .. a_{n-1} of sum a_i X^i;
//   Lagrange          evaluations at omega^i, i < n (the rows of a column);
//   ExtendedLagrange  evaluations at g * omega_ext^i on the extended coset
//                     (where the quotient is computed).
// Conversions between bases go through EvaluationDomain (domain.hpp).
#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "cpp/ff/bn254.hpp"
#include "cpp/util/error.hpp"
#include "cpp/util/parallel.hpp"

namespace zkevm::poly {

using ff::Fr;

struct Coeff {
  static constexpr const char* name = "coefficient";
};
struct Lagrange {
  static constexpr const char* name = "Lagrange";
};
struct ExtendedLagrange {
  static constexpr const char* name = "extended Lagrange";
};

namespace detail {
// Element-wise loops are cheap per item; chunks this small are not worth a thread.
inline constexpr std::size_t kElementwiseChunk = 1 << 14;
}  // namespace detail

template <class Basis>
class Polynomial {
 public:
  Polynomial() = default;
  // n zero values.
  explicit Polynomial(std::size_t n) : values_(n) {}
  // Takes the values as given (coefficients or evaluations, per Basis).
  explicit Polynomial(std::vector<Fr> values) : values_(std::move(values)) {}

  std::size_t size() const { return values_.size(); }
  bool empty() const { return values_.empty(); }
  Fr& operator[](std::size_t i) { return values_[i]; }
  const Fr& operator[](std::size_t i) const { return values_[i]; }
  std::span<Fr> span() { return values_; }
  std::span<const Fr> span() const { return values_; }
  const std::vector<Fr>& values() const { return values_; }
  std::vector<Fr>& values() { return values_; }
  // Moves the values out, leaving the polynomial empty.
  std::vector<Fr> take() { return std::move(values_); }

  friend bool operator==(const Polynomial& a, const Polynomial& b) { return a.values_ == b.values_; }

  // this += other. Coefficient polynomials of different lengths are padded with
  // zeros; evaluation forms must have the same size (InputError otherwise).
  Polynomial& operator+=(const Polynomial& other) {
    combine(other, [](Fr& a, const Fr& b) { a += b; });
    return *this;
  }
  // this -= other, with the same size rules as +=.
  Polynomial& operator-=(const Polynomial& other) {
    combine(other, [](Fr& a, const Fr& b) { a -= b; });
    return *this;
  }
  // this *= c for a scalar c.
  Polynomial& operator*=(const Fr& c) {
    parallel_for_chunks(
        size(), [&](std::size_t b, std::size_t e) { for (std::size_t i = b; i < e; ++i) values_[i] *= c; },
        detail::kElementwiseChunk);
    return *this;
  }
  // this += c * other (the accumulation step of a random linear combination).
  Polynomial& add_scaled(const Fr& c, const Polynomial& other) {
    combine(other, [&c](Fr& a, const Fr& b) { a += c * b; });
    return *this;
  }
  // Point-wise product, meaningful only for evaluation forms (same size required).
  Polynomial& operator*=(const Polynomial& other)
    requires(!std::is_same_v<Basis, Coeff>)
  {
    combine(other, [](Fr& a, const Fr& b) { a *= b; });
    return *this;
  }

  friend Polynomial operator+(Polynomial a, const Polynomial& b) { return a += b; }
  friend Polynomial operator-(Polynomial a, const Polynomial& b) { return a -= b; }
  friend Polynomial operator*(Polynomial a, const Fr& c) { return a *= c; }
  friend Polynomial operator*(const Fr& c, Polynomial a) { return a *= c; }
  friend Polynomial operator*(Polynomial a, const Polynomial& b)
    requires(!std::is_same_v<Basis, Coeff>)
  {
    return a *= b;
  }
  Polynomial operator-() const {
    Polynomial r(size());
    parallel_for_chunks(
        size(), [&](std::size_t b, std::size_t e) { for (std::size_t i = b; i < e; ++i) r.values_[i] = -values_[i]; },
        detail::kElementwiseChunk);
    return r;
  }

 private:
  template <class Op>
  void combine(const Polynomial& other, Op op) {
    if (other.size() != size()) {
      if constexpr (std::is_same_v<Basis, Coeff>) {
        if (other.size() > size()) values_.resize(other.size());
      } else {
        throw InputError(std::string(Basis::name) + " polynomials of sizes " + std::to_string(size()) + " and " +
                         std::to_string(other.size()) + " cannot be combined: evaluation forms need equal sizes");
      }
    }
    const std::size_t n = other.size();
    parallel_for_chunks(
        n, [&](std::size_t b, std::size_t e) { for (std::size_t i = b; i < e; ++i) op(values_[i], other.values_[i]); },
        detail::kElementwiseChunk);
  }

  std::vector<Fr> values_;
};

}  // namespace zkevm::poly
