// The precompiled contracts one by one, and the hook that lends 0x0a a KZG
// verifier from c-kzg-4844 (installed by zkevm.precompiles, see kzg_backend.hpp).
#include <pybind11/stl.h>

#include <cstdint>
#include <string>

#include "cpp/evm/precompiles/kzg_backend.hpp"
#include "cpp/evm/precompiles/precompile.hpp"
#include "cpp/util/error.hpp"
#include "python/zkevm/bindings/bindings.hpp"

namespace zkevm::bindings {

void bind_precompiles(py::module_& m) {
  using evm::PrecompileResult;
  using evm::PrecompileStatus;
  auto sub = m.def_submodule("precompiles", "The EVM precompiled contracts 0x01..0x0a.");
  py::enum_<PrecompileStatus>(sub, "PrecompileStatus")
      .value("Success", PrecompileStatus::Success)
      .value("Failure", PrecompileStatus::Failure)
      .value("Unsupported", PrecompileStatus::Unsupported);
  py::class_<PrecompileResult>(sub, "PrecompileResult")
      .def_readonly("status", &PrecompileResult::status)
      .def_readonly("gas_used", &PrecompileResult::gas_used)
      .def_property_readonly("output", [](const PrecompileResult& r) {
        return py::bytes(reinterpret_cast<const char*>(r.output.data()), r.output.size());
      })
      .def_readonly("reason", &PrecompileResult::reason);
  sub.def(
      "run",
      [](unsigned address, const py::bytes& input, uint64_t gas_limit) {
        if (address < 1 || address > 10) throw InputError("precompile address " + std::to_string(address) + " is not in 1..10");
        const std::string data = input;
        py::gil_scoped_release release;
        return evm::run_precompile(address, std::span(reinterpret_cast<const uint8_t*>(data.data()), data.size()), gas_limit);
      },
      py::arg("address"), py::arg("input"), py::arg("gas_limit"), "Runs the precompile at `address` on `input` with `gas_limit` gas.");
  sub.def(
      "install_kzg_verifier",
      [](uintptr_t verify, uintptr_t settings, std::string description) {
        evm::install_kzg_verifier(reinterpret_cast<evm::KzgVerifyProofFn>(verify), reinterpret_cast<const void*>(settings),
                                  std::move(description));
      },
      py::arg("verify_kzg_proof_address"), py::arg("settings_address"), py::arg("description"),
      "Installs c-kzg-4844's verify_kzg_proof (by address) and its loaded KZGSettings (by address) for 0x0a.");
  sub.def("clear_kzg_verifier", &evm::clear_kzg_verifier, "Removes the KZG verifier; 0x0a reports Unsupported again.");
  sub.def("kzg_verifier", &evm::kzg_verifier_description, "The installed KZG verifier's description, or ''.");
}

}  // namespace zkevm::bindings
