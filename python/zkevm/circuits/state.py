"""The State circuit: proves a trace's RW table consistent.

Rows sorted by (tag, id, address, field_tag, key, rw_counter); reads equal the
previous write or the key's initial value; per-tag rules (stack pointer
< 1024, memory bytes < 256, write-once call context); rw_counters are exactly
1..N. The initial values of storage and accounts are left for the MPT
circuit to bind (not yet).

>>> from zkevm import evm
>>> from zkevm.circuits.state import StateCircuit
>>> bm = evm.bus_mapping(evm.load_state_test("tests/data/ethtests/GeneralStateTests/stExample/add11_yml.json")[0])
>>> circuit = StateCircuit(bm)
>>> circuit.k
12
>>> circuit.mock_prove()
[]
"""

from __future__ import annotations

from typing import Any, Optional

import numpy as np

from zkevm import _zkevm
from zkevm.circuits import tables

_native = _zkevm.circuits_state

__all__ = ["StateCircuit", "verify"]


class StateCircuit:
    """The State circuit of one trace (a ``zkevm.evm.bus_mapping`` result or its ``rw`` column dict)."""

    def __init__(self, trace: Any) -> None:
        self._rw = tables._rw_dict(trace)
        self._native = _native.StateCircuit(self._rw)

    @property
    def k(self) -> int:
        """The smallest k that fits (at least 12: the u11 limb table)."""
        return self._native.minimum_k()

    def __len__(self) -> int:
        """Number of RW operations."""
        return self._native.num_operations()

    def table(self) -> dict[str, np.ndarray]:
        """The RW table as the circuit holds it (sorted, before padding)."""
        return tables.rw_table(self._rw, sorted=True)

    def mock_prove(self, k: Optional[int] = None) -> list[dict]:
        """MockProver failures, each a dict (kind, gate, constraint, argument, table, row, text); [] when satisfied."""
        return list(self._native.mock_prove(k or 0))

    def prove(self, k: Optional[int] = None, srs_seed: int = 1) -> dict:
        """Keygen and a real KZG proof over the INSECURE test SRS of ``srs_seed``.

        Returns ``{"proof": bytes, "verifying_key": bytes, "k": int, "seconds": float}``.
        """
        return dict(self._native.prove(k or 0, srs_seed))


def verify(verifying_key: bytes, proof: bytes, srs_seed: int = 1) -> bool:
    """Whether a State-circuit proof verifies against its verifying key (same insecure test SRS)."""
    return bool(_native.verify(verifying_key, proof, srs_seed))
