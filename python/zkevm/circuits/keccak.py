"""The Keccak circuit: proves Keccak-256 of a list of byte strings and fills the
Keccak table (one row per absorbed 136-byte block; ``is_final`` on an input's
last block, with its RLC, length and hash as two 128-bit words).

>>> from zkevm.circuits import keccak
>>> c = keccak.KeccakCircuit([b"", b"abc"])
>>> len(c.mock_prove().verify())
0
>>> c.hashes()[0].hex()[:8]
'c5d24601'

Proving needs an SRS with at least 2^k powers::

    srs = zkevm.pcs.Srs.insecure_from_secret(12345, 1 << c.min_k())
    key = keccak.keygen(srs, k=c.min_k(), capacity=c.blocks)
    proof = keccak.prove(key, inputs)
    assert keccak.verify(key, proof, srs)
"""

from __future__ import annotations

from typing import Iterable, Optional, Sequence

import numpy as np

from zkevm import _zkevm
from zkevm.plonk_failures import Failure, FailureList

_native = _zkevm.circuits_keccak

__all__ = ["KeccakCircuit", "KeccakMockRun", "KeccakKey", "keygen", "prove", "verify", "min_k",
           "ROWS_PER_BLOCK", "ROWS_PER_ROUND"]

ROWS_PER_BLOCK: int = _native.ROWS_PER_BLOCK  # rows per absorbed block (one Keccak-f permutation)
ROWS_PER_ROUND: int = _native.ROWS_PER_ROUND
KeccakKey = _native.KeccakKey


def _inputs(inputs: Iterable[bytes]) -> list[bytes]:
    out = []
    for i, x in enumerate(inputs):
        if isinstance(x, str):
            raise TypeError(f"keccak input {i}: expected bytes, got str (encode it first)")
        out.append(bytes(x))
    return out


def _ints(limbs: np.ndarray) -> np.ndarray:
    """(n, 4) canonical limbs → an object array of Python ints."""
    return np.array([int(a) | int(b) << 64 | int(c) << 128 | int(d) << 192 for a, b, c, d in limbs.astype(object)],
                    dtype=object)


def min_k(inputs: Iterable[bytes], capacity: int = 0) -> int:
    """The smallest k whose 2^k rows hold the inputs' blocks and the lookup tables."""
    return int(_native.min_k(_inputs(inputs), int(capacity)))


class KeccakMockRun:
    """The circuit synthesized at one k with MockProver challenges (from ``seed``)."""

    def __init__(self, inputs: Sequence[bytes], k: int, capacity: int, seed: int) -> None:
        self._run = _native.KeccakMock(list(inputs), int(k), int(capacity), int(seed))

    @property
    def k(self) -> int:
        return int(self._run.k)

    def verify(self) -> FailureList:
        """Every failed gate constraint, lookup or unassigned cell, as zkevm.plonk's MockProver reports them."""
        return FailureList(Failure.from_dict(d) for d in self._run.verify())

    def table(self) -> dict[str, np.ndarray]:
        """The Keccak table's rows, one per block: ``row``, ``is_final`` (bool), ``input_len``
        (uint64), and ``input_rlc``, ``output_hi``, ``output_lo`` as object arrays of ints."""
        t = self._run.table()
        return {
            "row": t["row"],
            "is_final": t["is_final"],
            "input_len": t["input_len"],
            "input_rlc": _ints(t["input_rlc"]),
            "output_hi": _ints(t["output_hi"]),
            "output_lo": _ints(t["output_lo"]),
        }

    def challenge(self) -> int:
        """The byte-RLC challenge this run drew."""
        return int(self._run.challenge())

    def layout(self) -> str:
        """The layout report (columns, rows, degree, lookups) as text."""
        return str(self._run.layout_text())


class KeccakCircuit:
    """Keccak-256 of ``inputs`` (byte strings) in a circuit of ``capacity`` blocks (0: as
    many as the inputs need; unused blocks are non-final fillers)."""

    def __init__(self, inputs: Iterable[bytes], capacity: int = 0) -> None:
        self.inputs = _inputs(inputs)
        needed = int(_native.blocks_needed(self.inputs))
        if capacity and capacity < needed:
            from zkevm.errors import InputError

            raise InputError(f"keccak circuit: the inputs need {needed} blocks, capacity is {capacity}")
        self.capacity = int(capacity)
        self.blocks = max(needed, self.capacity)

    def min_k(self) -> int:
        """The smallest k that fits this circuit."""
        return min_k(self.inputs, self.capacity)

    def mock_prove(self, k: Optional[int] = None, *, seed: int = 0) -> KeccakMockRun:
        """Synthesizes the circuit at 2^k rows (default: :meth:`min_k`) for the MockProver."""
        return KeccakMockRun(self.inputs, self.min_k() if k is None else k, self.capacity, seed)

    def hashes(self) -> list[bytes]:
        """Keccak-256 of every input, read from the circuit's table (32 bytes each)."""
        t = self.mock_prove().table()
        return [int(h).to_bytes(16, "big") + int(lo).to_bytes(16, "big")
                for f, h, lo in zip(t["is_final"], t["output_hi"], t["output_lo"]) if f]


def keygen(srs, k: int, capacity: int) -> KeccakKey:
    """Proving and verifying key for circuits of ``capacity`` blocks at 2^k rows."""
    return _native.keygen(getattr(srs, "_native", srs), int(k), int(capacity))


def prove(key: KeccakKey, inputs: Iterable[bytes], *, seed: Optional[int] = None) -> bytes:
    """A proof that the Keccak table of ``inputs`` is correct (deterministic blinding when ``seed`` is given)."""
    return _native.prove(key, _inputs(inputs), seed)


def verify(key: KeccakKey, proof: bytes, srs) -> bool:
    """True when ``proof`` verifies against ``key``'s verifying key."""
    return bool(_native.verify(key, bytes(proof), getattr(srs, "_native", srs)))
