"""PLONKish circuits defined in Python and checked with the MockProver.

A :class:`Circuit` declares columns (advice in phase 0 or 1, fixed, instance),
selectors and challenges; gates are operator-overloaded expressions over column
queries; lookups, shuffles and copy constraints tie cells together. The witness
is assigned by cell, by whole column (lists or numpy arrays) or through named
regions, and is replayed into the native assignment whenever a prover asks for
one, so the same circuit can be checked at several ``k`` and edited in between.

>>> from zkevm.plonk import Circuit, MockProver
>>> c = Circuit("add")
>>> a, b, out = c.advice("a"), c.advice("b"), c.advice("out")
>>> s = c.selector("s_add")
>>> c.gate("add", s * (a + b - out))
>>> for row, (x, y) in enumerate([(1, 2), (3, 4)]):
...     _ = c.assign(a, row, x), c.assign(b, row, y), c.assign(out, row, x + y)
...     c.enable(s, row)
>>> MockProver(c, k=4).verify()
FailureList([])
>>> _ = c.assign(out, 1, 8)       # plant a bug
>>> [(f.gate, f.row, f.cells[2].value) for f in MockProver(c, k=4).verify()]
[('add', 1, 8)]

Real proofs: ``keygen``, ``prove``, ``verify`` (see :mod:`zkevm.plonk_prover`).

Values are Python ints in (-r, r) (a negative v means r + v), numpy integers,
anything with ``__index__``/``__int__`` (e.g. ``zkevm.ff.Fr``), or numpy
arrays: 1-D integer/object arrays, or ``(n, 4)`` uint64 arrays of canonical
little-endian limbs. Values read back are canonical ints in [0, r).
"""

from __future__ import annotations

import itertools
import weakref
from typing import Any, Callable, Iterable, Mapping, Optional, Sequence, Union

import numpy as np

from zkevm import _zkevm
from zkevm.errors import InputError, UnsupportedError, VerificationError
from zkevm.plonk_failures import CellValue, Cost, Failure, FailureGroup, FailureKind, FailureList, Layout

__all__ = [
    "MODULUS",
    "Expression",
    "Column",
    "AdviceColumn",
    "FixedColumn",
    "InstanceColumn",
    "Selector",
    "Challenge",
    "ChallengeValues",
    "Cell",
    "Region",
    "Circuit",
    "MockProver",
    "Failure",
    "FailureKind",
    "FailureList",
    "FailureGroup",
    "CellValue",
    "Layout",
    "Cost",
    "insecure_srs",
    "ProvingKey",
    "VerifyingKey",
    "keygen",
    "prove",
    "verify",
    "circuit_instances",
]

_native = _zkevm.plonk

#: r, the order of BN254's scalar field Fr: every cell holds an integer mod r.
MODULUS: int = int(_native.MODULUS)

#: A polynomial over column queries, selectors, challenges and constants (native).
Expression = _native.Expression

_ADVICE, _FIXED, _INSTANCE = 0, 1, 2
_circuit_ids = itertools.count(1)

ExpressionLike = Union["Expression", "Column", "Selector", "Challenge", int]


class _Arithmetic:
    """Operators shared by everything usable in an expression."""

    __slots__ = ()

    def _expression(self) -> Expression:  # pragma: no cover - overridden
        raise NotImplementedError

    def __add__(self, other: Any) -> Expression:
        return self._expression() + other

    def __radd__(self, other: Any) -> Expression:
        return _native.to_expression(other) + self._expression()

    def __sub__(self, other: Any) -> Expression:
        return self._expression() - other

    def __rsub__(self, other: Any) -> Expression:
        return _native.to_expression(other) - self._expression()

    def __mul__(self, other: Any) -> Expression:
        return self._expression() * other

    def __rmul__(self, other: Any) -> Expression:
        return _native.to_expression(other) * self._expression()

    def __neg__(self) -> Expression:
        return -self._expression()

    def __pow__(self, exponent: int) -> Expression:
        return self._expression() ** exponent


class Column(_Arithmetic):
    """A column of a circuit. Used in arithmetic it means its value on the current row.

    ``col.rot(r)`` is its value r rows further (``next()`` = ``rot(1)``, ``prev()`` = ``rot(-1)``).
    """

    __slots__ = ("_circuit_id", "index", "name", "phase")
    kind: str = ""
    _code: int = -1

    def __init__(self, circuit_id: int, index: int, name: str, phase: int = 0) -> None:
        self._circuit_id = circuit_id
        self.index = index
        self.name = name
        self.phase = phase

    def rot(self, rotation: int) -> Expression:
        """The query of this column at ``rotation`` rows from the current one."""
        return _native.query(self._code, self.index, int(rotation))

    def cur(self) -> Expression:
        return self.rot(0)

    def next(self) -> Expression:
        return self.rot(1)

    def prev(self) -> Expression:
        return self.rot(-1)

    def _expression(self) -> Expression:
        return self.rot(0)

    def __repr__(self) -> str:
        phase = f", phase={self.phase}" if self.kind == "advice" else ""
        return f"{type(self).__name__}({self.name!r}, index={self.index}{phase})"


class AdviceColumn(Column):
    """Witness values chosen by the prover; phase-1 columns may depend on challenges."""

    __slots__ = ()
    kind = "advice"
    _code = _ADVICE


class FixedColumn(Column):
    """Values fixed by the circuit (tables, constants), committed at keygen."""

    __slots__ = ()
    kind = "fixed"
    _code = _FIXED


class InstanceColumn(Column):
    """Public inputs."""

    __slots__ = ()
    kind = "instance"
    _code = _INSTANCE


class Selector(_Arithmetic):
    """A 0/1 fixed column that switches gates on: ``circuit.enable(selector, rows)``."""

    __slots__ = ("_circuit_id", "index", "fixed_index", "name")

    def __init__(self, circuit_id: int, index: int, fixed_index: int, name: str) -> None:
        self._circuit_id = circuit_id
        self.index = index
        self.fixed_index = fixed_index
        self.name = name

    def _expression(self) -> Expression:
        return _native.selector_expression(self.index, self.fixed_index)

    def __repr__(self) -> str:
        return f"Selector({self.name!r}, index={self.index})"


class Challenge(_Arithmetic):
    """A verifier challenge drawn after phase-0 advice is committed; usable in gates and phase-1 witness."""

    __slots__ = ("_circuit_id", "index", "phase")

    def __init__(self, circuit_id: int, index: int, phase: int) -> None:
        self._circuit_id = circuit_id
        self.index = index
        self.phase = phase

    def _expression(self) -> Expression:
        return _native.challenge_expression(self.index, self.phase)

    def __repr__(self) -> str:
        return f"Challenge(index={self.index}, after_phase={self.phase})"


class ChallengeValues:
    """The drawn challenge values, given to the phase-1 callback: ``values[challenge]`` is an int."""

    def __init__(self, values: Sequence[int]) -> None:
        self._values = [int(v) for v in values]

    def __getitem__(self, challenge: Union[Challenge, int]) -> int:
        index = challenge.index if isinstance(challenge, Challenge) else int(challenge)
        if not 0 <= index < len(self._values):
            raise InputError(f"challenge {index} does not exist ({len(self._values)} challenges)")
        return self._values[index]

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        return f"ChallengeValues({self._values})"


class Cell:
    """A cell (column, absolute row): what ``assign`` returns and ``copy`` takes."""

    __slots__ = ("column", "row")

    def __init__(self, column: Column, row: int) -> None:
        self.column = column
        self.row = row

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Cell) and other.column is self.column and other.row == self.row

    def __hash__(self) -> int:
        return hash((id(self.column), self.row))

    def __repr__(self) -> str:
        return f"Cell({self.column.name}, row={self.row})"


def _row(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        raise InputError(f"{what}: row {value!r} is not an integer")
    if value < 0:
        raise InputError(f"{what}: row {value} is negative")
    return int(value)


class Region:
    """Rows [start, ...) named for failure reports; assignments take offsets from ``start``.

    >>> c = Circuit("r"); a = c.advice("a")
    >>> with c.region("first", start=4) as r:
    ...     r.assign(a, 1, 7)
    Cell(a, row=5)
    """

    def __init__(self, circuit: "Circuit", name: str, start: int, index: int) -> None:
        self.circuit = circuit
        self.name = name
        self.start = start
        self.index = index

    def row(self, offset: int) -> int:
        """The absolute row of an offset."""
        return self.start + _row(offset, f"region '{self.name}'")

    def assign(self, column: Union[Column, str], offset: int, value: Any) -> Cell:
        """Assigns the cell at ``start + offset``; returns it."""
        return self.circuit._assign(column, self.row(offset), value, self.index)

    def assign_column(self, column: Union[Column, str], values: Any, offset: int = 0) -> None:
        """Assigns ``values[i]`` to row ``start + offset + i``."""
        self.circuit._assign_column(column, values, self.row(offset), self.index)

    def enable(self, selector: Selector, offsets: Union[int, Iterable[int]]) -> None:
        """Turns the selector on at one offset or at each offset of an iterable."""
        self.circuit._enable(selector, offsets, self.start, self.index)

    def assign_constant(self, column: Union[AdviceColumn, str], offset: int, value: Any) -> Cell:
        """Assigns a constant to an advice cell and copies it to the constants column."""
        return self.circuit._assign_constant(column, self.row(offset), value, self.index)

    def cell(self, column: Union[Column, str], offset: int) -> Cell:
        return self.circuit.cell(column, self.row(offset))

    def __enter__(self) -> "Region":
        return self

    def __exit__(self, *exc: Any) -> None:
        return None

    def __repr__(self) -> str:
        return f"Region({self.name!r}, start={self.start})"


ConstraintsLike = Union[ExpressionLike, Mapping[str, ExpressionLike], Sequence[Any]]


class Circuit:
    """A PLONKish circuit: columns, gates, lookups, shuffles, copy constraints and its witness.

    Declare everything first (``advice``, ``fixed``, ``instance``, ``selector``,
    ``challenge``, ``gate``, ``lookup``, ``shuffle``), then assign the witness
    (``assign``, ``assign_column``, ``enable``, ``copy``, ``region``, ``on_phase1``)
    and check it with ``MockProver(circuit, k).verify()``.
    """

    def __init__(self, name: str = "circuit") -> None:
        self.name = name
        self._id = next(_circuit_ids)
        self._builder = _native.CircuitBuilder(name)
        self._columns: dict[str, Column] = {}
        self._selectors: list[Selector] = []
        self._challenges: list[Challenge] = []
        self._phase1: Optional[Callable[[ChallengeValues], None]] = None

    # --- declarations -------------------------------------------------------------

    def _add(self, column: Column, equality: bool) -> Column:
        if column.name in self._columns:
            raise InputError(f"circuit '{self.name}': a column named '{column.name}' already exists")
        self._columns[column.name] = column
        if equality:
            self.enable_equality(column)
        return column

    def _name(self, name: Optional[str], prefix: str) -> str:
        if name is None:
            return f"{prefix}{len(self._columns)}"
        if not isinstance(name, str) or not name:
            raise InputError(f"circuit '{self.name}': a column name must be a non-empty string, got {name!r}")
        return name

    def advice(self, name: Optional[str] = None, *, phase: int = 0, equality: bool = False) -> AdviceColumn:
        """A new advice (witness) column; ``phase=1`` for values that depend on challenges."""
        if phase not in (0, 1):
            raise InputError(f"advice column '{name}': phase {phase} does not exist (0 or 1)")
        name = self._name(name, "advice")
        index = self._builder.advice_column(name, phase)
        return self._add(AdviceColumn(self._id, index, name, phase), equality)  # type: ignore[return-value]

    def fixed(self, name: Optional[str] = None, *, equality: bool = False) -> FixedColumn:
        """A new fixed column (tables, constants)."""
        name = self._name(name, "fixed")
        return self._add(FixedColumn(self._id, self._builder.fixed_column(name), name), equality)  # type: ignore[return-value]

    def instance(self, name: Optional[str] = None, *, equality: bool = False) -> InstanceColumn:
        """A new instance (public input) column."""
        name = self._name(name, "instance")
        index = self._builder.instance_column(name)
        return self._add(InstanceColumn(self._id, index, name), equality)  # type: ignore[return-value]

    def selector(self, name: Optional[str] = None) -> Selector:
        """A new selector (a 0/1 fixed column that turns gates on)."""
        name = self._name(name, "selector")
        if name in self._columns or any(s.name == name for s in self._selectors):
            raise InputError(f"circuit '{self.name}': a column named '{name}' already exists")
        index, fixed_index = self._builder.selector(name)
        selector = Selector(self._id, index, fixed_index, name)
        self._selectors.append(selector)
        return selector

    def challenge(self, after_phase: int = 0) -> Challenge:
        """A challenge drawn after the advice of ``after_phase`` (0) is committed."""
        index = self._builder.challenge(int(after_phase))
        challenge = Challenge(self._id, index, int(after_phase))
        self._challenges.append(challenge)
        return challenge

    def enable_equality(self, *columns: Union[Column, str]) -> None:
        """Lets the columns take part in copy constraints."""
        for column in columns:
            c = self._column(column, "enable_equality")
            self._builder.enable_equality(c._code, c.index)

    def enable_constant(self, column: Union[FixedColumn, str]) -> None:
        """Reserves a fixed column for the constants of ``assign_constant``."""
        c = self._column(column, "enable_constant", (FixedColumn,))
        self._builder.enable_constant(c.index)

    def column(self, name: str) -> Column:
        """The column with this name."""
        return self._column(name, "column")

    @property
    def columns(self) -> list[Column]:
        """Every column, in declaration order (selectors not included)."""
        return list(self._columns.values())

    @property
    def selectors(self) -> list[Selector]:
        return list(self._selectors)

    @property
    def challenges(self) -> list[Challenge]:
        return list(self._challenges)

    def _column(self, column: Union[Column, str], what: str, kinds: tuple = (Column,)) -> Column:
        if isinstance(column, str):
            found = self._columns.get(column)
            if found is None:
                known = ", ".join(self._columns) or "none"
                raise InputError(f"{what}: circuit '{self.name}' has no column named '{column}' (columns: {known})")
            column = found
        if not isinstance(column, Column):
            raise InputError(f"{what}: {column!r} is not a column of circuit '{self.name}'")
        if column._circuit_id != self._id:
            raise InputError(f"{what}: column '{column.name}' belongs to another circuit, not '{self.name}'")
        if not isinstance(column, kinds):
            wanted = " or ".join(k.kind for k in kinds)
            raise InputError(f"{what}: column '{column.name}' is {column.kind}, expected {wanted}")
        return column

    def _own(self, item: Union[Selector, Challenge], what: str, kind: type) -> None:
        if not isinstance(item, kind):
            raise InputError(f"{what}: {item!r} is not a {kind.__name__}")
        if item._circuit_id != self._id:
            raise InputError(f"{what}: {item!r} belongs to another circuit, not '{self.name}'")

    # --- arguments ------------------------------------------------------------------

    def gate(self, name: str, constraints: ConstraintsLike) -> None:
        """A named gate: one expression, a ``{constraint name: expression}`` mapping, or a list
        of expressions / ``(name, expression)`` pairs. Each must vanish on every usable row.

        >>> c = Circuit(); a = c.advice("a"); s = c.selector("s")
        >>> c.gate("bool", {"a is 0 or 1": s * a * (a - 1)})
        """
        if isinstance(constraints, Mapping):
            pairs = list(constraints.items())
        elif isinstance(constraints, (list, tuple)):
            pairs = []
            for i, item in enumerate(constraints):
                if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str):
                    pairs.append(item)
                else:
                    pairs.append((f"{name}[{i}]", item))
        else:
            pairs = [(name, constraints)]
        self._builder.create_gate(name, [(str(n), e) for n, e in pairs])

    def lookup(
        self,
        name: str,
        inputs: Union[ExpressionLike, Sequence[ExpressionLike]],
        table: Union[ExpressionLike, Sequence[ExpressionLike]],
        *,
        table_name: Optional[str] = None,
        selector: Optional[ExpressionLike] = None,
        table_selector: Optional[ExpressionLike] = None,
    ) -> None:
        """On every row where ``selector`` ≠ 0, the tuple ``inputs`` must be one of the tuples
        ``table`` takes on rows where ``table_selector`` ≠ 0. Table expressions over fixed
        columns make a fixed table; over advice columns a dynamic one.
        """
        ins, tab = _tuple(inputs), _tuple(table)
        self._builder.lookup(name, table_name or name, ins, tab, selector, table_selector)

    def shuffle(
        self,
        name: str,
        inputs: Union[ExpressionLike, Sequence[ExpressionLike]],
        shuffle: Union[ExpressionLike, Sequence[ExpressionLike]],
    ) -> None:
        """The multiset of tuples ``inputs`` over the usable rows equals that of ``shuffle``
        (multiply selectors into the expressions to leave rows out)."""
        self._builder.shuffle(name, _tuple(inputs), _tuple(shuffle))

    # --- witness ----------------------------------------------------------------------

    def cell(self, column: Union[Column, str], row: int) -> Cell:
        """A reference to a cell (for ``copy``), without assigning it."""
        return Cell(self._column(column, "cell"), _row(row, "cell"))

    def assign(self, column: Union[Column, str], row: int, value: Any) -> Cell:
        """Assigns one cell (absolute row) and returns it."""
        return self._assign(column, _row(row, "assign"), value, -1)

    def assign_column(self, column: Union[Column, str], values: Any, start: int = 0) -> None:
        """Assigns ``values[i]`` (list or numpy array) to row ``start + i``."""
        self._assign_column(column, values, _row(start, "assign_column"), -1)

    def enable(self, selector: Selector, rows: Union[int, Iterable[int]]) -> None:
        """Turns the selector on at one row or at every row of an iterable (e.g. ``range(8)``)."""
        self._enable(selector, rows, 0, -1)

    def copy(self, a: Cell, b: Cell) -> None:
        """Constrains two cells (of equality-enabled columns) to hold the same value."""
        for cell in (a, b):
            if not isinstance(cell, Cell):
                raise InputError(f"copy: {cell!r} is not a Cell (use the value returned by assign, or circuit.cell)")
            self._column(cell.column, "copy")
        self._builder.copy(a.column._code, a.column.index, a.row, b.column._code, b.column.index, b.row)

    def assign_constant(self, column: Union[AdviceColumn, str], row: int, value: Any) -> Cell:
        """Assigns a constant to an advice cell and copies it to the constants column."""
        return self._assign_constant(column, _row(row, "assign_constant"), value, -1)

    def region(self, name: str, start: int) -> Region:
        """Opens a named region at an absolute row (usable as a context manager)."""
        start = _row(start, f"region '{name}'")
        return Region(self, name, start, self._builder.open_region(name, start))

    def on_phase1(self, callback: Callable[[ChallengeValues], None]) -> Callable[[ChallengeValues], None]:
        """Sets the function that assigns phase-1 advice; it gets the challenge values.
        Usable as a decorator. Inside it, ``assign`` & co. record phase-1 work."""
        owner = weakref.ref(self)

        def run(values: list) -> None:
            circuit = owner()
            if circuit is not None and circuit._phase1 is not None:
                circuit._phase1(ChallengeValues(values))

        self._phase1 = callback
        self._builder.set_phase1_callback(run)
        return callback

    def clear_witness(self) -> None:
        """Forgets every recorded phase-0 assignment (the configuration stays)."""
        self._builder.clear_witness()

    def _assign(self, column: Union[Column, str], row: int, value: Any, region: int) -> Cell:
        c = self._column(column, "assign")
        self._builder.assign_cell(c._code, c.index, row, value, region)
        return Cell(c, row)

    def _assign_column(self, column: Union[Column, str], values: Any, start: int, region: int) -> None:
        c = self._column(column, "assign_column")
        self._builder.assign_column(c._code, c.index, values, start, region)

    def _assign_constant(self, column: Union[AdviceColumn, str], row: int, value: Any, region: int) -> Cell:
        c = self._column(column, "assign_constant", (AdviceColumn,))
        self._builder.assign_constant(c.index, row, value, region)
        return Cell(c, row)

    def _enable(self, selector: Selector, rows: Union[int, Iterable[int]], base: int, region: int) -> None:
        self._own(selector, "enable", Selector)
        if isinstance(rows, (int, np.integer)):
            self._builder.enable_selector(selector.index, base + _row(rows, "enable"), region)
            return
        rows = rows if isinstance(rows, np.ndarray) else list(rows)
        array = np.asarray(rows)
        if array.ndim != 1 or (array.size and array.dtype.kind not in "iu"):
            for r in rows:  # names the offending entry
                _row(r, "enable")
            raise InputError(f"enable: rows must be integers, got {rows!r}")
        self._builder.enable_selector_rows(selector.index, array.astype(np.int64), base, region)

    # --- reports ------------------------------------------------------------------------

    def describe(self, expression: ExpressionLike) -> str:
        """An expression as text with this circuit's column names."""
        return self._builder.describe(_native.to_expression(expression))

    def degree(self) -> int:
        """The degree bound of the circuit (gates, lookups, shuffles, permutation)."""
        return int(self._builder.degree())

    def usable_rows(self, k: int) -> int:
        """Rows of 2^k that can hold the witness (the rest are blinding rows)."""
        return int(self._builder.usable_rows(_k(k)))

    def layout(self, k: int) -> Layout:
        """Rows, blinding rows, columns by kind, degree and extension factor at 2^k rows."""
        return Layout.from_dict(self._builder.layout(_k(k), 0))

    def cost(self, k: int) -> Cost:
        """The cost model of proving at 2^k rows: proof size, commitments, MSM/NTT work, memory."""
        if not hasattr(_native, "estimate_cost"):
            raise UnsupportedError("cost estimate: this build's cpp/plonk has no cost model yet")
        return Cost.from_dict(_native.estimate_cost(self._builder, _k(k)))

    def gates(self) -> list[tuple[str, list[tuple[str, str, int]]]]:
        """Each gate as (name, [(constraint name, expression text, degree)])."""
        return [(name, [tuple(c) for c in constraints]) for name, constraints in self._builder.gates()]

    def __repr__(self) -> str:
        kinds = {k: sum(1 for c in self._columns.values() if c.kind == k) for k in ("advice", "fixed", "instance")}
        return (
            f"Circuit({self.name!r}: {kinds['advice']} advice, {kinds['fixed']} fixed, {kinds['instance']} instance, "
            f"{len(self._selectors)} selectors, {len(self._builder.gates())} gates, "
            f"{len(self._builder.lookups())} lookups, {len(self._builder.shuffles())} shuffles)"
        )


def _tuple(value: Any) -> list:
    if isinstance(value, (list, tuple)):
        return list(value)
    return [value]


def _k(k: Any) -> int:
    if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or not 1 <= k <= 28:
        raise InputError(f"k = {k!r}: expected an integer in [1, 28] (the circuit has 2^k rows)")
    return int(k)


class MockProver:
    """Synthesizes ``circuit`` on 2^k rows (challenges from a seeded RNG) and checks every
    gate, lookup, shuffle and copy constraint without cryptography.

    ``verify()`` returns a :class:`FailureList`, empty when the witness satisfies the circuit.
    Out-of-range rows and phase mistakes raise ``zkevm.InputError`` here.
    """

    def __init__(self, circuit: Circuit, k: int, *, seed: int = 0) -> None:
        if not isinstance(circuit, Circuit):
            raise InputError(f"MockProver: expected a zkevm.plonk.Circuit, got {type(circuit).__name__}")
        self.circuit = circuit
        self._run = _native.MockRun(circuit._builder, _k(k), int(seed))

    @property
    def k(self) -> int:
        return int(self._run.k)

    @property
    def n(self) -> int:
        return int(self._run.n)

    @property
    def usable_rows(self) -> int:
        return int(self._run.usable_rows)

    @property
    def rows_used(self) -> int:
        return int(self._run.rows_used)

    @property
    def challenges(self) -> ChallengeValues:
        return ChallengeValues(self._run.challenges())

    def verify(self) -> FailureList:
        """Every failure (gates, unassigned cells, lookups, shuffles, copies)."""
        return FailureList(Failure.from_dict(d) for d in self._run.verify())

    def assert_satisfied(self) -> None:
        """Raises ``zkevm.VerificationError`` with the grouped summary when anything fails."""
        failures = self.verify()
        if failures:
            raise VerificationError(failures.summary())

    def layout(self) -> Layout:
        """The layout report, with the rows this witness uses."""
        return Layout.from_dict(self._run.layout())

    def value(self, column: Union[Column, str], row: int) -> int:
        """The value of one cell (0 when unassigned)."""
        c = self.circuit._column(column, "value")
        return int(self._run.value(c._code, c.index, _row(row, "value")))

    def values(self, column: Union[Column, str]) -> np.ndarray:
        """All 2^k values of a column as an (n, 4) uint64 array of canonical little-endian limbs."""
        c = self.circuit._column(column, "values")
        return self._run.values(c._code, c.index)

    def column_ints(self, column: Union[Column, str]) -> list[int]:
        """All 2^k values of a column as Python ints."""
        limbs = self.values(column).astype(object)
        return [int(a) | int(b) << 64 | int(c) << 128 | int(d) << 192 for a, b, c, d in limbs]

    def assigned(self, column: Union[Column, str]) -> np.ndarray:
        """A boolean array: which of the 2^k cells of the column were assigned."""
        c = self.circuit._column(column, "assigned")
        return self._run.assigned(c._code, c.index)

    def regions(self) -> list[tuple[str, int, int]]:
        """Each region as (name, start row, rows covered)."""
        return [tuple(r) for r in self._run.regions()]


# keygen / prove / verify (defined in plonk_prover, which uses the classes above).
from zkevm.plonk_prover import (  # noqa: E402
    ProvingKey,
    VerifyingKey,
    circuit_instances,
    insecure_srs,
    keygen,
    prove,
    verify,
)
