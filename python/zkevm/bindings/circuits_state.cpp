// zkevm._zkevm.circuits_state: the State circuit built from a bus-mapping's
// RW columns; MockProver, keygen/prove/verify over the insecure test SRS.
#include <pybind11/stl.h>

#include "circuits/state/circuit.hpp"
#include "cpp/plonk/mock_prover.hpp"
#include "python/zkevm/bindings/bindings.hpp"
#include "python/zkevm/bindings/circuits_tables.hpp"

namespace zkevm::bindings {

void bind_circuits_state(py::module_& parent) {
  using circuits::state::StateCircuit;
  py::module_ m = parent.def_submodule("circuits_state", "The State circuit (native core).");
  py::class_<StateCircuit>(m, "StateCircuit", "The State circuit over one trace's RW operations.")
      .def(py::init([](const py::dict& rw) { return StateCircuit::from_ops(rw_ops_from_py(rw)); }), py::arg("rw"),
           "From a bus-mapping 'rw' column dict.")
      .def("minimum_k", py::overload_cast<>(&StateCircuit::minimum_k, py::const_),
           "The smallest k that holds the u11 table and the operations.")
      .def("num_operations", [](const StateCircuit& c) { return c.operations().size(); })
      .def(
          "mock_prove",
          [](StateCircuit& c, uint32_t k) {
            std::vector<plonk::Failure> failures;
            {
              py::gil_scoped_release release;
              failures = plonk::MockProver::run(c, k ? k : c.minimum_k()).verify();
            }
            return failures_to_py(failures);
          },
          py::arg("k") = 0, "MockProver failures as dicts (empty when satisfied); k = 0 picks minimum_k().")
      .def(
          "prove",
          [](StateCircuit& c, uint32_t k, uint64_t srs_seed) {
            return prove_with_test_srs(c, k ? k : c.minimum_k(), srs_seed);
          },
          py::arg("k") = 0, py::arg("srs_seed") = 1,
          "Keygen and a KZG proof over the insecure test SRS: {proof, verifying_key, k, seconds}.");
  m.def(
      "verify",
      [](const py::bytes& vk, const py::bytes& proof, uint64_t srs_seed) {
        StateCircuit shape({});
        return verify_with_test_srs(shape, vk, proof, srs_seed);
      },
      py::arg("verifying_key"), py::arg("proof"), py::arg("srs_seed") = 1,
      "Whether a State-circuit proof verifies (insecure test SRS of the same seed).");
}

}  // namespace zkevm::bindings
