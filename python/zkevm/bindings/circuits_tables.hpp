#pragma once
// Shared by the circuits_* bindings: trace tables from the column dicts of
// zkevm.evm.bus_mapping (words, addresses, hashes and bytes as 0x-hex
// strings), and MockProver failures as dicts.
#include <pybind11/pybind11.h>

#include <vector>

#include "cpp/evm/circuit_input.hpp"
#include "cpp/plonk/assignment.hpp"
#include "cpp/plonk/failure.hpp"

namespace zkevm::bindings {

namespace py = pybind11;

// The RW operations of a bus-mapping `rw` column dict; InputError naming the
// column and row on a missing column or a malformed value.
std::vector<evm::RwOp> rw_ops_from_py(const py::dict& rw);
// The codes of a bus-mapping `bytecodes` column dict (hash, bytes, is_code).
std::vector<evm::Bytecode> bytecodes_from_py(const py::dict& bytecodes);
// Each failure as {kind, gate, constraint, argument, table, row, text}.
py::list failures_to_py(const std::vector<plonk::Failure>& failures);

// Keygen and a proof of circuit at 2^k rows over the insecure test SRS of
// secret `srs_seed` (tests and demos only), with the given public inputs (one
// vector per instance column): {proof, verifying_key, k, seconds,
// keygen_seconds, prove_seconds, phases}. The GIL is released while it runs.
py::dict prove_with_test_srs(plonk::Circuit& circuit, uint32_t k, uint64_t srs_seed,
                             const std::vector<std::vector<plonk::Fr>>& instances = {});
// Whether proof verifies for the verifying-key bytes of a circuit whose shape
// `shape` configures (any witness) and the public inputs, over the same test SRS.
bool verify_with_test_srs(plonk::Circuit& shape, const py::bytes& verifying_key, const py::bytes& proof,
                          uint64_t srs_seed, const std::vector<std::vector<plonk::Fr>>& instances = {});

}  // namespace zkevm::bindings
