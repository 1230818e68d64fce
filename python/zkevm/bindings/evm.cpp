// zkevm._zkevm.evm: state tests, the EIP-3155 tracer and Keccak-256.
#include <pybind11/stl.h>

#include "cpp/evm/bus_mapping.hpp"
#include "cpp/evm/eip3155.hpp"
#include "cpp/evm/opcodes.hpp"
#include "cpp/evm/state_test.hpp"
#include "cpp/util/keccak.hpp"
#include "cpp/util/parallel.hpp"
#include "python/zkevm/bindings/bindings.hpp"
#include "python/zkevm/bindings/evm_tables.hpp"

namespace zkevm::bindings {
namespace {

using evm::CaseResult;
using evm::StateTestCase;

py::dict result_dict(const StateTestCase& c, const CaseResult& r) {
  py::dict d;
  d["id"] = c.id();
  d["verdict"] = evm::verdict_name(r.verdict);
  d["reason"] = r.reason;
  d["state_root"] = to_hex(r.state_root);
  d["logs_hash"] = to_hex(r.logs_hash);
  d["gas_used"] = r.gas_used;
  d["tx_error"] = r.tx_error;
  d["evm_status"] = r.evm_status;
  return d;
}

}  // namespace

void bind_evm(py::module_& m) {
  py::module_ e = m.def_submodule("evm", "EVM: state tests, traces, Keccak-256");

  py::class_<StateTestCase>(e, "StateTestCase", "One case of a GeneralStateTest: one entry of post[fork].")
      .def_property_readonly("id", &StateTestCase::id)
      .def_property_readonly("file", [](const StateTestCase& c) { return c.test->file; })
      .def_property_readonly("test", [](const StateTestCase& c) { return c.test->name; })
      .def_readonly("fork", &StateTestCase::fork_name)
      .def_readonly("index", &StateTestCase::index)
      .def_readonly("data_index", &StateTestCase::data_index)
      .def_readonly("gas_index", &StateTestCase::gas_index)
      .def_readonly("value_index", &StateTestCase::value_index)
      .def_readonly("expect_exception", &StateTestCase::expect_exception)
      .def_property_readonly("expected_state_root", [](const StateTestCase& c) { return to_hex(c.expected_root); })
      .def_property_readonly("expected_logs_hash", [](const StateTestCase& c) { return to_hex(c.expected_logs_hash); })
      .def("__repr__", [](const StateTestCase& c) { return "<StateTestCase " + c.id() + ">"; });

  e.def("load_state_test", &evm::load_state_test, py::arg("path"), py::arg("fork") = std::nullopt,
        py::call_guard<py::gil_scoped_release>(),
        "Every case of a GeneralStateTests JSON file (optionally one fork's).");

  e.def(
      "run",
      [](const StateTestCase& c) {
        CaseResult r;
        {
          py::gil_scoped_release release;
          r = evm::run_state_test_case(c);
        }
        return result_dict(c, r);
      },
      py::arg("case"), "Runs one case; returns its verdict, roots and gas as a dict.");

  e.def(
      "run_many",
      [](const std::vector<StateTestCase>& cases) {
        std::vector<CaseResult> results(cases.size());
        {
          py::gil_scoped_release release;
          parallel_for(cases.size(), [&](std::size_t i) { results[i] = evm::run_state_test_case(cases[i]); });
        }
        py::list out;
        for (std::size_t i = 0; i < cases.size(); ++i) out.append(result_dict(cases[i], results[i]));
        return out;
      },
      py::arg("cases"), "Runs cases in parallel (ZKEVM_THREADS); returns one dict per case, in order.");

  e.def(
      "trace",
      [](const StateTestCase& c, bool memory) {
        evm::Eip3155Tracer tracer(memory);
        CaseResult r;
        {
          py::gil_scoped_release release;
          r = evm::run_state_test_case(c, &tracer);
        }
        py::dict d = result_dict(c, r);
        d["steps"] = tracer.lines();
        return d;
      },
      py::arg("case"), py::arg("memory") = false,
      "Runs one case with the EIP-3155 tracer; the result dict gains 'steps', one JSON line per opcode.");

  e.def(
      "bus_mapping",
      [](const StateTestCase& c, bool check) {
        evm::BusMappingTracer tracer;
        evm::WorldState post;
        evm::CircuitInput input;
        CaseResult r;
        {
          py::gil_scoped_release release;
          r = evm::run_state_test_case(c, &tracer, &post);
          if (check && r.verdict == evm::Verdict::Pass) evm::check_rw_consistency(tracer.rw_ops(), c.test->pre, post);
          if (r.verdict == evm::Verdict::Pass) input = evm::build_circuit_input(c, tracer, post);
        }
        py::dict d = result_dict(c, r);
        add_circuit_tables(d, tracer, input);
        add_trace_columns(d, tracer);
        return d;
      },
      py::arg("case"), py::arg("check") = true,
      "Runs one case with the bus-mapping tracer; returns the result dict plus 'steps', 'rw', 'copy', 'keccak', "
      "'exp', 'bytecodes', 'mpt', 'signatures' and 'txs' column dicts and the 'block' dict "
      "(block-level tables only for a passing case). "
      "With check, a passing case's RW operations are replayed (VerificationError if inconsistent).");

  e.def(
      "keccak256",
      [](py::bytes data) {
        std::string_view s = data;
        Hash256 h = keccak256(s);
        return py::bytes(reinterpret_cast<const char*>(h.data()), h.size());
      },
      py::arg("data"), "Keccak-256 (Ethereum's, not SHA3-256) of data.");

  e.def(
      "opcode_names",
      [] {
        std::vector<std::string> names(256);
        for (int i = 0; i < 256; ++i) {
          const char* n = evm::opcode_table()[i].name;
          names[i] = n ? n : "";
        }
        return names;
      },
      "Mnemonic of every byte value ('' for undefined opcodes).");

  bind_evm_block(e);
}

}  // namespace zkevm::bindings
