#pragma once
// Each layer's bindings live in their own file and register into the module
// through one of these functions, called from module.cpp in dependency order.
#include <pybind11/pybind11.h>

namespace zkevm::bindings {

namespace py = pybind11;

void bind_errors(py::module_& m);
void bind_util(py::module_& m);
void bind_precompiles(py::module_& m);
void bind_evm(py::module_& m);
void bind_evm_block(py::module_& evm);  // blocks into the evm submodule: from bind_evm
void bind_ec(py::module_& m);
void bind_poly(py::module_& m);
void bind_ff(py::module_& m);
void bind_msm(py::module_& m);  // adds msm to the ec submodule: after bind_ec
void bind_plonk(py::module_& m);
void bind_plonk_prover(py::module_& plonk);  // keygen/prove/verify into the plonk submodule: from bind_plonk
void bind_pcs(py::module_& m);
void bind_circuits_keccak(py::module_& m);  // after bind_plonk
void bind_circuits_tables(py::module_& m);
void bind_circuits_state(py::module_& m);
void bind_circuits_bytecode(py::module_& m);
void bind_circuits_evm(py::module_& m);  // after bind_plonk and bind_evm
void bind_circuits_super(py::module_& m);  // after bind_circuits_evm

}  // namespace zkevm::bindings
