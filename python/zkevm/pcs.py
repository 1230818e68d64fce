"""KZG polynomial commitments over BN254.

An ``Srs`` holds ``[tau^i]G1`` for ``i < size`` plus ``G2`` and ``[tau]G2``. Build
one from a known secret for experiments (``Srs.insecure_from_secret``: whoever
knows tau can forge proofs) or load a powers-of-tau ceremony file
(``Srs.load_ptau``, snarkjs' ``.ptau`` format). Polynomials are given like in
``zkevm.poly``: a uint64 array of shape (n, 4) or a list of Fr/ints.

>>> from zkevm import pcs
>>> srs = pcs.Srs.insecure_from_secret(12345, 8)
>>> p = [3, 0, 1]                         # 3 + X^2
>>> c = pcs.commit(srs, p)
>>> value, proof = pcs.open(srs, p, 2)
>>> int(value)
7
>>> pcs.verify(srs, c, 2, value, proof), pcs.verify(srs, c, 2, 8, proof)
(True, False)
"""

from __future__ import annotations

from typing import Any

from zkevm import _zkevm
from zkevm.poly import Values, _scalar_from_limbs, _scalar_limbs, _to_array

__all__ = ["Srs", "commit", "commit_lagrange", "open", "verify"]


class Srs:
    """A KZG structured reference string (wraps the native SRS)."""

    def __init__(self, native: Any):
        self._native = native

    @classmethod
    def insecure_from_secret(cls, tau: Any, n: int) -> "Srs":
        """INSECURE: the SRS with n G1 powers of a known secret tau (tests and demos only)."""
        return cls(_zkevm.pcs.Srs.insecure_from_secret(_scalar_limbs(tau), int(n)))

    @classmethod
    def load_ptau(cls, path: str, max_powers: int = 0) -> "Srs":
        """The SRS in a snarkjs ``.ptau`` file (``max_powers`` G1 powers, default 2^power)."""
        return cls(_zkevm.pcs.Srs.load_ptau(str(path), int(max_powers)))

    @property
    def size(self) -> int:
        """Number of G1 powers: the most coefficients a committed polynomial may have."""
        return self._native.size

    def g1_power(self, i: int):
        """``[tau^i]G1`` as a ``zkevm.ec.G1``."""
        return self._native.g1_power(int(i))

    @property
    def g2(self):
        return self._native.g2

    @property
    def g2_tau(self):
        """``[tau]G2``."""
        return self._native.g2_tau

    def __repr__(self) -> str:
        return f"Srs(size={self.size})"


def commit(srs: Srs, coefficients: Values):
    """``[p(tau)]G1`` for p given by its coefficients."""
    array, _ = _to_array(coefficients)
    return _zkevm.pcs.commit(srs._native, array)


def commit_lagrange(srs: Srs, evaluations: Values):
    """``[p(tau)]G1`` for p given by its 2^k values on the domain (same as committing its coefficients)."""
    array, _ = _to_array(evaluations)
    return _zkevm.pcs.commit_lagrange(srs._native, array)


def open(srs: Srs, coefficients: Values, z: Any):  # noqa: A001 - the protocol's name
    """``(p(z), proof)``: the value and the KZG opening proof at z."""
    array, _ = _to_array(coefficients)
    value, proof = _zkevm.pcs.open(srs._native, array, _scalar_limbs(z))
    return _scalar_from_limbs(value), proof


def verify(srs: Srs, commitment, z: Any, value: Any, proof) -> bool:
    """True when ``proof`` shows that the committed polynomial takes ``value`` at z."""
    return bool(_zkevm.pcs.verify(srs._native, commitment, _scalar_limbs(z), _scalar_limbs(value), proof))
