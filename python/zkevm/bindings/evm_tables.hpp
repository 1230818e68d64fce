#pragma once
// The bus-mapping's tables (steps, RW operations, copy events, Keccak inputs,
// EXP, bytecodes, MPT updates, signatures, block context, transactions) as
// column dicts.
#include "cpp/evm/circuit_input.hpp"
#include "python/zkevm/bindings/bindings.hpp"

namespace zkevm::bindings {

// Adds one column dict per table to d: copy, keccak, exp, bytecodes, mpt,
// signatures, txs, and the block context as a plain dict.
void add_circuit_tables(py::dict& d, const evm::BusMappingTracer& tracer, const evm::CircuitInput& in);

// Adds the tracer's execution steps ("steps") and RW operations ("rw") to d.
void add_trace_columns(py::dict& d, const evm::BusMappingTracer& tracer);

}  // namespace zkevm::bindings
