"""Number-theoretic transforms and polynomial evaluation over BN254's Fr.

Values are either a list of ``zkevm.ff.Fr`` elements or a numpy ``uint64`` array
of shape (n, 4) holding canonical little-endian limbs per row (the layout of
``zkevm.ff.to_limbs``); every function returns the same kind it was given.
Transform lengths are powers of two up to 2^28. The native code runs without
the GIL.

>>> import numpy as np
>>> from zkevm import poly
>>> coefficients = np.array([[1, 0, 0, 0], [2, 0, 0, 0]], dtype=np.uint64)  # 1 + 2X
>>> evaluations = poly.ntt(coefficients)  # at omega^0 = 1 and omega^1 = -1
>>> int(poly.evaluate(coefficients, 1)), int(poly.evaluate(coefficients, -1)) == MODULUS - 1
(3, True)
>>> bool((poly.intt(evaluations) == coefficients).all())
True
"""

from __future__ import annotations

from typing import Any, Sequence, Union

import numpy as np

from zkevm import _zkevm

MODULUS = 21888242871839275222246405745257275088548364400416034343698204186575808495617
"""r, the order of BN254's G1 and the modulus of Fr."""

COSET_GENERATOR = 7
"""Fr's multiplicative generator, the default coset shift (as in EvaluationDomain)."""

Values = Union[np.ndarray, Sequence[Any]]

__all__ = [
    "MODULUS",
    "COSET_GENERATOR",
    "ntt",
    "intt",
    "coset_ntt",
    "coset_intt",
    "evaluate",
    "evaluate_lagrange",
    "lagrange_basis",
    "divide_by_linear",
    "root_of_unity",
]

_MASK = (1 << 64) - 1


def _fr_type():
    """zkevm.ff.Fr when the field bindings are present, else None (scalars are then ints)."""
    try:
        from zkevm import ff
    except ImportError:
        return None
    return ff.Fr


def _scalar_limbs(value: Any) -> tuple[int, int, int, int]:
    """An int or Fr as 4 canonical limbs (ints are reduced mod r)."""
    try:
        x = int(value) % MODULUS
    except TypeError:
        raise TypeError(f"expected an int or zkevm.ff.Fr, got {type(value).__name__}") from None
    return (x & _MASK, (x >> 64) & _MASK, (x >> 128) & _MASK, x >> 192)


def _scalar_from_limbs(limbs: Sequence[int]):
    value = sum(int(limb) << (64 * i) for i, limb in enumerate(limbs))
    fr = _fr_type()
    return fr(value) if fr is not None else value


def _to_array(values: Values) -> tuple[np.ndarray, bool]:
    """(limb array, whether the input was an array) for an array or a sequence of Fr/ints."""
    if isinstance(values, np.ndarray):
        if values.dtype != np.uint64:
            raise TypeError(f"expected a uint64 limb array, got dtype {values.dtype}")
        return np.ascontiguousarray(values), True
    rows = [_scalar_limbs(v) for v in values]
    return np.array(rows, dtype=np.uint64).reshape(len(rows), 4), False


def _from_array(array: np.ndarray, as_array: bool):
    if as_array:
        return array
    return [_scalar_from_limbs(row) for row in array.tolist()]


def ntt(coefficients: Values) -> Values:
    """Evaluations ``p(omega^i)``, i < n, of the polynomial with n = 2^k coefficients.

    ``omega`` is ``root_of_unity(k)``; the output is in natural order.
    """
    array, as_array = _to_array(coefficients)
    return _from_array(_zkevm.poly.ntt(array), as_array)


def intt(evaluations: Values) -> Values:
    """Coefficients of the polynomial whose values at ``omega^i`` are given (inverse of :func:`ntt`)."""
    array, as_array = _to_array(evaluations)
    return _from_array(_zkevm.poly.intt(array), as_array)


def coset_ntt(coefficients: Values, generator: Any = COSET_GENERATOR) -> Values:
    """Evaluations ``p(g * omega^i)`` on the coset ``g*H`` (default g = 7)."""
    array, as_array = _to_array(coefficients)
    return _from_array(_zkevm.poly.coset_ntt(array, _scalar_limbs(generator)), as_array)


def coset_intt(evaluations: Values, generator: Any = COSET_GENERATOR) -> Values:
    """Coefficients from evaluations on the coset ``g*H`` (inverse of :func:`coset_ntt`)."""
    array, as_array = _to_array(evaluations)
    return _from_array(_zkevm.poly.coset_intt(array, _scalar_limbs(generator)), as_array)


def evaluate(coefficients: Values, z: Any):
    """``p(z)`` for p given by its coefficients (any length); an Fr (or an int without zkevm.ff)."""
    array, _ = _to_array(coefficients)
    return _scalar_from_limbs(_zkevm.poly.evaluate(array, _scalar_limbs(z)))


def evaluate_lagrange(evaluations: Values, z: Any):
    """``p(z)`` for p given by its n = 2^k values at ``omega^i``, without interpolating.

    Uses the barycentric formula; z may lie inside or outside the domain.
    """
    array, _ = _to_array(evaluations)
    return _scalar_from_limbs(_zkevm.poly.evaluate_lagrange(array, _scalar_limbs(z)))


def lagrange_basis(k: int, z: Any, rotations: Sequence[int]) -> list:
    """``[L_{r mod n}(z) for r in rotations]`` for the domain of size n = 2^k.

    ``L_i`` is 1 at ``omega^i`` and 0 at the other points of the domain, so
    ``lagrange_basis(k, z, [0, -1])`` gives the first- and last-row selectors at z.
    """
    array = _zkevm.poly.lagrange_basis(int(k), _scalar_limbs(z), [int(r) for r in rotations])
    return [_scalar_from_limbs(row) for row in array.tolist()]


def divide_by_linear(coefficients: Values, z: Any):
    """``(q, r)`` with ``p = q * (X - z) + r``; q has one coefficient fewer and r = p(z)."""
    array, as_array = _to_array(coefficients)
    quotient, remainder = _zkevm.poly.divide_by_linear(array, _scalar_limbs(z))
    return _from_array(quotient, as_array), _scalar_from_limbs(remainder)


def root_of_unity(k: int):
    """omega of the domain of size 2^k: a primitive 2^k-th root of unity in Fr (k <= 28)."""
    return _scalar_from_limbs(_zkevm.poly.root_of_unity(int(k)))
