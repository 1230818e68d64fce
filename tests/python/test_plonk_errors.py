"""zkevm.plonk: bad input raises zkevm.InputError with a message naming the input and the reason."""

from __future__ import annotations

import numpy as np
import pytest

from zkevm import InputError
from zkevm.plonk import MODULUS, Circuit, MockProver


@pytest.fixture
def circuit():
    c = Circuit("bad")
    c.advice("a")
    c.advice("late", phase=1)
    c.fixed("t")
    return c


def test_unknown_column_name(circuit):
    with pytest.raises(InputError, match=r"circuit 'bad' has no column named 'nope' \(columns: a, late, t\)"):
        circuit.assign("nope", 0, 1)


def test_column_of_another_circuit(circuit):
    other = Circuit("other").advice("a")
    with pytest.raises(InputError, match="column 'a' belongs to another circuit, not 'bad'"):
        circuit.assign(other, 0, 1)
    with pytest.raises(InputError, match="belongs to another circuit"):
        circuit.enable(Circuit("x").selector("s"), 0)


def test_expression_over_a_column_the_circuit_lacks():
    big = Circuit("big")
    cols = [big.advice(f"c{i}") for i in range(5)]
    small = Circuit("small")
    with pytest.raises(InputError, match=r"gate 'g'.*advice\[4\], which does not exist"):
        small.gate("g", cols[4] * 2)


def test_row_out_of_range_is_reported_at_synthesis(circuit):
    circuit.assign("a", 100, 1)
    with pytest.raises(InputError, match=r"assign a at row 100: outside the usable rows \[0, \d+\) of k = 4"):
        MockProver(circuit, 4)
    MockProver(circuit, 8)  # fits at a larger k


def test_negative_or_non_integer_row(circuit):
    with pytest.raises(InputError, match="row -1 is negative"):
        circuit.assign("a", -1, 1)
    with pytest.raises(InputError, match="row 1.5 is not an integer"):
        circuit.assign("a", 1.5, 1)


@pytest.mark.parametrize("value", [MODULUS, 2**256, -MODULUS, -(2**300)])
def test_value_out_of_range(circuit, value):
    with pytest.raises(InputError, match=r"assign a\[0\]: value .* is out of range: field elements are integers in \(-r, r\)"):
        circuit.assign("a", 0, value)


@pytest.mark.parametrize("value", [1.5, "7", None, b"\x01"])
def test_value_of_the_wrong_type(circuit, value):
    with pytest.raises(InputError, match=r"assign a\[0\]: .* is not an integer or field element"):
        circuit.assign("a", 0, value)


def test_bad_values_in_a_list_name_the_index(circuit):
    with pytest.raises(InputError, match=r"assign_column a\[2\]: value .* is out of range"):
        circuit.assign_column("a", [1, 2, MODULUS + 1])


def test_bad_arrays(circuit):
    with pytest.raises(InputError, match="array of dtype float64 cannot hold field elements"):
        circuit.assign_column("a", np.array([1.0, 2.0]))
    with pytest.raises(InputError, match=r"uint64 limbs of shape \(n, 4\), got dtype uint64 and shape \(2, 3\)"):
        circuit.assign_column("a", np.zeros((2, 3), dtype=np.uint64))
    too_big = np.array([[2**64 - 1] * 4], dtype=np.uint64)
    with pytest.raises(InputError, match=r"assign_column a\[0\]: limbs are not a canonical field element"):
        circuit.assign_column("a", too_big)
    with pytest.raises(InputError, match="expected a list or array of values"):
        circuit.assign_column("a", 5)


def test_phase1_advice_outside_the_callback(circuit):
    with pytest.raises(InputError, match="advice column 'late' belongs to phase 1: assign it in the phase-1 callback"):
        circuit.assign("late", 0, 1)


def test_phase0_advice_inside_the_callback(circuit):
    circuit.on_phase1(lambda challenges: circuit.assign("a", 0, 1))
    with pytest.raises(InputError, match="phase-0 advice cannot be assigned in the phase-1 callback"):
        MockProver(circuit, 4)


def test_copy_needs_equality(circuit):
    a = circuit.column("a")
    with pytest.raises(InputError, match="column 'a' does not have equality enabled"):
        circuit.copy(circuit.cell(a, 0), circuit.cell(a, 1))
    with pytest.raises(InputError, match="is not a Cell"):
        circuit.copy((a, 0), circuit.cell(a, 1))


def test_constant_needs_a_constants_column(circuit):
    with pytest.raises(InputError, match="has no constants column"):
        circuit.assign_constant("a", 0, 5)
    with pytest.raises(InputError, match="column 't' is fixed, expected advice"):
        circuit.assign_constant("t", 0, 5)


def test_bad_k_and_phase_and_names(circuit):
    for k in (0, 29, -1, 2.0):
        with pytest.raises(InputError, match=r"expected an integer in \[1, 28\]"):
            MockProver(circuit, k)
    with pytest.raises(InputError, match="phase 2 does not exist"):
        circuit.advice("x", phase=2)
    with pytest.raises(InputError, match="a column named 'a' already exists"):
        circuit.advice("a")
    with pytest.raises(InputError, match="expected a zkevm.plonk.Circuit, got str"):
        MockProver("circuit", 4)


def test_k_too_small_for_the_blinding_rows(circuit):
    with pytest.raises(InputError, match="k = 1"):
        MockProver(circuit, 1)


def test_lookup_arity_mismatch(circuit):
    with pytest.raises(InputError, match="2 input expressions but 1 table expressions"):
        circuit.lookup("l", [circuit.column("a"), circuit.column("a")], [circuit.column("t")])


def test_challenge_values_index(circuit):
    r = circuit.challenge()
    seen = {}
    circuit.on_phase1(lambda ch: seen.update(value=ch[r], count=len(ch)))
    MockProver(circuit, 4)
    assert seen["count"] == 1 and 0 < seen["value"] < MODULUS
    circuit.on_phase1(lambda ch: ch[5])
    with pytest.raises(InputError, match="challenge 5 does not exist"):
        MockProver(circuit, 4)


def test_exceptions_in_the_phase1_callback_propagate(circuit):
    def broken(challenges):
        raise RuntimeError("witness generator crashed")

    circuit.on_phase1(broken)
    with pytest.raises(RuntimeError, match="witness generator crashed"):
        MockProver(circuit, 4)


def test_bad_selector_rows():
    c = Circuit("sel")
    s = c.selector("s")
    with pytest.raises(InputError, match="row -3 is negative"):
        c.enable(s, [1, 2, -3])
    with pytest.raises(InputError, match="row 'x' is not an integer"):
        c.enable(s, [1, "x"])
    with pytest.raises(InputError, match="not a Selector"):
        c.enable(c.advice("a"), 0)


def test_comparison_in_a_gate_is_rejected():
    c = Circuit("eq")
    a, b = c.advice("a"), c.advice("b")
    with pytest.raises(InputError, match=r"write a constraint as a difference \(a - b\)"):
        c.gate("g", a == b)
    with pytest.raises(InputError, match="is not an integer or field element"):
        c.gate("g", a * 1.5)
