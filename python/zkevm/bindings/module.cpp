// zkevm._zkevm: the native core. The pure-Python package zkevm wraps it; users
// should not need to import it directly.
#include "python/zkevm/bindings/bindings.hpp"

PYBIND11_MODULE(_zkevm, m) {
  m.doc() = "zkevm native core (C++). Use the zkevm package instead of importing this directly.";
  using namespace zkevm::bindings;
  bind_errors(m);
  bind_util(m);
  bind_ff(m);
  bind_ec(m);
  bind_msm(m);
  bind_poly(m);
  bind_pcs(m);
  bind_plonk(m);
  bind_circuits_keccak(m);
  bind_circuits_tables(m);
  bind_circuits_state(m);
  bind_circuits_bytecode(m);
  bind_evm(m);
  bind_precompiles(m);
  bind_circuits_evm(m);
  bind_circuits_super(m);
}
