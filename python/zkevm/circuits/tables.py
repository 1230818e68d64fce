"""The circuit tables (circuits/tables) of a trace, as dicts of numpy columns.

Words, addresses and hashes are 0x-hex strings in object arrays; counters,
tags and flags are integer or bool arrays. Column meanings and row orders are
documented at the top of each table's C++ header.

>>> from zkevm import evm
>>> from zkevm.circuits import tables
>>> bm = evm.bus_mapping(evm.load_state_test("tests/data/ethtests/GeneralStateTests/stExample/add11_yml.json")[0])
>>> rw = tables.rw_table(bm, sorted=True)
>>> rw["tag_name"][0]
'Start'
"""

from __future__ import annotations

from typing import Any

import numpy as np

from zkevm import _zkevm

_native = _zkevm.circuits_tables

__all__ = ["rw_table", "bytecode_table", "opcode_table"]


def _columns(columns: dict) -> dict[str, np.ndarray]:
    out = {}
    for name, values in columns.items():
        values = list(values)
        if values and isinstance(values[0], str):
            out[name] = np.array(values, dtype=object)
        else:
            out[name] = np.asarray(values)
    return out


def _rw_dict(trace: Any) -> dict:
    return {k: list(v) for k, v in (trace.rw if hasattr(trace, "rw") else trace).items()}


def rw_table(trace: Any, sorted: bool = False) -> dict[str, np.ndarray]:
    """The RW table of a bus-mapping (``zkevm.evm.bus_mapping`` output, or its ``rw`` dict).

    Rows in rw_counter order, or with ``sorted`` in the State circuit's order
    (tag, id, address, field_tag, key, rw_counter). ``value_prev`` is the key's
    value before each operation; ``initial_value`` its value before the trace.
    """
    return _columns(_native.rw_table(_rw_dict(trace), sorted))


def bytecode_table(trace: Any) -> dict[str, np.ndarray]:
    """The Bytecode table of a bus-mapping: per code a header row (tag 1, value = length), then its bytes (tag 2)."""
    codes = trace.bytecodes if hasattr(trace, "bytecodes") else trace
    return _columns(_native.bytecode_table({k: list(v) for k, v in codes.items()}))


def opcode_table(fork: str = "Cancun") -> dict[str, np.ndarray]:
    """The fixed opcode-properties table (one row per byte value) for a fork.

    >>> opcode_table()["static_gas"][0x01]
    3
    """
    return _columns(_native.opcode_table(fork))
