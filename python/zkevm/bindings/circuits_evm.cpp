// zkevm._zkevm.circuits_evm: the EVM circuit from a state-test case's trace:
// its steps as columns, MockProver failures, a KZG proof and its check.
#include <pybind11/stl.h>

#include <chrono>

#include "circuits/evm/circuit.hpp"
#include "cpp/plonk/keygen.hpp"
#include "cpp/plonk/mock_prover.hpp"
#include "cpp/plonk/prover.hpp"
#include "cpp/plonk/verifier.hpp"
#include "python/zkevm/bindings/bindings.hpp"

namespace zkevm::bindings {

namespace {

using circuits::evm_circuit::EvmCircuit;
using circuits::evm_circuit::EvmTrace;

// The insecure SRS of the demos and tests: tau is a public constant.
pcs::Srs demo_srs(uint32_t k) { return pcs::Srs::insecure_from_secret(plonk::Fr::from_u64(0x5eed1234), size_t{1} << k); }

py::dict failure_row(const plonk::Failure& f) {
  py::dict d;
  d["kind"] = plonk::to_string(f.kind);
  d["headline"] = f.headline();
  d["gate"] = f.gate;
  d["constraint"] = f.constraint;
  d["lookup"] = f.argument;
  d["row"] = f.row;
  d["region"] = f.region ? py::object(py::str(f.region->name)) : py::object(py::none());
  d["text"] = f.to_string();
  return d;
}

}  // namespace

void bind_circuits_evm(py::module_& m) {
  auto e = m.def_submodule("circuits_evm", "The EVM circuit (native).");

  py::class_<EvmTrace>(e, "EvmTrace", "The trace of one transaction as the EVM circuit reads it.")
      .def_property_readonly("num_steps", [](const EvmTrace& t) { return t.steps.size(); })
      .def_property_readonly("num_rw_ops", [](const EvmTrace& t) { return t.rw_ops.size(); })
      .def_property_readonly("execution_states", [](const EvmTrace& t) {
        std::vector<std::string> out;
        for (const auto& s : t.steps) out.push_back(s.execution_state);
        return out;
      });

  e.def(
      "trace",
      [](const evm::StateTestCase& c) {
        py::gil_scoped_release release;
        return circuits::evm_circuit::trace_state_test_case(c);
      },
      py::arg("case"), "Runs a state-test case with the bus-mapping tracer and returns its EvmTrace.");
  e.def("unsupported_states", &circuits::evm_circuit::unsupported_states, py::arg("trace"),
        "The execution states (or trace shapes) the EVM circuit has no gadget for; empty when supported.");

  py::class_<EvmCircuit>(e, "EvmCircuit", "The EVM circuit of one trace, with its RW, Bytecode and u8 tables.")
      .def(py::init<EvmTrace>(), py::arg("trace"))
      .def_property_readonly("minimum_k", &EvmCircuit::minimum_k)
      .def_property_readonly("evm_rows", &EvmCircuit::evm_rows)
      .def("steps",
           [](const EvmCircuit& c) {
             std::vector<std::string> state;
             std::vector<uint64_t> rw_counter, pc, stack_pointer, gas_left, memory_words, rw_ops;
             for (const auto& s : c.witness().steps) {
               state.push_back(circuits::evm_circuit::execution_state_name(s.state));
               rw_counter.push_back(s.values.rw_counter);
               pc.push_back(s.values.pc);
               stack_pointer.push_back(s.values.stack_pointer);
               gas_left.push_back(s.values.gas_left);
               memory_words.push_back(s.values.memory_words);
               rw_ops.push_back(s.rws.size());
             }
             py::dict d;
             d["execution_state"] = state;
             d["rw_counter"] = rw_counter;
             d["pc"] = pc;
             d["stack_pointer"] = stack_pointer;
             d["gas_left"] = gas_left;
             d["memory_words"] = memory_words;
             d["rw_ops"] = rw_ops;
             return d;
           })
      .def(
          "mock_prove",
          [](EvmCircuit& c, std::optional<uint32_t> k) {
            std::vector<plonk::Failure> failures;
            {
              py::gil_scoped_release release;
              failures = plonk::MockProver::run(c, k.value_or(c.minimum_k())).verify();
            }
            py::list out;
            for (const auto& f : failures) out.append(failure_row(f));
            return out;
          },
          py::arg("k") = py::none(), "MockProver failures (dicts); empty when every constraint holds.")
      .def(
          "prove",
          [](EvmCircuit& c, std::optional<uint32_t> k) {
            const uint32_t kk = k.value_or(c.minimum_k());
            std::vector<uint8_t> proof, vk;
            double keygen_s = 0, prove_s = 0;
            {
              py::gil_scoped_release release;
              const pcs::Srs srs = demo_srs(kk);
              plonk::ConstraintSystem cs;
              c.configure(cs);
              const auto t0 = std::chrono::steady_clock::now();
              const plonk::ProvingKey pk = plonk::keygen(cs, c, srs, kk);
              const auto t1 = std::chrono::steady_clock::now();
              proof = plonk::prove(pk, c, {});
              const auto t2 = std::chrono::steady_clock::now();
              vk = pk.vk.to_bytes();
              keygen_s = std::chrono::duration<double>(t1 - t0).count();
              prove_s = std::chrono::duration<double>(t2 - t1).count();
            }
            py::dict d;
            d["k"] = kk;
            d["proof"] = py::bytes(reinterpret_cast<const char*>(proof.data()), proof.size());
            d["verifying_key"] = py::bytes(reinterpret_cast<const char*>(vk.data()), vk.size());
            d["keygen_seconds"] = keygen_s;
            d["prove_seconds"] = prove_s;
            return d;
          },
          py::arg("k") = py::none(),
          "Keygen and a KZG proof over the insecure demo SRS: dict with k, proof, verifying_key, timings.")
      .def(
          "verify",
          [](EvmCircuit& c, const py::bytes& vk_bytes, const py::bytes& proof_bytes) {
            const std::string vk_s = vk_bytes, proof_s = proof_bytes;
            py::gil_scoped_release release;
            plonk::ConstraintSystem cs;
            c.configure(cs);
            const std::span<const uint8_t> vk_span(reinterpret_cast<const uint8_t*>(vk_s.data()), vk_s.size());
            const plonk::VerifyingKey vk = plonk::VerifyingKey::from_bytes(vk_span, cs);
            const pcs::Srs srs = demo_srs(vk.k);
            const std::span<const uint8_t> proof(reinterpret_cast<const uint8_t*>(proof_s.data()), proof_s.size());
            return plonk::verify_ok(vk, {}, proof, srs.verifier_key());
          },
          py::arg("verifying_key"), py::arg("proof"), "True when the proof verifies against the key (demo SRS).");
}

}  // namespace zkevm::bindings
