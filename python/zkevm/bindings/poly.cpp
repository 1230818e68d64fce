// zkevm._zkevm.poly: NTTs and polynomial evaluation on numpy arrays of Fr in
// the project's array layout (shape (n, 4), uint64, canonical little-endian
// limbs per row). Scalars cross as 4-limb canonical tuples; zkevm/poly.py turns
// them into zkevm.ff.Fr or ints. Every call releases the GIL while it computes.
#include <pybind11/numpy.h>
#include <pybind11/stl.h>

#include <bit>
#include <string>

#include "cpp/poly/domain.hpp"
#include "cpp/poly/evaluate.hpp"
#include "cpp/poly/lagrange.hpp"
#include "cpp/poly/ntt.hpp"
#include "cpp/util/error.hpp"
#include "cpp/util/parallel.hpp"
#include "python/zkevm/bindings/bindings.hpp"
#include "python/zkevm/bindings/fr_array.hpp"

namespace zkevm::bindings {

namespace {

using poly::Fr;

// log2 of n; InputError unless n is a power of two within Fr's 2-adicity.
unsigned log_size_of(std::size_t n, const char* what) {
  if (n == 0 || !std::has_single_bit(n) || std::countr_zero(n) > static_cast<int>(poly::NttPlan::max_log_size)) {
    throw InputError(std::string(what) + ": length " + std::to_string(n) +
                     " is not a power of two of at most 2^28 (NTT sizes are 1, 2, 4, ..., 2^28)");
  }
  return static_cast<unsigned>(std::countr_zero(n));
}

// Converts, runs transform(plan, values) without the GIL, converts back.
template <class Transform>
LimbArray transform_array(const LimbArray& array, const char* what, Transform transform) {
  std::vector<Fr> values = fr_from_array(array, what);
  auto plan = poly::NttPlan::get(log_size_of(values.size(), what));
  {
    py::gil_scoped_release release;
    transform(*plan, values);
  }
  return fr_to_array(values);
}

}  // namespace

void bind_poly(py::module_& m) {
  auto p = m.def_submodule("poly", "NTTs and polynomial evaluation over BN254 Fr on (n, 4) uint64 limb arrays.");

  p.def(
      "ntt",
      [](const LimbArray& a) {
        return transform_array(a, "ntt", [](const poly::NttPlan& plan, std::vector<Fr>& v) { plan.forward(v); });
      },
      py::arg("coefficients"), "Evaluations at omega^i of the polynomial with these coefficients (length 2^k).");
  p.def(
      "intt",
      [](const LimbArray& a) {
        return transform_array(a, "intt", [](const poly::NttPlan& plan, std::vector<Fr>& v) { plan.inverse(v); });
      },
      py::arg("evaluations"), "Coefficients of the polynomial with these evaluations at omega^i.");
  p.def(
      "coset_ntt",
      [](const LimbArray& a, const Limbs& g) {
        const Fr shift = fr_from_limbs(g, "coset_ntt: coset generator");
        return transform_array(
            a, "coset_ntt", [&](const poly::NttPlan& plan, std::vector<Fr>& v) { plan.coset_forward(v, shift); });
      },
      py::arg("coefficients"), py::arg("generator"), "Evaluations at g * omega^i.");
  p.def(
      "coset_intt",
      [](const LimbArray& a, const Limbs& g) {
        const Fr shift = fr_from_limbs(g, "coset_intt: coset generator");
        return transform_array(
            a, "coset_intt", [&](const poly::NttPlan& plan, std::vector<Fr>& v) { plan.coset_inverse(v, shift); });
      },
      py::arg("evaluations"), py::arg("generator"), "Coefficients from evaluations at g * omega^i.");
  p.def(
      "evaluate",
      [](const LimbArray& a, const Limbs& z) {
        poly::Polynomial<poly::Coeff> coefficients(fr_from_array(a, "evaluate"));
        const Fr point = fr_from_limbs(z, "evaluate: point");
        py::gil_scoped_release release;
        return poly::evaluate(coefficients, point).to_canonical();
      },
      py::arg("coefficients"), py::arg("z"), "p(z) for p given by its coefficients.");
  p.def(
      "evaluate_lagrange",
      [](const LimbArray& a, const Limbs& z) {
        poly::Polynomial<poly::Lagrange> evaluations(fr_from_array(a, "evaluate_lagrange"));
        const Fr point = fr_from_limbs(z, "evaluate_lagrange: point");
        const unsigned k = log_size_of(evaluations.size(), "evaluate_lagrange");
        py::gil_scoped_release release;
        poly::EvaluationDomain domain(k, 0);
        return poly::evaluate_lagrange(domain, evaluations, point).to_canonical();
      },
      py::arg("evaluations"), py::arg("z"), "p(z) for p given by its evaluations at omega^i (barycentric formula).");
  p.def(
      "lagrange_basis",
      [](unsigned k, const Limbs& z, const std::vector<int32_t>& rotations) {
        const Fr point = fr_from_limbs(z, "lagrange_basis: point");
        std::vector<poly::Rotation> rots;
        for (int32_t r : rotations) rots.push_back(poly::Rotation{r});
        std::vector<Fr> basis;
        {
          py::gil_scoped_release release;
          poly::EvaluationDomain domain(k, 0);
          basis = poly::lagrange_basis_at(domain, point, rots);
        }
        return fr_to_array(basis);
      },
      py::arg("k"), py::arg("z"), py::arg("rotations"), "L_{r mod n}(z) for each rotation r, domain size n = 2^k.");
  p.def(
      "divide_by_linear",
      [](const LimbArray& a, const Limbs& z) {
        poly::Polynomial<poly::Coeff> coefficients(fr_from_array(a, "divide_by_linear"));
        const Fr point = fr_from_limbs(z, "divide_by_linear: point");
        Fr remainder;
        poly::Polynomial<poly::Coeff> quotient;
        {
          py::gil_scoped_release release;
          quotient = poly::divide_by_linear(coefficients, point, &remainder);
        }
        return py::make_tuple(fr_to_array(quotient.values()), remainder.to_canonical());
      },
      py::arg("coefficients"), py::arg("z"), "(q, r) with p = q * (X - z) + r.");
  p.def(
      "root_of_unity", [](unsigned k) { return poly::NttPlan::root_of_unity(k).to_canonical(); }, py::arg("k"),
      "omega of the domain of size 2^k (a primitive 2^k-th root of unity).");
}

}  // namespace zkevm::bindings
