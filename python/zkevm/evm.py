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
    "disassemble",
    "load_eip3155",
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


def disassemble(code: bytes) -> list[tuple[int, str, str]]:
    """The instructions of EVM bytecode as (pc, mnemonic, immediate hex) tuples.

    Undefined bytes appear as ``"INVALID(0x..)"``; a PUSH cut off by the end of
    the code shows the bytes present.

    >>> disassemble(bytes.fromhex("6001600201"))
    [(0, 'PUSH1', '0x01'), (2, 'PUSH1', '0x02'), (4, 'ADD', '')]
    """
    names = opcode_names()
    out = []
    pc = 0
    code = bytes(code)
    while pc < len(code):
        op = code[pc]
        name = names[op] or f"INVALID(0x{op:02x})"
        width = op - 0x5F if 0x60 <= op <= 0x7F else 0
        immediate = "0x" + code[pc + 1 : pc + 1 + width].hex() if width else ""
        out.append((pc, name, immediate))
        pc += 1 + width
    return out


_EIP3155_REQUIRED = ("pc", "op", "gas", "gasCost", "depth", "stack")


def load_eip3155(path: str | os.PathLike) -> list[dict]:
    """The steps of an EIP-3155 JSON-lines trace (geth, evmone, ethereumjs, ours).

    Summary lines (objects without ``pc``, such as geth's ``output``/``gasUsed``
    line) are skipped. ``gas`` and ``gasCost`` become ints, ``stack`` a list of
    ints. Raises ``zkevm.ParseError`` naming the file and line for a line that
    is not JSON, lacks a required field, or names an opcode this EVM does not
    define.
    """
    from zkevm.errors import ParseError

    names = opcode_names()
    steps = []
    path = os.fspath(path)
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                obj = json.loads(line)
            except ValueError as error:
                raise ParseError(f"{path}: line {number}: not JSON ({error})") from None
            if not isinstance(obj, dict):
                raise ParseError(f"{path}: line {number}: expected a JSON object")
            if "pc" not in obj:
                continue
            missing = [k for k in _EIP3155_REQUIRED if k not in obj]
            if missing:
                raise ParseError(f"{path}: line {number}: missing field '{missing[0]}'")
            try:
                op = int(obj["op"]) if not isinstance(obj["op"], str) else int(obj["op"], 0)
                step = dict(obj)
                step["op"] = op
                step["gas"] = int(obj["gas"], 0) if isinstance(obj["gas"], str) else int(obj["gas"])
                step["gasCost"] = int(obj["gasCost"], 0) if isinstance(obj["gasCost"], str) else int(obj["gasCost"])
                step["stack"] = [int(v, 16) for v in obj["stack"]]
            except (TypeError, ValueError):
                raise ParseError(f"{path}: line {number}: malformed number in a step") from None
            if not 0 <= op < 256 or not names[op]:
                raise ParseError(f"{path}: line {number}: unknown opcode {obj['op']!r}")
            steps.append(step)
    return steps
