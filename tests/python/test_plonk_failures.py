"""zkevm.plonk MockProver: each planted bug gives the failure that names it, with the right
names, rows, regions and cell values; summaries group repeats; the table view has one row each."""

from __future__ import annotations

import pytest

from zkevm import VerificationError
from zkevm.plonk import MODULUS, Circuit, FailureKind, MockProver

from plonk_circuits import adder, every_feature


def test_wrong_gate_value_names_gate_constraint_region_and_cells():
    t = adder()
    c = t.circuit
    c.assign(t.out, 3, 8)  # row 3 = offset 1 of "adds": 3 + 4 = 7, not 8
    failures = MockProver(c, 4).verify()
    assert len(failures) == 1
    f = failures[0]
    assert f.kind is FailureKind.CONSTRAINT_NOT_SATISFIED
    assert (f.gate, f.constraint, f.row) == ("add", "sum", 3)
    assert (f.region, f.offset) == ("adds", 1)
    assert f.value == MODULUS - 1  # 3 + 4 - 8
    assert [(cell.column, cell.rotation, cell.value) for cell in f.cells] == [
        ("a", 0, 3), ("b", 0, 4), ("out", 0, 8), ("s_add", 0, 1)
    ]
    assert f.cell("out").row == 3
    text = str(f)
    assert "Constraint 'sum' (#0) in gate 'add' (#0) is not satisfied in region 'adds'" in text
    assert "offset 1 (row 3)" in text and "out (row 3) = 8" in text and "= -1" in text


def test_wrong_value_read_at_several_rotations_fails_on_each_row_that_reads_it():
    t = every_feature()
    t.circuit.assign(t.f, 5, 999)  # fib gate reads f at rows r, r+1, r+2
    failures = MockProver(t.circuit, 6).verify()
    fib = [f for f in failures if f.gate == "fib"]
    assert [f.row for f in fib] == [3, 4, 5]
    assert all(f.region == "fibonacci" and f.offset == f.row for f in fib)
    assert fib[0].cell("f", 2).value == 999 and fib[0].cell("f", 2).row == 5
    assert fib[2].cell("f", 0).value == 999
    # The step gate reads f at rotation -1 on row 6; the range lookup sees 999 % 16 is fine.
    step = [f for f in failures if f.gate == "step"]
    assert [(f.constraint, f.row) for f in step] == [("g is the previous f", 6)]
    assert step[0].cell("f", -1).value == 999


def test_missing_lookup_tuple_names_lookup_table_and_tuple():
    t = every_feature()
    t.circuit.assign(t.nibble, 4, 20)  # not a 4-bit value
    failures = MockProver(t.circuit, 6).verify()
    assert len(failures) == 1
    f = failures[0]
    assert f.kind is FailureKind.LOOKUP_INPUT_MISSING
    assert (f.lookup, f.table, f.missing, f.row) == ("range", "4-bit table", (20,), 4)
    assert f.region == "fibonacci" and f.offset == 4
    assert ("nibble", 0, 20) in [(c.column, c.rotation, c.value) for c in f.cells]
    assert "input (20) is not in table '4-bit table'" in str(f)


def test_missing_dynamic_table_tuple_is_reported():
    t = every_feature()
    t.circuit.assign(t.val, 2, 51)  # (5, 51) is not a row of the kv table
    failures = MockProver(t.circuit, 6).verify()
    assert [(f.lookup, f.table, f.missing, f.row) for f in failures] == [("key-value", "kv table", (5, 51), 2)]


def test_broken_copy_names_both_cells():
    t = every_feature()
    c = t.circuit
    c.assign(t.out, 0, 54)  # the copy from f[9] = 55 to the instance cell breaks
    failures = MockProver(c, 6).verify()
    assert len(failures) == 1
    f = failures[0]
    assert f.kind is FailureKind.COPY_MISMATCH
    assert [(cell.column, cell.row, cell.value) for cell in f.cells] == [("f", 9, 55), ("out", 0, 54)]
    assert f.cells[0].region == "fibonacci" and f.cells[0].region_offset == 9
    assert "a public input" in str(f)


def test_wrong_shuffle_names_the_side_and_tuple():
    t = every_feature()
    t.circuit.assign(t.q, 2, 17)  # 16 replaced by 17
    failures = MockProver(t.circuit, 6).verify()
    kinds = {f.kind for f in failures}
    assert kinds == {FailureKind.SHUFFLE_MISMATCH}
    by_side = {f.side: f for f in failures}
    assert by_side["input"].input_tuple == (16,) and by_side["input"].row == 3
    assert by_side["shuffle"].input_tuple == (17,) and by_side["shuffle"].row == 2
    assert all(f.shuffle == "p ~ q" for f in failures)


def test_unassigned_cell_read_by_a_gate_is_reported():
    c = Circuit("gap")
    a, b = c.advice("a"), c.advice("b")
    s = c.selector("s")
    c.gate("copy down", s * (b - a.prev()))
    c.assign(a, 0, 5)
    c.assign(b, 1, 5)
    c.assign(b, 2, 0)  # row 2 reads a[1], which nobody assigned
    c.enable(s, [1, 2])
    failures = MockProver(c, 4).verify()
    assert [(f.kind, f.gate, f.row) for f in failures] == [(FailureKind.CELL_NOT_ASSIGNED, "copy down", 2)]
    cell = failures[0].cells[0]
    assert (cell.column, cell.rotation, cell.row, cell.assigned) == ("a", -1, 1, False)
    assert "which was never assigned" in str(failures[0])


def test_unassigned_phase1_cells_are_reported_without_a_callback():
    c = Circuit("no phase 1")
    acc = c.advice("acc", phase=1)
    s = c.selector("s")
    r = c.challenge()
    c.gate("acc = r", s * (acc - r))
    c.enable(s, 0)
    failures = MockProver(c, 4).verify()
    assert [f.kind for f in failures] == [FailureKind.CELL_NOT_ASSIGNED]


def test_summary_groups_repeated_failures_and_table_view_lists_each():
    t = adder()
    c = t.circuit
    for row in (2, 3, 4):
        c.assign(t.out, row, 0)
    failures = MockProver(c, 4).verify()
    assert len(failures) == 3
    groups = failures.groups()
    assert len(groups) == 1 and groups[0].rows == [2, 3, 4]
    summary = failures.summary()
    assert summary.startswith("3 failure(s) in 1 group(s):")
    assert "Constraint 'sum' (#0) in gate 'add' (#0) is not satisfied: 3 time(s), rows 2, 3, 4" in summary
    assert str(failures) == summary
    pd = pytest.importorskip("pandas")
    df = failures.to_dataframe()
    assert isinstance(df, pd.DataFrame)
    assert list(df["row"]) == [2, 3, 4] and set(df["gate"]) == {"add"}
    assert list(df["offset"]) == [0, 1, 2]
    assert "out (row 2) = 0" in df["cells"][0]


def test_table_view_without_pandas_is_a_list_of_dicts(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_pandas(name, *args, **kwargs):
        if name == "pandas":
            raise ImportError("no pandas here")
        return real_import(name, *args, **kwargs)

    t = adder()
    t.circuit.assign(t.a, 2, 0)
    failures = MockProver(t.circuit, 4).verify()
    monkeypatch.setattr(builtins, "__import__", no_pandas)
    rows = failures.to_dataframe()
    assert isinstance(rows, list) and rows[0]["gate"] == "add" and rows[0]["row"] == 2


def test_of_kind_filters_and_assert_satisfied_raises_with_the_summary():
    t = every_feature()
    t.circuit.assign(t.nibble, 1, 99)
    t.circuit.assign(t.f, 9, 1)
    prover = MockProver(t.circuit, 6)
    failures = prover.verify()
    assert len(failures.of_kind("lookup_input_missing")) == 1
    assert len(failures.of_kind(FailureKind.COPY_MISMATCH)) == 1
    with pytest.raises(VerificationError, match="Lookup 'range'"):
        prover.assert_satisfied()


def test_failure_repr_is_short():
    t = adder()
    t.circuit.assign(t.out, 2, 0)
    f = MockProver(t.circuit, 4).verify()[0]
    assert repr(f) == "Failure(constraint_not_satisfied, gate='add', constraint='sum', row=2, region='adds', offset=0)"


def _squares(selected: bool, k: int = 4) -> Circuit:
    """b = a² on every usable row; the gate has a selector only when ``selected``."""
    c = Circuit("squares")
    a, b = c.advice("a"), c.advice("b")
    s = c.selector("s")
    c.gate("square", {"b = a^2": (s * (a * a - b)) if selected else (a * a - b)})
    rows = c.usable_rows(k)
    c.assign_column(a, [i + 2 for i in range(rows)])
    c.assign_column(b, [(i + 2) ** 2 for i in range(rows)])
    c.enable(s, range(rows))
    return c


def test_gate_without_selector_is_reported_once_as_not_switched_off():
    k = 4
    c = _squares(selected=False, k=k)
    failures = MockProver(c, k).verify()
    assert [(f.kind, f.gate, f.constraint) for f in failures] == [
        (FailureKind.CONSTRAINT_NOT_SWITCHED_OFF, "square", "b = a^2")
    ]
    f = failures[0]
    assert f.row == c.usable_rows(k)  # the first blinding row
    a, b = f.cell("a").value, f.cell("b").value
    assert f.value == (a * a - b) % MODULUS and f.value != 0
    assert "is not zero on the blinding rows (it needs a selector)" in str(f)
    assert repr(f).startswith("Failure(constraint_not_switched_off, gate='square', constraint='b = a^2'")
    assert not MockProver(_squares(selected=True, k=k), k).verify()


def test_example_circuits_are_clean_on_the_blinding_rows():
    assert not MockProver(every_feature().circuit, 6).verify()
    assert not MockProver(adder().circuit, 4).verify()
