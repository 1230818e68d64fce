"""What the MockProver reports: failures, their grouped summary and table view, and the
layout and cost reports. Re-exported by :mod:`zkevm.plonk`; import from there.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, fields
from typing import Any, Iterable, NamedTuple, Optional, Union

_MODULUS = 21888242871839275222246405745257275088548364400416034343698204186575808495617


def format_value(v: int) -> str:
    """Short text for a field element, as the native reports write it: decimal when small,
    ``-k`` for r - k with small k, else hex."""
    if v < 2**64:
        return str(v)
    if _MODULUS - v < 2**64:
        return f"-{_MODULUS - v}"
    return hex(v)


__all__ = ["format_value", "FailureKind", "CellValue", "Failure", "FailureGroup", "FailureList", "Layout", "Cost"]


class FailureKind(str, enum.Enum):
    """What kind of check failed."""

    CONSTRAINT_NOT_SATISFIED = "constraint_not_satisfied"  # a gate constraint is nonzero on a row
    CELL_NOT_ASSIGNED = "cell_not_assigned"  # a gate or copy reads an advice cell nobody assigned
    LOOKUP_INPUT_MISSING = "lookup_input_missing"  # a lookup input tuple is not in the table
    SHUFFLE_MISMATCH = "shuffle_mismatch"  # a tuple occurs more often on one side of a shuffle
    COPY_MISMATCH = "copy_mismatch"  # two copied cells hold different values
    # a gate constraint is nonzero outside the usable rows (random advice there): it needs a selector
    CONSTRAINT_NOT_SWITCHED_OFF = "constraint_not_switched_off"

    def __str__(self) -> str:
        return self.value


# Kinds whose failure carries the constraint's value.
_VALUED_KINDS = (FailureKind.CONSTRAINT_NOT_SATISFIED, FailureKind.CONSTRAINT_NOT_SWITCHED_OFF)


class CellValue(NamedTuple):
    """One cell in a report: ``(column, rotation, value, ...)``."""

    column: str
    rotation: int
    value: int
    row: int
    assigned: bool = True
    region: Optional[str] = None  # copy cells: the region the cell lies in
    region_offset: Optional[int] = None

    def __str__(self) -> str:
        rot = f"@{self.rotation:+d}" if self.rotation else ""
        shown = format_value(self.value) if self.assigned else "unassigned"
        return f"{self.column}{rot} (row {self.row}) = {shown}"


@dataclass(frozen=True)
class Failure:
    """One failed check, with everything needed to find the bug.

    ``str(failure)`` is a multi-line report in the style of halo2's MockProver.
    Gate failures fill ``gate``/``constraint``/``expression``/``value``; lookups fill
    ``lookup``, ``table`` and ``missing`` (the input tuple not found); shuffles fill
    ``shuffle``, ``side`` and ``input_tuple``; every kind fills ``row`` (absolute),
    ``region``/``offset`` when the row lies in a named region, and ``cells``.
    """

    kind: FailureKind
    row: int
    region: Optional[str] = None
    region_index: Optional[int] = None
    offset: Optional[int] = None
    gate: str = ""
    gate_index: int = 0
    constraint: str = ""
    constraint_index: int = 0
    expression: str = ""
    value: int = 0
    argument: str = ""  # lookup or shuffle name
    table: str = ""
    side: str = ""  # shuffles: "input" or "shuffle"
    input_tuple: tuple = ()
    cells: list = field(default_factory=list)
    text: str = field(default="", repr=False, compare=False)
    headline: str = field(default="", repr=False, compare=False)
    group_key: str = field(default="", repr=False, compare=False)

    @classmethod
    def from_dict(cls, d: dict) -> "Failure":
        return cls(
            kind=FailureKind(d["kind"]),
            row=int(d["row"]),
            region=d["region"],
            region_index=d["region_index"],
            offset=d["offset"],
            gate=d["gate"],
            gate_index=int(d["gate_index"]),
            constraint=d["constraint"],
            constraint_index=int(d["constraint_index"]),
            expression=d["expression"],
            value=int(d["value"]),
            argument=d["argument"],
            table=d["table"],
            side=d["side"],
            input_tuple=tuple(int(v) for v in d["tuple"]),
            cells=[
                CellValue(c["column"], int(c["rotation"]), int(c["value"]), int(c["row"]), bool(c["assigned"]),
                          c["region"], c["region_offset"])
                for c in d["cells"]
            ],
            text=d["text"],
            headline=d["headline"],
            group_key=d["group_key"],
        )

    @property
    def lookup(self) -> Optional[str]:
        """The lookup's name (lookup failures)."""
        return self.argument if self.kind is FailureKind.LOOKUP_INPUT_MISSING else None

    @property
    def shuffle(self) -> Optional[str]:
        """The shuffle's name (shuffle failures)."""
        return self.argument if self.kind is FailureKind.SHUFFLE_MISMATCH else None

    @property
    def missing(self) -> Optional[tuple]:
        """The input tuple that is not in the table (lookup failures)."""
        return self.input_tuple if self.kind is FailureKind.LOOKUP_INPUT_MISSING else None

    def cell(self, column: str, rotation: int = 0) -> CellValue:
        """The reported cell of a column at a rotation; KeyError when it is not in the report."""
        for c in self.cells:
            if c.column == column and c.rotation == rotation:
                return c
        raise KeyError(f"{column}@{rotation} is not among this failure's cells")

    def to_dict(self) -> dict:
        """A flat dict (one table row): values as short text, cells joined into one string."""
        return {
            "kind": self.kind.value,
            "gate": self.gate,
            "constraint": self.constraint,
            "lookup": self.lookup or "",
            "shuffle": self.shuffle or "",
            "table": self.table,
            "region": self.region or "",
            "offset": self.offset,
            "row": self.row,
            "value": format_value(self.value) if self.kind in _VALUED_KINDS else "",
            "tuple": "(" + ", ".join(format_value(v) for v in self.input_tuple) + ")" if self.input_tuple else "",
            "cells": ", ".join(str(c) for c in self.cells),
        }

    def __str__(self) -> str:
        return self.text.rstrip("\n")

    def __repr__(self) -> str:
        what = {
            FailureKind.CONSTRAINT_NOT_SATISFIED: f"gate={self.gate!r}, constraint={self.constraint!r}",
            FailureKind.CELL_NOT_ASSIGNED: f"gate={self.gate!r}, cell={self.cells[0].column if self.cells else '?'}",
            FailureKind.LOOKUP_INPUT_MISSING: f"lookup={self.argument!r}, missing={self.input_tuple}",
            FailureKind.SHUFFLE_MISMATCH: f"shuffle={self.argument!r}, side={self.side!r}, tuple={self.input_tuple}",
            FailureKind.COPY_MISMATCH: "cells=" + ", ".join(f"{c.column}[{c.row}]" for c in self.cells),
            FailureKind.CONSTRAINT_NOT_SWITCHED_OFF: f"gate={self.gate!r}, constraint={self.constraint!r}",
        }[self.kind]
        where = f", region={self.region!r}, offset={self.offset}" if self.region is not None else ""
        return f"Failure({self.kind.value}, {what}, row={self.row}{where})"


@dataclass
class FailureGroup:
    """Failures with the same kind and names, e.g. one constraint failing on many rows."""

    headline: str
    kind: FailureKind
    rows: list
    first: Failure

    def __str__(self) -> str:
        return f"{self.headline}: {len(self.rows)} time(s)"


class FailureList(list):
    """The MockProver's result: a list of :class:`Failure` with a grouped summary.

    ``print(failures)`` shows the summary; ``failures.to_dataframe()`` a table.
    """

    def __init__(self, failures: Iterable[Failure] = ()) -> None:
        super().__init__(failures)

    def groups(self) -> list[FailureGroup]:
        """Failures grouped by kind and names, in order of first appearance; rows sorted."""
        groups: dict[str, FailureGroup] = {}
        for f in self:
            g = groups.get(f.group_key)
            if g is None:
                g = groups[f.group_key] = FailureGroup(f.headline, f.kind, [], f)
            g.rows.append(f.row)
        for g in groups.values():
            g.rows.sort()
        return list(groups.values())

    def of_kind(self, kind: Union[FailureKind, str]) -> "FailureList":
        """The failures of one kind."""
        kind = FailureKind(kind)
        return FailureList(f for f in self if f.kind is kind)

    def summary(self, max_rows_shown: int = 8) -> str:
        """One line per group (count and first rows), then each group's first failure in full."""
        if not self:
            return "All constraints are satisfied."
        groups = self.groups()
        lines = [f"{len(self)} failure(s) in {len(groups)} group(s):"]
        for g in groups:
            rows = ", ".join(str(r) for r in g.rows[:max_rows_shown])
            more = ", ..." if len(g.rows) > max_rows_shown else ""
            lines.append(f"- {g.headline}: {len(g.rows)} time(s), rows {rows}{more}")
        lines.append("")
        lines.append("First failure of each group:")
        for g in groups:
            lines.append(str(g.first))
            lines.append("")
        return "\n".join(lines).rstrip("\n")

    def to_dataframe(self) -> Any:
        """A pandas DataFrame with one row per failure (a list of dicts without pandas)."""
        rows = [f.to_dict() for f in self]
        try:
            import pandas as pd
        except ImportError:
            return rows
        columns = list(Failure(FailureKind.COPY_MISMATCH, 0).to_dict())
        return pd.DataFrame(rows, columns=columns)

    def __str__(self) -> str:
        return self.summary()

    def __repr__(self) -> str:
        return f"FailureList({list.__repr__(self)})"

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:  # IPython shows the summary
        printer.text(self.summary())


def _from_dict(cls: Any, d: dict) -> Any:
    names = {f.name for f in fields(cls)}
    return cls(**{k: (tuple(v) if isinstance(v, list) else v) for k, v in d.items() if k in names})


@dataclass(frozen=True)
class Layout:
    """The shape of a circuit at 2^k rows."""

    k: int
    rows: int
    rows_used: int
    blinding_rows: int
    usable_rows: int
    advice_columns: tuple  # (phase 0, phase 1)
    fixed_columns: int  # selectors included
    selectors: int
    instance_columns: int
    equality_columns: int
    permutation_chunks: int
    gates: int
    constraints: int
    lookups: int
    shuffles: int
    challenges: int
    max_degree: int
    extension_factor: int
    text: str = field(default="", repr=False)

    @classmethod
    def from_dict(cls, d: dict) -> "Layout":
        return _from_dict(cls, d)

    def columns_by_kind(self) -> dict:
        """Column counts: advice (both phases), fixed (incl. selectors), selectors, instance."""
        return {
            "advice": sum(self.advice_columns),
            "fixed": self.fixed_columns,
            "selectors": self.selectors,
            "instance": self.instance_columns,
        }

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Cost:
    """The cost model of proving at 2^k rows (cpp/plonk/cost.hpp): sizes in points/bases, bytes."""

    k: int
    n: int
    degree: int
    extension_factor: int
    advice_cells: int
    proof_commitments: int
    proof_evaluations: int
    opening_points: int
    proof_bytes: int
    verifying_key_commitments: int
    prover_msms: tuple  # (what, size, count)
    prover_ntts: tuple
    keygen_msms: tuple
    keygen_ntts: tuple
    total_msm_bases: int
    total_ntt_points: int
    prover_memory_bytes: int
    text: str = field(default="", repr=False)

    @classmethod
    def from_dict(cls, d: dict) -> "Cost":
        return _from_dict(cls, d)

    def __str__(self) -> str:
        return self.text
