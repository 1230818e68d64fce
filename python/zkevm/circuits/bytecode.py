"""The Bytecode circuit: proves the Bytecode table — bytes, is_code flags
(PUSH data is not code), indices, lengths, and each code's hash through a
lookup into the Keccak table (assigned unconstrained when run alone).

>>> from zkevm import evm
>>> from zkevm.circuits.bytecode import BytecodeCircuit
>>> bm = evm.bus_mapping(evm.load_state_test("tests/data/ethtests/GeneralStateTests/stExample/add11_yml.json")[0])
>>> BytecodeCircuit(bm).mock_prove()
[]
"""

from __future__ import annotations

from typing import Any, Optional

import numpy as np

from zkevm import _zkevm
from zkevm.circuits import tables

_native = _zkevm.circuits_bytecode

__all__ = ["BytecodeCircuit", "verify"]


class BytecodeCircuit:
    """The Bytecode circuit of one trace (a ``zkevm.evm.bus_mapping`` result or its ``bytecodes`` dict)."""

    def __init__(self, trace: Any) -> None:
        codes = trace.bytecodes if hasattr(trace, "bytecodes") else trace
        self._codes = {k: list(v) for k, v in codes.items()}
        self._native = _native.BytecodeCircuit(self._codes)

    @property
    def k(self) -> int:
        """The smallest k that fits the rows and the 256-row tables."""
        return self._native.minimum_k()

    def table(self) -> dict[str, np.ndarray]:
        """The Bytecode table rows."""
        return tables.bytecode_table(self._codes)

    def mock_prove(self, k: Optional[int] = None) -> list[dict]:
        """MockProver failures, each a dict (kind, gate, constraint, argument, table, row, text); [] when satisfied."""
        return list(self._native.mock_prove(k or 0))

    def prove(self, k: Optional[int] = None, srs_seed: int = 1) -> dict:
        """Keygen and a real KZG proof over the INSECURE test SRS: {proof, verifying_key, k, seconds}."""
        return dict(self._native.prove(k or 0, srs_seed))


def verify(verifying_key: bytes, proof: bytes, srs_seed: int = 1) -> bool:
    """Whether a Bytecode-circuit proof verifies against its verifying key (same insecure test SRS)."""
    return bool(_native.verify(verifying_key, proof, srs_seed))
