"""BN254 (alt_bn128) curves and the optimal ate pairing.

``G1`` is the curve y^2 = x^3 + 3 over Fq, ``G2`` the order-r subgroup of the
twist y^2 = x^3 + 3/(9+u) over Fq2 (coordinates as ``(c0, c1)`` = c0 + c1·u).
Points support ``+``, ``-``, ``*`` by an ``int`` or a ``zkevm.ff.Fr`` and ``==``;
``pairing`` returns an ``Fq12`` value.

>>> from zkevm.ec import G1, G2, pairing, pairing_check
>>> g1, g2 = G1.generator(), G2.generator()
>>> pairing(g1 * 6, g2) == pairing(g1 * 2, g2 * 3)
True
>>> pairing_check([(g1 * 5, g2), (-g1, g2 * 5)])
True
>>> G1.from_bytes(g1.to_bytes()) == g1
True

Encodings: ``to_bytes()`` is halo2curves' little-endian form (G1: 32 bytes
compressed, 64 uncompressed; G2: 64 / 128), ``to_evm_bytes()`` the big-endian
EIP-196/197 form. Every decoder validates (canonical coordinates, on the curve,
in the subgroup, flags) and raises ``zkevm.EncodingError`` naming the reason.
"""

from __future__ import annotations

from typing import Iterable, Sequence, Tuple, Union

from zkevm import _zkevm

__all__ = ["G1", "G2", "Fq12", "pairing", "multi_pairing", "pairing_check", "msm"]

G1 = _zkevm.ec.G1
G2 = _zkevm.ec.G2
Fq12 = _zkevm.ec.Fq12


def pairing(p: G1, q: G2) -> Fq12:
    """The optimal ate pairing e(P, Q), the same value as EIP-197's and py_ecc's (up to Fq12's basis)."""
    return _zkevm.ec.pairing(p, q)


def multi_pairing(pairs: Iterable[Tuple[G1, G2]]) -> Fq12:
    """The product of e(P_i, Q_i) over the pairs, with one shared Miller loop and final exponentiation."""
    return _zkevm.ec.multi_pairing(list(pairs))


def pairing_check(pairs: Iterable[Tuple[G1, G2]]) -> bool:
    """True when the product of e(P_i, Q_i) is 1 (the EIP-197 check; True for no pairs).

    >>> g1, g2 = G1.generator(), G2.generator()
    >>> pairing_check([(g1 * 2, g2 * 3), (g1 * -6, g2)])
    True
    """
    return bool(_zkevm.ec.pairing_check(list(pairs)))


def msm(points: Sequence[Union[G1, G2]], scalars) -> Union[G1, G2]:
    """The multi-scalar multiplication sum_i scalars[i] * points[i] (Pippenger, multi-threaded, GIL released).

    ``points`` is a list of ``G1`` or a list of ``G2`` (an empty list gives ``G1.identity()``);
    ``scalars`` a list of ints or field elements (reduced mod r, negatives allowed), or a numpy
    ``uint64`` array of shape ``(n, 4)`` holding canonical values as little-endian 64-bit limbs
    (a row >= r raises ``zkevm.EncodingError``). Mismatched lengths or types raise ``zkevm.InputError``.

    >>> g = G1.generator()
    >>> msm([g, g * 2], [3, 4]) == g * 11
    True
    """
    return _zkevm.ec.msm(points, scalars)
