"""zkevm.poly: NTTs and evaluation against a pure-Python oracle (ints mod r)."""

import doctest
import random
import threading

import numpy as np
import pytest

import zkevm
from zkevm import poly

R = poly.MODULUS


def to_array(ints):
    return np.array([[(x >> (64 * j)) & (2**64 - 1) for j in range(4)] for x in ints], dtype=np.uint64).reshape(
        len(ints), 4
    )


def from_array(array):
    return [sum(int(limb) << (64 * j) for j, limb in enumerate(row)) for row in array.tolist()]


def horner(coefficients, z):
    acc = 0
    for c in reversed(coefficients):
        acc = (acc * z + c) % R
    return acc


def random_ints(n, seed):
    rng = random.Random(seed)
    return [rng.randrange(R) for _ in range(n)]


def test_root_of_unity_has_order_2_pow_k():
    for k in (0, 1, 8, 28):
        w = int(poly.root_of_unity(k))
        assert pow(w, 2**k, R) == 1
        assert k == 0 or pow(w, 2 ** (k - 1), R) != 1


@pytest.mark.parametrize("k", [0, 1, 3, 8, 13])
def test_ntt_evaluates_at_powers_of_omega(k):
    n = 2**k
    coefficients = random_ints(n, k)
    evaluations = from_array(poly.ntt(to_array(coefficients)))
    w = int(poly.root_of_unity(k))
    for i in range(0, n, max(1, n // 8)):
        assert evaluations[i] == horner(coefficients, pow(w, i, R))


def test_intt_inverts_ntt_and_keeps_the_array_kind():
    coefficients = to_array(random_ints(1024, 1))
    evaluations = poly.ntt(coefficients)
    assert isinstance(evaluations, np.ndarray) and evaluations.shape == (1024, 4) and evaluations.dtype == np.uint64
    assert np.array_equal(poly.intt(evaluations), coefficients)
    # The input is not modified in place.
    assert np.array_equal(poly.intt(poly.ntt(coefficients)), coefficients)


def test_lists_in_lists_out():
    coefficients = random_ints(16, 2)
    evaluations = poly.ntt(coefficients)
    assert isinstance(evaluations, list) and len(evaluations) == 16
    assert [int(v) for v in poly.intt(evaluations)] == coefficients
    # Negative and large ints are reduced mod r.
    assert [int(v) for v in poly.ntt([-1, R + 5])] == [4, (-1 - 5) % R]


def test_lists_of_fr_when_zkevm_ff_is_present():
    ff = pytest.importorskip("zkevm.ff")
    values = [ff.Fr(i * i + 1) for i in range(8)]
    evaluations = poly.ntt(values)
    assert all(isinstance(v, ff.Fr) for v in evaluations)
    assert poly.intt(evaluations) == values
    assert poly.evaluate(values, ff.Fr(3)) == ff.Fr(horner([int(v) for v in values], 3))


@pytest.mark.parametrize("generator", [7, 5, R - 2])
def test_coset_ntt_evaluates_on_the_coset(generator):
    k = 6
    coefficients = random_ints(2**k, generator)
    evaluations = from_array(poly.coset_ntt(to_array(coefficients), generator))
    w = int(poly.root_of_unity(k))
    for i in range(0, 2**k, 5):
        assert evaluations[i] == horner(coefficients, generator * pow(w, i, R) % R)
    assert from_array(poly.coset_intt(to_array(evaluations), generator)) == coefficients


def test_default_coset_generator_is_7():
    coefficients = to_array(random_ints(8, 3))
    assert np.array_equal(poly.coset_ntt(coefficients), poly.coset_ntt(coefficients, 7))


def test_evaluate_and_barycentric_agree_with_horner():
    k = 10
    coefficients = random_ints(2**k, 4)
    z = random_ints(1, 5)[0]
    assert int(poly.evaluate(to_array(coefficients), z)) == horner(coefficients, z)
    evaluations = poly.ntt(to_array(coefficients))
    assert int(poly.evaluate_lagrange(evaluations, z)) == horner(coefficients, z)
    # Inside the domain the stored value comes back.
    w = int(poly.root_of_unity(k))
    assert int(poly.evaluate_lagrange(evaluations, pow(w, 3, R))) == from_array(evaluations)[3]


def test_lagrange_basis_selects_rows():
    k = 4
    n = 2**k
    z = random_ints(1, 6)[0]
    basis = [int(v) for v in poly.lagrange_basis(k, z, [0, 1, -1])]
    for value, row in zip(basis, [0, 1, n - 1]):
        unit = [0] * n
        unit[row] = 1
        assert value == horner(from_array(poly.intt(to_array(unit))), z)


def test_divide_by_linear_rebuilds_the_polynomial():
    coefficients = random_ints(50, 7)
    z = 123456789
    quotient, remainder = poly.divide_by_linear(to_array(coefficients), z)
    q = from_array(quotient)
    rebuilt = [0] * 50
    for i, c in enumerate(q):  # q * (X - z)
        rebuilt[i + 1] = (rebuilt[i + 1] + c) % R
        rebuilt[i] = (rebuilt[i] - z * c) % R
    rebuilt[0] = (rebuilt[0] + int(remainder)) % R
    assert rebuilt == coefficients
    assert int(remainder) == horner(coefficients, z)


def test_bad_inputs_raise_typed_errors():
    with pytest.raises(zkevm.InputError, match="not a power of two"):
        poly.ntt(to_array(random_ints(6, 8)))
    with pytest.raises(zkevm.InputError, match=r"shape \(n, 4\), got shape \(8, 3\)"):
        poly.ntt(np.zeros((8, 3), dtype=np.uint64))
    bad = to_array([0, 0, R, 0])  # row 2 equals the modulus
    with pytest.raises(zkevm.EncodingError, match="ntt: row 2"):
        poly.ntt(bad)
    with pytest.raises(TypeError, match="uint64"):
        poly.ntt(np.zeros((4, 4), dtype=np.int64))
    with pytest.raises(zkevm.InputError, match="2\\^29"):
        poly.lagrange_basis(29, 1, [0])
    with pytest.raises(zkevm.InputError):
        poly.coset_intt(to_array([1, 2]), 0)


def test_ntt_releases_the_gil():
    # A second Python thread keeps ticking while one large transform runs in native code.
    import time

    array = np.tile(to_array(random_ints(1, 9)), (2**18, 1))
    ticks = []
    done = threading.Event()

    def ticker():
        while not done.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0.0005)

    thread = threading.Thread(target=ticker)
    thread.start()
    time.sleep(0.01)
    start = time.perf_counter()
    poly.ntt(array)
    end = time.perf_counter()
    done.set()
    thread.join()
    inside = [t for t in ticks if start + 0.002 < t < end - 0.002]
    assert end - start > 0.01 and len(inside) >= 2


def test_module_doctests():
    failures, tried = doctest.testmod(poly)
    assert tried > 0 and failures == 0
