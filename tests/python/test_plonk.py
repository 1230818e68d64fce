"""zkevm.plonk: circuits defined in Python are satisfied when their witness is right,
and the reports (layout, values, expressions) say what the circuit is."""

from __future__ import annotations

import numpy as np
import pytest

import zkevm
from zkevm.plonk import MODULUS, Circuit, FailureList, MockProver

from plonk_circuits import every_feature, fibonacci_values, rlc


@pytest.mark.parametrize("k", [6, 7, 9])
def test_every_feature_circuit_is_satisfied_for_several_k(k):
    t = every_feature()
    failures = MockProver(t.circuit, k).verify()
    assert failures == [], str(failures)
    assert isinstance(failures, FailureList)
    assert str(failures) == "All constraints are satisfied."


def test_longer_witness_is_satisfied():
    t = every_feature(rows=40)
    MockProver(t.circuit, 7).assert_satisfied()


def test_phase1_column_holds_the_rlc_with_the_drawn_challenge():
    t = every_feature()
    prover = MockProver(t.circuit, 6, seed=11)
    r = prover.challenges[t.r]
    assert 0 < r < MODULUS
    assert prover.column_ints(t.acc)[10 : 10 + len(t.data)] == rlc(t.data, r)
    # Another seed draws another challenge, and the callback follows it.
    other = MockProver(t.circuit, 6, seed=12)
    assert other.challenges[t.r] != r
    assert other.verify() == []


def test_values_read_back_as_ints_and_limbs():
    t = every_feature()
    prover = MockProver(t.circuit, 6)
    assert [prover.value(t.f, i) for i in range(10)] == fibonacci_values(10)
    limbs = prover.values(t.f)
    assert limbs.shape == (64, 4) and limbs.dtype == np.uint64
    assert list(limbs[:10, 0]) == fibonacci_values(10)
    assert prover.value(t.out, 0) == fibonacci_values(10)[-1]
    assigned = prover.assigned(t.f)
    assert assigned[:10].all() and not assigned[10:].any()


def test_limb_arrays_round_trip_large_values():
    c = Circuit("limbs")
    a = c.advice("a")
    values = [MODULUS - 1, 2**200 + 5, 7, 2**64]
    limbs = np.array([[(v >> (64 * i)) & (2**64 - 1) for i in range(4)] for v in values], dtype=np.uint64)
    c.assign_column(a, limbs)
    prover = MockProver(c, 4)
    assert [prover.value(a, i) for i in range(4)] == values
    np.testing.assert_array_equal(prover.values(a)[:4], limbs)


def test_negative_ints_and_numpy_scalars_are_field_elements():
    c = Circuit("neg")
    a, b = c.advice("a"), c.advice("b")
    s = c.selector("s")
    c.gate("a + b = 0", s * (a + b))
    c.assign(a, 0, -5)
    c.assign(b, 0, np.int64(5))
    c.enable(s, 0)
    prover = MockProver(c, 4)
    assert prover.value(a, 0) == MODULUS - 5
    assert prover.verify() == []


def test_field_elements_from_zkevm_ff_are_accepted():
    ff = pytest.importorskip("zkevm.ff")
    c = Circuit("fr")
    a = c.advice("a")
    c.assign(a, 0, ff.Fr(MODULUS - 3))
    c.assign_column(a, [ff.Fr(4), ff.Fr(9)], start=1)
    prover = MockProver(c, 4)
    assert [prover.value(a, i) for i in range(3)] == [MODULUS - 3, 4, 9]


def test_objects_with_int_conversion_are_field_elements():
    class Element:  # stands in for zkevm.ff.Fr: anything with __int__ is accepted
        def __init__(self, v):
            self.v = v

        def __int__(self):
            return self.v

    c = Circuit("int-like")
    a, s = c.advice("a"), c.selector("s")
    c.gate("a = 12", s * (a - Element(12)))
    c.assign(a, 0, Element(12))
    c.enable(s, 0)
    assert MockProver(c, 4).verify() == []


def test_expressions_print_with_column_names_and_degrees():
    c = Circuit("expr")
    a, b = c.advice("a"), c.advice("b")
    s = c.selector("s")
    e = s * (a + b - a.next() * 3)
    assert e.degree() == 2
    assert c.describe(e) == "s * (a + b - a@+1 * 3)"
    c.gate("g", e)
    assert c.gates() == [("g", [("g", "s * (a + b - a@+1 * 3)", 2)])]
    assert c.describe(2 - a.rot(-2)) == "2 - a@-2"


def test_layout_reports_rows_columns_and_degree():
    t = every_feature()
    layout = MockProver(t.circuit, 7).layout()
    assert layout.k == 7 and layout.rows == 128
    assert layout.rows_used == 16  # the 4-bit table
    assert layout.usable_rows == 128 - layout.blinding_rows - 1
    assert layout.advice_columns == (10, 1)
    assert layout.instance_columns == 1
    assert layout.selectors == 6 and layout.fixed_columns == 8
    assert layout.gates == 3 and layout.constraints == 4 and layout.lookups == 2 and layout.shuffles == 1
    assert layout.equality_columns == 4  # f, g, out, constants
    assert layout.max_degree == t.circuit.degree() >= 4
    assert layout.extension_factor >= layout.max_degree - 1
    assert "k = 7" in str(layout)
    assert layout.columns_by_kind()["advice"] == 11
    assert t.circuit.layout(7).rows_used == 0


def test_cost_estimate_when_the_core_has_it():
    t = every_feature()
    if not hasattr(zkevm._zkevm.plonk, "estimate_cost"):
        with pytest.raises(zkevm.UnsupportedError):
            t.circuit.cost(8)
        return
    cost = t.circuit.cost(8)
    assert cost.k == 8 and cost.n == 256
    assert cost.proof_bytes > 0 and cost.prover_memory_bytes > 0
    # A 5-byte header ("zkPF", version), then 32-byte points and scalars.
    assert cost.proof_bytes == 5 + 32 * (cost.proof_commitments + cost.proof_evaluations + cost.opening_points)


def test_regions_are_recorded_with_their_rows():
    t = every_feature()
    prover = MockProver(t.circuit, 6)
    assert prover.regions() == [("fibonacci", 0, 10), ("rlc", 10, 5)]


def test_witness_can_be_fixed_and_rechecked():
    c = Circuit("fix")
    a, s = c.advice("a"), c.selector("s")
    c.gate("a = 7", s * (a - 7))
    c.enable(s, 0)
    c.assign(a, 0, 6)
    assert len(MockProver(c, 4).verify()) == 1
    c.assign(a, 0, 7)  # later assignments win
    assert MockProver(c, 4).verify() == []
    c.clear_witness()
    assert MockProver(c, 4).verify() == []  # the selector is gone too


def test_mock_prover_runs_in_parallel_threads():
    # verify releases the GIL; two threads checking at once must agree.
    import threading

    t = every_feature(rows=40)
    results = []

    def work():
        results.append(len(MockProver(t.circuit, 8).verify()))

    threads = [threading.Thread(target=work) for _ in range(3)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert results == [0, 0, 0]


def test_docstring_examples_hold():
    import doctest

    import zkevm.plonk

    result = doctest.testmod(zkevm.plonk)
    assert result.failed == 0 and result.attempted >= 10
