// zkevm._zkevm.circuits_keccak: the Keccak circuit from Python — build from a
// list of byte strings, mock-prove (failures as the plonk bindings' dicts),
// read the Keccak table, keygen, prove and verify. zkevm/circuits/keccak.py is
// the face users see.
#include <pybind11/numpy.h>
#include <pybind11/stl.h>

#include <memory>
#include <optional>

#include "circuits/keccak/circuit.hpp"
#include "cpp/pcs/srs.hpp"
#include "cpp/plonk/keygen.hpp"
#include "cpp/plonk/mock_prover.hpp"
#include "cpp/plonk/prover.hpp"
#include "cpp/plonk/verifier.hpp"
#include "python/zkevm/bindings/bindings.hpp"
#include "python/zkevm/bindings/plonk_values.hpp"

namespace zkevm::bindings {
namespace {

using namespace plonk;
using circuits::KeccakCircuit;
using Inputs = std::vector<std::vector<uint8_t>>;

Inputs to_inputs(const std::vector<py::bytes>& values) {
  Inputs out;
  out.reserve(values.size());
  for (const py::bytes& b : values) {
    const std::string s = b;
    out.emplace_back(s.begin(), s.end());
  }
  return out;
}

// A synthesized circuit at one k, kept for inspection and checking.
struct KeccakMock {
  std::unique_ptr<KeccakCircuit> circuit;
  std::unique_ptr<MockProver> prover;
};

// The Keccak table on the block output rows: numpy arrays.
py::dict table_dict(const KeccakMock& m) {
  const Assignment& a = m.prover->assignment();
  const auto& t = m.circuit->config().table;
  const size_t blocks = m.circuit->blocks();
  std::vector<int64_t> rows(blocks);
  std::vector<bool> is_final(blocks);
  std::vector<uint64_t> length(blocks);
  std::vector<Fr> rlc(blocks), hi(blocks), lo(blocks);
  for (size_t b = 0; b < blocks; ++b) {
    const size_t row = b * circuits::keccak::kBlockRows + circuits::keccak::kOutputRow;
    rows[b] = static_cast<int64_t>(row);
    is_final[b] = a.value(t.is_final, row) == Fr::one();
    length[b] = a.value(t.input_len, row).to_canonical()[0];
    rlc[b] = a.value(t.input_rlc, row);
    hi[b] = a.value(t.output_hi, row);
    lo[b] = a.value(t.output_lo, row);
  }
  py::dict d;
  d["row"] = py::array_t<int64_t>(static_cast<py::ssize_t>(blocks), rows.data());
  py::array_t<bool> f(static_cast<py::ssize_t>(blocks));
  for (size_t b = 0; b < blocks; ++b) f.mutable_data()[b] = is_final[b];
  d["is_final"] = f;
  d["input_len"] = py::array_t<uint64_t>(static_cast<py::ssize_t>(blocks), length.data());
  d["input_rlc"] = fr_vector_to_limbs(rlc);
  d["output_hi"] = fr_vector_to_limbs(hi);
  d["output_lo"] = fr_vector_to_limbs(lo);
  return d;
}

// A proving key for circuits of `capacity` blocks at 2^k rows.
struct KeccakKey {
  std::shared_ptr<ConstraintSystem> cs;
  std::shared_ptr<ProvingKey> pk;
  size_t capacity = 0;
};

}  // namespace

void bind_circuits_keccak(py::module_& parent) {
  py::module_ m = parent.def_submodule("circuits_keccak", "The Keccak circuit (native core).");
  m.attr("ROWS_PER_BLOCK") = circuits::keccak::kBlockRows;
  m.attr("ROWS_PER_ROUND") = circuits::keccak::kRowsPerRound;
  m.attr("OUTPUT_ROW") = circuits::keccak::kOutputRow;
  m.def("blocks_needed", [](const std::vector<py::bytes>& inputs) { return circuits::keccak::blocks_needed(to_inputs(inputs)); });
  m.def("min_k", [](const std::vector<py::bytes>& inputs, size_t capacity) {
    return circuits::keccak_min_k(to_inputs(inputs), capacity);
  }, py::arg("inputs"), py::arg("capacity") = 0);

  py::class_<KeccakMock>(m, "KeccakMock", "A synthesized Keccak circuit at one k (MockProver).")
      .def(py::init([](const std::vector<py::bytes>& values, uint32_t k, size_t capacity, uint64_t seed) {
             Inputs inputs = to_inputs(values);
             py::gil_scoped_release release;
             KeccakMock m;
             m.circuit = std::make_unique<KeccakCircuit>(std::move(inputs), capacity);
             m.prover = std::make_unique<MockProver>(MockProver::run(*m.circuit, k, seed));
             return m;
           }),
           py::arg("inputs"), py::arg("k"), py::arg("capacity") = 0, py::arg("seed") = 0)
      .def("verify", [](const KeccakMock& m) {
        std::vector<Failure> failures;
        {
          py::gil_scoped_release release;
          failures = m.prover->verify();
        }
        py::list out;
        for (const Failure& f : failures) out.append(failure_dict(f));
        return out;
      })
      .def("table", &table_dict)
      .def("layout_text", [](const KeccakMock& m) { return m.prover->assignment().layout_report().to_string(); })
      .def("challenge", [](const KeccakMock& m) {
        return fr_to_py(m.prover->challenges().get(m.circuit->config().byte_rlc));
      })
      .def_property_readonly("k", [](const KeccakMock& m) { return m.prover->assignment().k(); })
      .def_property_readonly("blocks", [](const KeccakMock& m) { return m.circuit->blocks(); })
      .def_property_readonly("advice_columns", [](const KeccakMock& m) {
        return m.prover->constraint_system().num_advice_columns();
      })
      .def_property_readonly("fixed_columns", [](const KeccakMock& m) {
        return m.prover->constraint_system().num_fixed_columns();
      });

  py::class_<KeccakKey>(m, "KeccakKey", "A proving key (with its verifying key) for one capacity and k.")
      .def_property_readonly("capacity", [](const KeccakKey& key) { return key.capacity; })
      .def_property_readonly("k", [](const KeccakKey& key) { return key.pk->vk.k; });
  m.def("keygen", [](const pcs::Srs& srs, uint32_t k, size_t capacity) {
    py::gil_scoped_release release;
    KeccakKey key;
    key.capacity = capacity;
    KeccakCircuit circuit({}, capacity);
    key.cs = std::make_shared<ConstraintSystem>();
    circuit.configure(*key.cs);
    key.pk = std::make_shared<ProvingKey>(keygen(*key.cs, circuit, srs, k));
    return key;
  }, py::arg("srs"), py::arg("k"), py::arg("capacity"));
  m.def("prove", [](const KeccakKey& key, const std::vector<py::bytes>& values, std::optional<uint64_t> seed) {
    Inputs inputs = to_inputs(values);
    std::vector<uint8_t> proof;
    {
      py::gil_scoped_release release;
      KeccakCircuit circuit(std::move(inputs), key.capacity);
      ProveOptions options;
      if (seed) {
        options.deterministic = true;
        options.seed = *seed;
      }
      proof = prove(*key.pk, circuit, {}, options);
    }
    return py::bytes(reinterpret_cast<const char*>(proof.data()), proof.size());
  }, py::arg("key"), py::arg("inputs"), py::arg("seed") = py::none());
  m.def("verify", [](const KeccakKey& key, const py::bytes& proof, const pcs::Srs& srs) {
    const std::string bytes = proof;
    py::gil_scoped_release release;
    return verify_ok(key.pk->vk, {}, std::span(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()),
                     srs.verifier_key());
  }, py::arg("key"), py::arg("proof"), py::arg("srs"));
}

}  // namespace zkevm::bindings
