"""The EVM circuit: proves that each step of a transaction's trace follows
the EVM's rules, reading its RW operations from the RW table and its opcodes
from the Bytecode table.

>>> import zkevm.evm, zkevm.circuits.evm as ec
>>> case = zkevm.evm.load_state_test("tests/data/ethtests/GeneralStateTests/stExample/add11_yml.json")[0]
>>> circuit = ec.EvmCircuit.from_case(case)
>>> circuit.mock_prove()
[]
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from zkevm import _zkevm
from zkevm.errors import UnsupportedError  # noqa: F401  (raised by the native side)

_native = _zkevm.circuits_evm

__all__ = ["EvmCircuit", "Proof", "trace", "unsupported_states"]


def trace(case: Any) -> Any:
    """The EvmTrace of a state-test case (runs it with the bus-mapping tracer)."""
    return _native.trace(case)


def unsupported_states(case_or_trace: Any) -> list[str]:
    """The execution states the case uses that have no gadget yet (empty when supported).

    >>> unsupported_states(case)  # doctest: +SKIP
    ['EXP']
    """
    t = case_or_trace if isinstance(case_or_trace, _native.EvmTrace) else trace(case_or_trace)
    return list(_native.unsupported_states(t))


@dataclass
class Proof:
    """A KZG proof of the EVM circuit and its verifying key (insecure demo SRS)."""

    k: int
    proof: bytes
    verifying_key: bytes
    keygen_seconds: float
    prove_seconds: float


class EvmCircuit:
    """The EVM circuit of one trace with the tables it looks up into.

    Raises ``zkevm.UnsupportedError`` naming the execution states without a
    gadget when the trace cannot be proved yet.
    """

    def __init__(self, evm_trace: Any):
        self._native = _native.EvmCircuit(evm_trace)

    @classmethod
    def from_case(cls, case: Any) -> "EvmCircuit":
        """The circuit of a state-test case."""
        return cls(trace(case))

    @property
    def k(self) -> int:
        """The smallest k whose rows hold the steps and the tables."""
        return self._native.minimum_k

    @property
    def rows(self) -> int:
        """Rows the EVM steps occupy."""
        return self._native.evm_rows

    def steps(self) -> dict:
        """The steps as columns (numpy arrays): execution_state, rw_counter, pc,
        stack_pointer, gas_left, memory_words, rw_ops."""
        import numpy as np

        cols = self._native.steps()
        return {
            name: np.array(v, dtype=object) if name == "execution_state" else np.asarray(v, dtype=np.uint64)
            for name, v in cols.items()
        }

    def mock_prove(self, k: Optional[int] = None) -> list[dict]:
        """MockProver failures as dicts (kind, headline, gate, constraint,
        lookup, row, region, text); empty when the witness satisfies the circuit."""
        return list(self._native.mock_prove(k))

    def prove(self, k: Optional[int] = None) -> Proof:
        """Keygen and a real KZG proof (insecure demo SRS: tests and demos only)."""
        return Proof(**self._native.prove(k))

    def verify(self, proof: Proof) -> bool:
        """True when the proof verifies against its verifying key."""
        return bool(self._native.verify(proof.verifying_key, proof.proof))
