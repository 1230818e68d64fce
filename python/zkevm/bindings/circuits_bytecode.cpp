// zkevm._zkevm.circuits_bytecode: the Bytecode circuit built from a
// bus-mapping's bytecodes; MockProver, keygen/prove/verify over the test SRS.
#include <pybind11/stl.h>

#include "circuits/bytecode/circuit.hpp"
#include "cpp/plonk/mock_prover.hpp"
#include "python/zkevm/bindings/bindings.hpp"
#include "python/zkevm/bindings/circuits_tables.hpp"

namespace zkevm::bindings {

void bind_circuits_bytecode(py::module_& parent) {
  using circuits::bytecode::BytecodeCircuit;
  py::module_ m = parent.def_submodule("circuits_bytecode", "The Bytecode circuit (native core).");
  py::class_<BytecodeCircuit>(m, "BytecodeCircuit", "The Bytecode circuit over one trace's codes.")
      .def(py::init([](const py::dict& bytecodes) { return BytecodeCircuit(bytecodes_from_py(bytecodes)); }),
           py::arg("bytecodes"), "From a bus-mapping 'bytecodes' column dict.")
      .def("minimum_k", &BytecodeCircuit::minimum_k)
      .def("num_rows", [](const BytecodeCircuit& c) { return c.rows().size(); })
      .def(
          "mock_prove",
          [](BytecodeCircuit& c, uint32_t k) {
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
          [](BytecodeCircuit& c, uint32_t k, uint64_t srs_seed) {
            return prove_with_test_srs(c, k ? k : c.minimum_k(), srs_seed);
          },
          py::arg("k") = 0, py::arg("srs_seed") = 1,
          "Keygen and a KZG proof over the insecure test SRS: {proof, verifying_key, k, seconds}.");
  m.def(
      "verify",
      [](const py::bytes& vk, const py::bytes& proof, uint64_t srs_seed) {
        BytecodeCircuit shape({});
        return verify_with_test_srs(shape, vk, proof, srs_seed);
      },
      py::arg("verifying_key"), py::arg("proof"), py::arg("srs_seed") = 1,
      "Whether a Bytecode-circuit proof verifies (insecure test SRS of the same seed).");
}

}  // namespace zkevm::bindings
