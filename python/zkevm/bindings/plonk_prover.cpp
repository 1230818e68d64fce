// zkevm._zkevm.plonk: keygen, prove and verify over KZG for circuits recorded
// from Python (plonk_circuit.hpp), the proving and verifying keys and their
// bytes. Every long call runs without the GIL; progress callbacks and the
// phase-1 witness callback take it back for the moment they run.
#include <pybind11/stl.h>

#include <memory>
#include <optional>

#include "cpp/ec/encoding.hpp"
#include "cpp/pcs/srs.hpp"
#include "cpp/plonk/keygen.hpp"
#include "cpp/plonk/proof.hpp"
#include "cpp/plonk/prover.hpp"
#include "cpp/plonk/verifier.hpp"
#include "cpp/util/error.hpp"
#include "python/zkevm/bindings/bindings.hpp"
#include "python/zkevm/bindings/plonk_circuit.hpp"
#include "python/zkevm/bindings/plonk_values.hpp"

namespace zkevm::bindings {
namespace {

using namespace plonk;

// A verifying key with the KZG verifier parameters it is checked against
// ([1]G1, [1]G2, [tau]G2 of the SRS it was made with): all a verifier needs.
struct VerifierBundle {
  VerifyingKey vk;
  pcs::VerifierKey params;

  // The key's bytes (VerifyingKey::to_bytes) followed by "zkKZ", G1, G2, [tau]G2 compressed.
  std::vector<uint8_t> to_bytes() const {
    std::vector<uint8_t> out = vk.to_bytes();
    const uint8_t magic[4] = {'z', 'k', 'K', 'Z'};
    out.insert(out.end(), magic, magic + 4);
    const auto g1 = ec::g1_to_compressed(params.g1);
    const auto g2 = ec::g2_to_compressed(params.g2);
    const auto g2_tau = ec::g2_to_compressed(params.g2_tau);
    out.insert(out.end(), g1.begin(), g1.end());
    out.insert(out.end(), g2.begin(), g2.end());
    out.insert(out.end(), g2_tau.begin(), g2_tau.end());
    return out;
  }

  static constexpr size_t kParamsSize = 4 + ec::kG1CompressedSize + 2 * ec::kG2CompressedSize;

  static VerifierBundle from_bytes(std::span<const uint8_t> bytes, const ConstraintSystem& cs) {
    if (bytes.size() < kParamsSize) {
      throw EncodingError("verifying key: " + std::to_string(bytes.size()) + " bytes, too short for the KZG parameters");
    }
    const auto params = bytes.subspan(bytes.size() - kParamsSize);
    if (!(params[0] == 'z' && params[1] == 'k' && params[2] == 'K' && params[3] == 'Z')) {
      throw EncodingError("verifying key: no KZG parameters section (bad magic)");
    }
    VerifyingKey vk = VerifyingKey::from_bytes(bytes.first(bytes.size() - kParamsSize), cs);
    size_t at = 4;
    const G1Affine g1 = ec::g1_from_compressed(params.subspan(at, ec::kG1CompressedSize), "verifying key: KZG G1");
    at += ec::kG1CompressedSize;
    const ec::G2Affine g2 = ec::g2_from_compressed(params.subspan(at, ec::kG2CompressedSize), "verifying key: KZG G2");
    at += ec::kG2CompressedSize;
    const ec::G2Affine g2_tau =
        ec::g2_from_compressed(params.subspan(at, ec::kG2CompressedSize), "verifying key: KZG [tau]G2");
    if (!(g1 == ec::G1Affine::generator()) || !(g2 == ec::G2Affine::generator())) {
      throw EncodingError("verifying key: the KZG parameters do not start from the BN254 generators");
    }
    return VerifierBundle{std::move(vk), pcs::VerifierKey(g1, g2, g2_tau)};
  }
};

struct PyProvingKey {
  std::shared_ptr<const ProvingKey> pk;
};

std::vector<std::vector<Fr>> instances_from_py(const py::handle& values) {
  std::vector<std::vector<Fr>> out;
  size_t i = 0;
  for (py::handle column : values) {
    out.push_back(fr_vector_from_py(column, "instances[" + std::to_string(i) + "]"));
    ++i;
  }
  return out;
}

// A C++ progress callback calling a Python callable (or nothing) under the GIL.
std::function<void(const char*, size_t, size_t)> progress_from_py(py::object callback) {
  if (callback.is_none()) return {};
  auto shared = std::make_shared<py::object>(std::move(callback));
  return [shared](const char* step, size_t done, size_t total) {
    py::gil_scoped_acquire gil;
    (*shared)(std::string(step), done, total);
  };
}

// Destroys the Python callable only while holding the GIL.
struct ProgressGuard {
  std::function<void(const char*, size_t, size_t)>& f;
  ~ProgressGuard() {
    py::gil_scoped_acquire gil;
    f = nullptr;
  }
};

py::bytes to_py_bytes(const std::vector<uint8_t>& b) {
  return py::bytes(reinterpret_cast<const char*>(b.data()), b.size());
}

std::vector<uint8_t> from_py_bytes(const py::bytes& b) {
  const std::string_view view = b;
  return std::vector<uint8_t>(view.begin(), view.end());
}

}  // namespace

void bind_plonk_prover(py::module_& m) {
  py::class_<VerifierBundle>(m, "VerifyingKey", "A verifying key with its KZG verifier parameters.")
      .def_property_readonly("k", [](const VerifierBundle& b) { return b.vk.k; })
      .def_property_readonly("digest", [](const VerifierBundle& b) {
        return py::bytes(reinterpret_cast<const char*>(b.vk.digest.data()), b.vk.digest.size());
      })
      .def_property_readonly("proof_size", [](const VerifierBundle& b) { return Proof::size_for(b.vk); })
      .def("to_bytes", [](const VerifierBundle& b) { return to_py_bytes(b.to_bytes()); })
      .def_static("from_bytes", [](const py::bytes& data, const CircuitBuilder& builder) {
        const std::vector<uint8_t> bytes = from_py_bytes(data);
        py::gil_scoped_release release;
        return VerifierBundle::from_bytes(bytes, builder.cs());
      });

  py::class_<PyProvingKey>(m, "ProvingKey", "A proving key (preprocessed polynomials, SRS, verifying key).")
      .def_property_readonly("k", [](const PyProvingKey& p) { return p.pk->vk.k; })
      .def_property_readonly("verifying_key", [](const PyProvingKey& p) {
        return VerifierBundle{p.pk->vk, p.pk->srs.verifier_key()};
      })
      .def("to_bytes", [](const PyProvingKey& p) {
        std::vector<uint8_t> bytes;
        {
          py::gil_scoped_release release;
          bytes = p.pk->to_bytes();
        }
        return to_py_bytes(bytes);
      })
      .def_static("from_bytes", [](const py::bytes& data, const CircuitBuilder& builder, const pcs::Srs& srs) {
        const std::vector<uint8_t> bytes = from_py_bytes(data);
        py::gil_scoped_release release;
        return PyProvingKey{std::make_shared<const ProvingKey>(ProvingKey::from_bytes(bytes, builder.cs(), srs))};
      });

  m.def(
      "keygen",
      [](std::shared_ptr<CircuitBuilder> builder, const pcs::Srs& srs, uint32_t k) {
        py::gil_scoped_release release;
        return PyProvingKey{std::make_shared<const ProvingKey>(keygen(builder->cs(), *builder, srs, k))};
      },
      py::arg("circuit"), py::arg("srs"), py::arg("k"));

  m.def(
      "prove",
      [](const PyProvingKey& key, std::shared_ptr<CircuitBuilder> builder, py::handle instances, bool deterministic,
         uint64_t seed, py::object progress) {
        const std::vector<std::vector<Fr>> values = instances_from_py(instances);
        ProveOptions options;
        options.deterministic = deterministic;
        options.seed = seed;
        options.progress = progress_from_py(std::move(progress));
        std::vector<uint8_t> proof;
        {
          py::gil_scoped_release release;
          ProgressGuard guard{options.progress};
          if (Protocol(builder->cs(), key.pk->vk.k).shape_digest != key.pk->vk.protocol->shape_digest) {
            throw InputError("prove: the proving key was made for another circuit (its constraint system differs "
                             "from circuit '" + builder->name() + "')");
          }
          proof = prove(*key.pk, *builder, values, options);
        }
        return to_py_bytes(proof);
      },
      py::arg("pk"), py::arg("circuit"), py::arg("instances"), py::arg("deterministic") = false, py::arg("seed") = 0,
      py::arg("progress") = py::none());

  m.def(
      "verify",
      [](const VerifierBundle& b, py::handle instances, const py::bytes& proof) {
        const std::vector<std::vector<Fr>> values = instances_from_py(instances);
        const std::vector<uint8_t> bytes = from_py_bytes(proof);
        py::gil_scoped_release release;
        verify(b.vk, values, bytes, b.params);
      },
      py::arg("vk"), py::arg("instances"), py::arg("proof"),
      "Returns when the proof is valid; EncodingError / VerificationError / InputError otherwise.");
}

}  // namespace zkevm::bindings
