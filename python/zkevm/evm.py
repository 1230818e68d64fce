"""The EVM: run Ethereum GeneralStateTests and blocks, and trace them.

>>> import zkevm.evm as evm
>>> cases = evm.load_state_test("tests/data/ethtests/GeneralStateTests/stExample/add11_yml.json")
>>> evm.run(cases[0]).verdict
'pass'

A block runs several transactions in order on one world state, for example
cases of one state test with consecutive nonces:

>>> block = evm.block_from_state_test("tests/data/ethtests/GeneralStateTests/stExample/add11_yml.json", [0, 0])
>>> [t.cumulative_gas_used for t in evm.run_block(block).txs]
[43112, 66324]

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
Block = _native.Block

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
    "Block",
    "BlockResult",
    "TxResult",
    "load_block",
    "block_from_state_test",
    "block_from_cases",
    "run_block",
    "BusMapping",
    "bus_mapping",
    "disassemble",
    "load_eip3155",
]


@dataclass(frozen=True)
class _Outcome:
    """What a case and a block report: ``verdict`` is ``"pass"``, ``"fail"`` or
    ``"unsupported"``; ``reason`` says why it failed or is unsupported."""

    id: str
    verdict: str
    reason: str
    state_root: str
    logs_hash: str
    gas_used: int

    @property
    def passed(self) -> bool:
        return self.verdict == "pass"


@dataclass(frozen=True)
class CaseResult(_Outcome):
    """The outcome of one state-test case. ``steps`` holds EIP-3155 JSON lines
    when the case was traced.
    """

    tx_error: str
    evm_status: str
    steps: list[str] = field(default_factory=list)

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
class TxResult:
    """One transaction of a block: its outcome, gas, logs and the state root after it."""

    id: int  # 1-based position in the block, the trace's tx id
    name: str
    hash: str
    evm_status: str
    gas_used: int
    cumulative_gas_used: int
    logs: int
    logs_hash: str
    state_root: str
    deleted: list[str]  # accounts removed at its end (EIP-161 touched empty, self-destructed)


@dataclass(frozen=True)
class BlockResult(_Outcome):
    """The outcome of a block: ``verdict`` is ``"pass"`` when every transaction
    ran and the block file's expectations (if any) hold. ``logs_hash`` covers
    all the block's logs in order; ``post_state`` is the final state in the
    fixtures' ``pre`` format when ``run_block(..., post_state=True)``.
    """

    txs: list[TxResult]
    post_state: dict | None = None


def _block_result(d: dict) -> BlockResult:
    txs = [TxResult(**t) for t in d.pop("tx_results")]
    return BlockResult(txs=txs, **d)


def load_block(path: str | os.PathLike) -> Block:
    """A block from a JSON file: ``{"fork"?, "env", "pre", "transactions", "expect"?}``.

    ``env`` and ``pre`` are a state test's; each transaction has single-valued
    state-test transaction fields and either a ``secretKey`` or its signature
    ``v``, ``r``, ``s``; ``expect`` may hold ``stateRoot`` and ``logsHash``.
    Raises ``zkevm.ParseError`` / ``zkevm.InputError`` naming the file and field.
    """
    return _native.load_block(os.fspath(path))


def block_from_state_test(
    path: str | os.PathLike, cases: Sequence[int] = (), fork: str | None = None, test: str | None = None
) -> Block:
    """A block of a state test's cases, run in the order given from its pre-state.

    ``cases`` are positions in ``post[fork]`` (all when empty); the fork defaults
    to Cancun. Each case's transaction gets the template's nonce plus its
    position in the block and is signed with the fixture's ``secretKey``.
    """
    return _native.block_from_state_test(os.fspath(path), [int(i) for i in cases], fork, test)


def block_from_cases(cases: Sequence[StateTestCase]) -> Block:
    """A block of loaded cases of one test and fork, in order (see ``block_from_state_test``)."""
    return _native.block_from_cases(list(cases))


def run_block(block: Block, post_state: bool = False) -> BlockResult:
    """Runs the block's transactions in order on one world state.

    An invalid transaction raises ``zkevm.InputError`` naming it and the reason
    (``TransactionException.NONCE_MISMATCH``, ...).
    """
    return _block_result(_native.run_block(block, post_state))


@dataclass(frozen=True)
class BusMapping:
    """The circuit input of one case or block: execution steps and RW operations as columns.

    ``steps`` and ``rw`` map column names to numpy arrays (numbers as integer
    arrays, 256-bit words and addresses as hex strings in object arrays).
    ``steps_frame()`` / ``rw_frame()`` give pandas DataFrames when pandas is
    installed.
    """

    result: CaseResult | BlockResult
    steps: dict
    rw: dict
    #: copy events: src/dst type (Bytecode, Memory, Calldata, TxCalldata,
    #: Returndata, TxLog, Keccak), ids, offsets, bytes, rw_counter range
    copy: dict = field(default_factory=dict)
    #: every Keccak-256 to prove: source (SHA3, bytecode, CREATE, CREATE2, tx, tx_sign), input, output
    keccak: dict = field(default_factory=dict)
    #: EXP steps: base, exponent, result
    exp: dict = field(default_factory=dict)
    #: code the block touches: hash, bytes, is_code ('1' per opcode byte, '0' per PUSH data byte)
    bytecodes: dict = field(default_factory=dict)
    #: state-trie updates: address, field, key, old/new value, old/new root
    mpt: dict = field(default_factory=dict)
    #: sender recovery: msg_hash, r, s, v (recovery id), recovered address
    signatures: dict = field(default_factory=dict)
    #: transactions with their calldata
    txs: dict = field(default_factory=dict)
    #: the block context (coinbase, number, timestamp, gas_limit, prevrandao, base_fee, ...)
    block: dict = field(default_factory=dict)

    TABLES = ("steps", "rw", "copy", "keccak", "exp", "bytecodes", "mpt", "signatures", "txs")

    def frame(self, table: str):
        """The table named ``table`` (one of ``TABLES``) as a pandas DataFrame."""
        import pandas as pd

        if table not in self.TABLES:
            raise ValueError(f"unknown bus-mapping table {table!r}; expected one of {', '.join(self.TABLES)}")
        return pd.DataFrame(getattr(self, table))

    def steps_frame(self):
        return self.frame("steps")

    def rw_frame(self):
        return self.frame("rw")


def _columns(columns: dict) -> dict:
    import numpy as np

    out = {}
    for name, values in columns.items():
        if values and isinstance(values[0], str):
            out[name] = np.array(values, dtype=object)
        else:
            out[name] = np.asarray(values)
    return out


def bus_mapping(case: StateTestCase | Block, check: bool = True) -> BusMapping:
    """Runs one case, or a block, with the bus-mapping tracer.

    With ``check`` (default) the RW operations of a passing case or block are
    replayed against the pre-state and must end in the post-state; an
    inconsistency raises ``zkevm.VerificationError``. A block's trace has one
    rw_counter sequence; its steps carry their transaction's ``tx_id``.

    >>> bm = bus_mapping(load_state_test("tests/data/ethtests/GeneralStateTests/stExample/add11_yml.json")[0])
    >>> list(bm.steps["execution_state"])
    ['PUSH1', 'PUSH1', 'ADD', 'PUSH1', 'SSTORE', 'STOP']
    """
    is_block = isinstance(case, Block)
    d = _native.block_bus_mapping(case, check) if is_block else _native.bus_mapping(case, check)
    tables = {name: _columns(d.pop(name)) for name in BusMapping.TABLES}
    block = d.pop("block")
    return BusMapping(result=_block_result(d) if is_block else _result(d), block=block, **tables)


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
