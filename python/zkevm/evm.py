"""The EVM: run Ethereum GeneralStateTests and trace them.

>>> import zkevm.evm as evm
>>> cases = evm.load_state_test("tests/data/ethtests/GeneralStateTests/stExample/add11_yml.json")
>>> evm.run(cases[0]).verdict
'pass'

Every long call releases the GIL; ``run_many`` also runs cases in parallel
(``ZKEVM_THREADS``).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from zkevm import _zkevm

_native = _zkevm.evm

StateTestCase = _native.StateTestCase

__all__ = [
    "StateTestCase",
    "CaseResult",
    "load_state_test",
    "find_state_tests",
    "run",
    "run_many",
    "trace",
    "keccak256",
    "opcode_names",
    "BusMapping",
    "bus_mapping",
]


@dataclass(frozen=True)
class CaseResult:
    """The outcome of one state-test case.

    ``verdict`` is ``"pass"``, ``"fail"`` or ``"unsupported"``; ``reason`` says
    why a case failed or is unsupported. ``steps`` holds EIP-3155 JSON lines
    when the case was traced.
    """

    id: str
    verdict: str
    reason: str
    state_root: str
    logs_hash: str
    gas_used: int
    tx_error: str
    evm_status: str
    steps: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return self.verdict == "pass"

    def step_dicts(self) -> list[dict]:
        """The trace steps parsed into dicts (pc, op, gas, gasCost, memSize, stack, depth, refund, opName)."""
        return [json.loads(line) for line in self.steps]


def _result(d: dict) -> CaseResult:
    return CaseResult(**d)


def load_state_test(path: str | os.PathLike, fork: str | None = None) -> list[StateTestCase]:
    """Every case of a GeneralStateTests JSON file, optionally only those of ``fork``.

    Raises ``zkevm.ParseError`` for malformed JSON or hex and ``zkevm.InputError``
    for an unknown fork or a bad field; messages name the file and the field.
    """
    return list(_native.load_state_test(os.fspath(path), fork))


def find_state_tests(paths: Iterable[str | os.PathLike]) -> list[str]:
    """The JSON files named by ``paths``: files as given, directories searched recursively (sorted)."""
    files: list[str] = []
    for p in paths:
        p = os.fspath(p)
        if os.path.isdir(p):
            found = []
            for root, _, names in os.walk(p):
                found.extend(os.path.join(root, n) for n in names if n.endswith(".json"))
            files.extend(sorted(found))
        elif os.path.exists(p):
            files.append(p)
        else:
            from zkevm.errors import InputError

            raise InputError(f"{p}: no such file or directory")
    return files


def run(case: StateTestCase) -> CaseResult:
    """Runs one case on a copy of its pre-state and compares root and logs hash."""
    return _result(_native.run(case))


def run_many(cases: Sequence[StateTestCase]) -> list[CaseResult]:
    """Runs cases in parallel (native threads, GIL released); results in order."""
    return [_result(d) for d in _native.run_many(list(cases))]


def trace(case: StateTestCase, memory: bool = False) -> CaseResult:
    """Runs one case with the EIP-3155 tracer; ``result.steps`` holds one JSON line per opcode."""
    return _result(_native.trace(case, memory))


def keccak256(data: bytes) -> bytes:
    """Keccak-256 as Ethereum uses it.

    >>> keccak256(b"").hex()[:16]
    'c5d2460186f7233c'
    """
    return _native.keccak256(bytes(data))


def opcode_names() -> list[str]:
    """The mnemonic of each byte value 0..255 ('' where undefined)."""
    return list(_native.opcode_names())


@dataclass(frozen=True)
class BusMapping:
    """The circuit input of one case: execution steps and RW operations as columns.

    ``steps`` and ``rw`` map column names to numpy arrays (numbers as integer
    arrays, 256-bit words and addresses as hex strings in object arrays).
    ``steps_frame()`` / ``rw_frame()`` give pandas DataFrames when pandas is
    installed.
    """

    result: CaseResult
    steps: dict
    rw: dict

    def steps_frame(self):
        import pandas as pd

        return pd.DataFrame(self.steps)

    def rw_frame(self):
        import pandas as pd

        return pd.DataFrame(self.rw)


def _columns(columns: dict) -> dict:
    import numpy as np

    out = {}
    for name, values in columns.items():
        if values and isinstance(values[0], str):
            out[name] = np.array(values, dtype=object)
        else:
            out[name] = np.asarray(values)
    return out


def bus_mapping(case: StateTestCase, check: bool = True) -> BusMapping:
    """Runs one case with the bus-mapping tracer.

    With ``check`` (default) the RW operations of a passing case are replayed
    against the pre-state and must end in the post-state; an inconsistency
    raises ``zkevm.VerificationError``.

    >>> bm = bus_mapping(load_state_test("tests/data/ethtests/GeneralStateTests/stExample/add11_yml.json")[0])
    >>> list(bm.steps["execution_state"])
    ['PUSH1', 'PUSH1', 'ADD', 'PUSH1', 'SSTORE', 'STOP']
    """
    d = _native.bus_mapping(case, check)
    steps, rw = d.pop("steps"), d.pop("rw")
    return BusMapping(result=_result(d), steps=_columns(steps), rw=_columns(rw))
