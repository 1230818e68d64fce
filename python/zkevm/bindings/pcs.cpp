// zkevm._zkevm.pcs: KZG over BN254 — the SRS (insecure generation, .ptau
// loading), commit, open, verify. Polynomials cross as (n, 4) limb arrays,
// scalars as 4-limb tuples, points as zkevm.ec.G1 (bound in ec.cpp).
#include <pybind11/numpy.h>
#include <pybind11/stl.h>

#include "cpp/pcs/kzg.hpp"
#include "cpp/pcs/ptau.hpp"
#include "cpp/pcs/srs.hpp"
#include "python/zkevm/bindings/bindings.hpp"
#include "python/zkevm/bindings/fr_array.hpp"

namespace zkevm::bindings {

void bind_pcs(py::module_& root) {
  using pcs::Srs;
  auto m = root.def_submodule("pcs", "KZG polynomial commitments over BN254");

  py::class_<Srs>(m, "Srs", "A KZG structured reference string: [tau^i]G1 for i < size, G2, [tau]G2.")
      .def_static(
          "insecure_from_secret",
          [](const Limbs& tau, std::size_t n) {
            const ff::Fr secret = fr_from_limbs(tau, "insecure SRS: tau");
            py::gil_scoped_release release;
            return Srs::insecure_from_secret(secret, n);
          },
          py::arg("tau"), py::arg("n"), "INSECURE: the SRS of a known secret (tests and demos only).")
      .def_static(
          "load_ptau",
          [](const std::string& path, std::size_t max_powers) {
            py::gil_scoped_release release;
            return pcs::load_ptau(path, max_powers);
          },
          py::arg("path"), py::arg("max_powers") = 0, "The SRS of a snarkjs .ptau powers-of-tau file.")
      .def_property_readonly("size", &Srs::size)
      .def(
          "g1_power", [](const Srs& s, std::size_t i) {
            if (i >= s.size()) throw InputError("SRS: power " + std::to_string(i) + " of " + std::to_string(s.size()));
            return ec::G1Jacobian::from_affine(s.g1_powers()[i]);
          },
          py::arg("i"), "[tau^i]G1.")
      .def_property_readonly("g2", [](const Srs& s) { return ec::G2Jacobian::from_affine(s.g2()); })
      .def_property_readonly("g2_tau", [](const Srs& s) { return ec::G2Jacobian::from_affine(s.g2_tau()); })
      .def("__repr__", [](const Srs& s) { return "Srs(size=" + std::to_string(s.size()) + ")"; });

  m.def(
      "commit",
      [](const Srs& srs, const LimbArray& coefficients) {
        pcs::Polynomial<pcs::Coeff> p(fr_from_array(coefficients, "commit"));
        py::gil_scoped_release release;
        return ec::G1Jacobian::from_affine(pcs::commit(srs, p));
      },
      py::arg("srs"), py::arg("coefficients"));
  m.def(
      "commit_lagrange",
      [](const Srs& srs, const LimbArray& evaluations) {
        pcs::Polynomial<pcs::Lagrange> p(fr_from_array(evaluations, "commit_lagrange"));
        py::gil_scoped_release release;
        return ec::G1Jacobian::from_affine(pcs::commit_lagrange(srs, p));
      },
      py::arg("srs"), py::arg("evaluations"));
  m.def(
      "open",
      [](const Srs& srs, const LimbArray& coefficients, const Limbs& z) {
        pcs::Polynomial<pcs::Coeff> p(fr_from_array(coefficients, "open"));
        const ff::Fr point = fr_from_limbs(z, "open: point");
        pcs::Opening opening;
        {
          py::gil_scoped_release release;
          opening = pcs::open(srs, p, point);
        }
        return py::make_tuple(opening.value.to_canonical(), ec::G1Jacobian::from_affine(opening.proof));
      },
      py::arg("srs"), py::arg("coefficients"), py::arg("z"));
  m.def(
      "verify",
      [](const Srs& srs, const ec::G1Jacobian& commitment, const Limbs& z, const Limbs& value,
         const ec::G1Jacobian& proof) {
        const ff::Fr point = fr_from_limbs(z, "verify: point");
        const ff::Fr claimed = fr_from_limbs(value, "verify: value");
        py::gil_scoped_release release;
        return pcs::verify(srs.verifier_key(), commitment.to_affine(), point, claimed, proof.to_affine());
      },
      py::arg("srs"), py::arg("commitment"), py::arg("z"), py::arg("value"), py::arg("proof"));
}

}  // namespace zkevm::bindings
