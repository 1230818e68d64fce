"""zkevm.ff against plain Python integer arithmetic mod p, and its error surface."""

from __future__ import annotations

import random

import numpy as np
import pytest

import zkevm
from zkevm.ff import Fq, Fr, from_limbs, to_limbs

R = 21888242871839275222246405745257275088548364400416034343698204186575808495617
P = 21888242871839275222246405745257275088696311157297823662689037894645226208583
FIELDS = [(Fr, R), (Fq, P)]


def sample_ints(p: int, n: int, seed: int) -> list[int]:
    rng = random.Random(seed)
    edges = [0, 1, 2, p - 1, p - 2, (p - 1) // 2, 2**64, 2**128 - 1, 2**255]
    return edges + [rng.randrange(p) for _ in range(n)]


@pytest.mark.parametrize("field,p", FIELDS)
def test_modulus_is_the_bn254_prime(field, p):
    assert field.MODULUS == p


@pytest.mark.parametrize("field,p", FIELDS)
def test_operators_match_python_ints_mod_p(field, p):
    values = sample_ints(p, 40, seed=1)
    for a in values:
        x = field(a)
        assert int(x) == a % p
        assert int(-x) == (-a) % p
        assert int(x**3) == pow(a, 3, p)
        for b in values[::3]:
            y = field(b)
            assert int(x + y) == (a + b) % p
            assert int(x - y) == (a - b) % p
            assert int(x * y) == (a * b) % p
            if b % p:
                assert int(x / y) == a * pow(b, -1, p) % p


@pytest.mark.parametrize("field,p", FIELDS)
def test_ints_mix_in_on_both_sides(field, p):
    x = field(7)
    assert x + 1 == 8 and 1 + x == 8
    assert x - 10 == p - 3 and 10 - x == 3
    assert x * 2 == 14 and 2 * x == 14
    assert int(1 / x) == pow(7, -1, p)
    assert x ** -1 == 1 / x
    assert x ** 0 == 1
    assert x ** (p - 1) == 1  # Fermat
    assert field(0) ** 0 == 1 and field(0) ** 5 == 0


@pytest.mark.parametrize("field,p", FIELDS)
def test_construction_reduces_ints_and_parses_strings(field, p):
    assert field(-1) == p - 1
    assert field(p) == 0
    assert field(p + 5) == 5
    assert field(3 * p**3 + 2) == 2
    assert field("0x10") == 16 and field("123") == 123
    assert field(field(9)) == 9
    assert field() == 0


@pytest.mark.parametrize("field,p", FIELDS)
def test_equality_hash_and_repr(field, p):
    x = field(255)
    assert x == field(255) and x == 255 and x != 256
    assert field(0) != p  # ints compare by exact value
    assert hash(x) == hash(255)
    assert len({field(1), field(1), field(2)}) == 2
    assert repr(x) == f"{field.__name__}(0xff)"
    assert str(x) == "255"
    assert x.hex() == "0x" + "0" * 62 + "ff"
    assert bool(field(0)) is False and bool(x) is True
    assert (x == "255") is False


@pytest.mark.parametrize("field,p", FIELDS)
def test_bytes_round_trip_in_both_orders(field, p):
    for a in sample_ints(p, 20, seed=2):
        x = field(a)
        assert x.to_bytes() == (a % p).to_bytes(32, "little")
        assert x.to_bytes("big") == (a % p).to_bytes(32, "big")
        assert field.from_bytes(x.to_bytes()) == x
        assert field.from_bytes(x.to_bytes("big"), "big") == x


@pytest.mark.parametrize("field,p", FIELDS)
def test_bad_input_raises_typed_errors(field, p):
    with pytest.raises(zkevm.EncodingError, match="not canonical"):
        field.from_bytes(p.to_bytes(32, "little"))
    with pytest.raises(zkevm.EncodingError):
        field.from_bytes(b"\x00" * 31)
    with pytest.raises(zkevm.InputError):
        field.from_bytes(b"\x00" * 32, "middle")
    with pytest.raises(zkevm.ParseError):
        field("12abc")
    with pytest.raises(zkevm.EncodingError):
        field(str(p))
    with pytest.raises(zkevm.InputError):
        field(1.5)
    with pytest.raises(zkevm.InputError):
        field(0).inverse()
    with pytest.raises(zkevm.InputError):
        field(1) / 0
    with pytest.raises(TypeError):
        field(1) + 1.5
    with pytest.raises(TypeError):
        field(1) + "1"
    assert issubclass(zkevm.InputError, ValueError)


@pytest.mark.parametrize("field,p", FIELDS)
def test_sqrt_and_legendre_match_euler_criterion(field, p):
    for a in sample_ints(p, 30, seed=3)[1:]:
        x = field(a)
        euler = pow(a % p, (p - 1) // 2, p) if a % p else 0
        expected = {0: 0, 1: 1, p - 1: -1}[euler]
        assert x.legendre() == expected
        root = x.sqrt()
        if expected == -1:
            assert root is None
        else:
            assert root * root == x


def test_random_is_reproducible_with_a_seed_and_in_range():
    assert Fr.random(seed=5) == Fr.random(seed=5)
    assert Fr.random(seed=5) != Fr.random(seed=6)
    values = {int(Fr.random()) for _ in range(50)}
    assert len(values) == 50 and all(0 <= v < R for v in values)


def test_limb_arrays_round_trip_and_use_little_endian_limbs():
    values = [Fr(a) for a in sample_ints(R, 20, seed=4)]
    arr = to_limbs(values)
    assert arr.dtype == np.uint64 and arr.shape == (len(values), 4)
    for row, x in zip(arr, values):
        assert sum(int(limb) << (64 * i) for i, limb in enumerate(row)) == int(x)
    assert from_limbs(arr) == values
    assert to_limbs([1, 2]).tolist() == [[1, 0, 0, 0], [2, 0, 0, 0]]
    assert from_limbs(to_limbs([Fq(P - 1)]), Fq) == [Fq(-1)]
    assert to_limbs([]).shape == (0, 4)


def test_limb_arrays_reject_bad_shapes_and_non_canonical_rows():
    with pytest.raises(zkevm.InputError, match="shape"):
        from_limbs(np.zeros((3, 3), dtype=np.uint64))
    bad = np.array([[0, 0, 0, 0], [0xFFFFFFFFFFFFFFFF] * 4], dtype=np.uint64)
    with pytest.raises(zkevm.EncodingError, match="row 1"):
        from_limbs(bad)
