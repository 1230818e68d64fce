// zkevm._zkevm.circuits_super: the SuperCircuit of a state-test case — its
// sizes and public inputs, MockProver failures, a KZG proof and its check.
#include <pybind11/stl.h>

#include "circuits/super/super_circuit.hpp"
#include "cpp/plonk/mock_prover.hpp"
#include "python/zkevm/bindings/circuits_tables.hpp"
#include "cpp/util/error.hpp"

namespace zkevm::bindings {

namespace {

using circuits::SuperCircuit;
using circuits::SuperTrace;

py::list public_inputs_to_py(const std::vector<plonk::Fr>& values) {
  py::list out;
  for (const plonk::Fr& v : values) out.append(py::int_(py::str(v.to_string())));
  return out;
}

std::vector<plonk::Fr> public_inputs_from_py(const std::vector<py::int_>& values) {
  std::vector<plonk::Fr> out;
  out.reserve(values.size());
  for (const py::int_& v : values) out.push_back(plonk::Fr::from_string(py::str(v).cast<std::string>()));
  return out;
}

// The SuperCircuit's shape (it does not depend on the trace), for verifying.
class SuperShape : public plonk::Circuit {
 public:
  void configure(plonk::ConstraintSystem& cs) override { circuits::SuperConfig::configure(cs); }
  void synthesize(plonk::Assignment&) override { throw InternalError("SuperShape has no witness"); }
};

}  // namespace

void bind_circuits_super(py::module_& m) {
  auto s = m.def_submodule("circuits_super", "The SuperCircuit (native).");

  py::class_<SuperCircuit>(s, "SuperCircuit",
                           "Every sub-circuit (EVM, State, Bytecode, Keccak, fixed tables) of one trace in one "
                           "constraint system.")
      .def(py::init([](const SuperTrace& t) {
             py::gil_scoped_release release;
             return std::make_unique<SuperCircuit>(t);
           }),
           py::arg("trace"))
      .def_property_readonly("minimum_k", &SuperCircuit::minimum_k)
      .def("sizes",
           [](const SuperCircuit& c) {
             const circuits::SuperSizes& z = c.sizes();
             py::dict d;
             d["k"] = z.k;
             d["evm_rows"] = z.evm_rows;
             d["rw_rows"] = z.rw_rows;
             d["bytecode_rows"] = z.bytecode_rows;
             d["keccak_rows"] = z.keccak_rows;
             d["fixed_table_rows"] = z.fixed_table_rows;
             return d;
           })
      .def("layout",
           [](SuperCircuit& c, std::optional<uint32_t> k) {
             plonk::ConstraintSystem cs;
             c.configure(cs);
             return cs.layout_report(k.value_or(c.minimum_k())).to_string();
           },
           py::arg("k") = py::none(), "The constraint system's layout report at k (default: minimum_k).")
      .def("public_inputs", [](const SuperCircuit& c) { return public_inputs_to_py(c.public_inputs()); })
      .def(
          "mock_prove",
          [](SuperCircuit& c, std::optional<uint32_t> k) {
            std::vector<plonk::Failure> failures;
            {
              py::gil_scoped_release release;
              failures = plonk::MockProver::run(c, k.value_or(c.minimum_k())).verify();
            }
            return failures_to_py(failures);
          },
          py::arg("k") = py::none(), "MockProver failures (dicts); empty when every constraint holds.")
      .def(
          "prove",
          [](SuperCircuit& c, std::optional<uint32_t> k, uint64_t srs_seed) {
            return prove_with_test_srs(c, k.value_or(c.minimum_k()), srs_seed, {c.public_inputs()});
          },
          py::arg("k") = py::none(), py::arg("srs_seed"),
          "Keygen and a KZG proof over the insecure test SRS of secret srs_seed: dict with k, proof, "
          "verifying_key, seconds, phase timings.");

  s.def(
      "verify",
      [](const py::bytes& verifying_key, const py::bytes& proof, const std::vector<py::int_>& public_inputs,
         uint64_t srs_seed) {
        SuperShape shape;
        return verify_with_test_srs(shape, verifying_key, proof, srs_seed, {public_inputs_from_py(public_inputs)});
      },
      py::arg("verifying_key"), py::arg("proof"), py::arg("public_inputs"), py::arg("srs_seed"),
      "Whether the proof verifies for the key and public inputs over the insecure test SRS of secret srs_seed.");
}

}  // namespace zkevm::bindings
