"""zkevm.ec.msm against naive sums of scalar multiplications (and py_ecc for
one G1 case): G1 and G2, int and numpy-limb scalars, edge scalars and points,
typed errors."""

import random

import numpy as np
import pytest

import zkevm
from zkevm.ec import G1, G2, msm

R = 21888242871839275222246405745257275088548364400416034343698204186575808495617


def naive(points, scalars):
    acc = type(points[0]).identity()
    for p, s in zip(points, scalars):
        acc = acc + p * s
    return acc


def random_points(group, n, rng):
    return [group.generator() * rng.randrange(1, R) for _ in range(n)]


def limbs(scalars):
    return np.array([[(s >> (64 * j)) & (2**64 - 1) for j in range(4)] for s in scalars], dtype=np.uint64)


@pytest.mark.parametrize("n", [1, 2, 7, 100])
def test_g1_msm_matches_naive_sum(n):
    rng = random.Random(n)
    points = random_points(G1, n, rng)
    scalars = [rng.randrange(R) for _ in range(n)]
    expected = naive(points, scalars)
    assert msm(points, scalars) == expected
    assert msm(points, limbs(scalars)) == expected


def test_g2_msm_matches_naive_sum():
    rng = random.Random(1)
    points = random_points(G2, 20, rng)
    scalars = [rng.randrange(R) for _ in range(20)]
    expected = naive(points, scalars)
    assert isinstance(msm(points, scalars), G2)
    assert msm(points, scalars) == expected
    assert msm(points, limbs(scalars)) == expected


def test_g1_msm_matches_py_ecc():
    bn128 = pytest.importorskip("py_ecc.bn128")
    rng = random.Random(2)
    scalars = [rng.randrange(R) for _ in range(5)]
    bases = [rng.randrange(1, R) for _ in range(5)]
    expected = None
    for b, s in zip(bases, scalars):
        expected = bn128.add(expected, bn128.multiply(bn128.G1, b * s % R))
    got = msm([G1.generator() * b for b in bases], scalars)
    assert (got.x, got.y) == (int(expected[0]), int(expected[1]))


def test_edge_scalars_and_points():
    rng = random.Random(3)
    points = random_points(G1, 6, rng)
    points[2] = G1.identity()
    points[4] = points[3]
    points[5] = -points[3]
    scalars = [0, R - 1, 5, -7, 12, 12]
    expected = naive(points, [s % R for s in scalars])
    assert msm(points, scalars) == expected
    assert msm(points, [s + R for s in scalars]) == expected  # reduced mod r
    assert msm([], []) == G1.identity()
    assert msm(points, [0] * 6).is_identity()


def test_bad_inputs_raise_typed_errors():
    g = G1.generator()
    with pytest.raises(zkevm.InputError, match="2 points but 1 scalars"):
        msm([g, g], [1])
    with pytest.raises(zkevm.InputError, match=r"points\[1\] is G2"):
        msm([g, G2.generator()], [1, 2])
    with pytest.raises(zkevm.InputError, match=r"scalars\[0\]"):
        msm([g], [1.5])
    with pytest.raises(zkevm.InputError, match="uint64 of shape"):
        msm([g], np.zeros((1, 4), dtype=np.int64))
    with pytest.raises(zkevm.InputError, match="uint64 of shape"):
        msm([g], np.zeros((1, 3), dtype=np.uint64))
    with pytest.raises(zkevm.EncodingError, match=r"scalars\[0\].*not canonical"):
        msm([g], limbs([R]))
    with pytest.raises(zkevm.InputError, match="expected G1 or G2"):
        msm([1, 2], [1, 2])
