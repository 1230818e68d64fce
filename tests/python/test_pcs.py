"""zkevm.pcs: KZG commit/open/verify from Python, and .ptau loading errors."""

import doctest
import random

import pytest

import zkevm
from zkevm import pcs, poly
from zkevm.ec import G1

R = poly.MODULUS


@pytest.fixture(scope="module")
def srs():
    return pcs.Srs.insecure_from_secret(987654321, 64)


def test_commitment_is_p_of_tau_times_g1(srs):
    coefficients = [random.Random(1).randrange(R) for _ in range(20)]
    tau = 987654321
    expected = G1.generator() * (sum(c * pow(tau, i, R) for i, c in enumerate(coefficients)) % R)
    assert pcs.commit(srs, coefficients) == expected
    assert srs.g1_power(1) == G1.generator() * tau


def test_open_verify_and_rejections(srs):
    rng = random.Random(2)
    coefficients = [rng.randrange(R) for _ in range(40)]
    commitment = pcs.commit(srs, coefficients)
    z = rng.randrange(R)
    value, proof = pcs.open(srs, coefficients, z)
    assert int(value) == int(poly.evaluate(coefficients, z))
    assert pcs.verify(srs, commitment, z, value, proof)
    assert not pcs.verify(srs, commitment, z, int(value) + 1, proof)
    assert not pcs.verify(srs, commitment + G1.generator(), z, value, proof)


def test_lagrange_commitment_matches(srs):
    coefficients = [random.Random(3).randrange(R) for _ in range(16)]
    assert pcs.commit_lagrange(srs, poly.ntt(coefficients)) == pcs.commit(srs, coefficients)


def test_too_long_polynomial_and_bad_files_raise(srs, tmp_path):
    with pytest.raises(zkevm.InputError, match="exceeds the SRS of 64 powers"):
        pcs.commit(srs, [1] * 65)
    bad = tmp_path / "bad.ptau"
    bad.write_bytes(b"nope")
    with pytest.raises(zkevm.ParseError, match="not a .ptau file"):
        pcs.Srs.load_ptau(bad)
    with pytest.raises(zkevm.ParseError, match="cannot open"):
        pcs.Srs.load_ptau(tmp_path / "missing.ptau")


def test_module_doctests():
    failures, tried = doctest.testmod(pcs)
    assert tried > 0 and failures == 0
