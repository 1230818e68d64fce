"""BN254's prime fields as Python numbers.

``Fr`` is the scalar field (circuits, polynomials, MSM scalars), ``Fq`` the base
field (curve coordinates). Elements are immutable values with the usual
operators; ints mix in freely and are reduced mod p.

>>> from zkevm.ff import Fr
>>> x = Fr(5)
>>> x * 3 - 1
Fr(0xe)
>>> (x / 2) * 2 == x
True
>>> Fr(-1) == Fr.MODULUS - 1
True
>>> Fr.from_bytes(x.to_bytes()) == x
True

Conventions:

- ``Fr(n)`` reduces any int mod p (negative ints too); ``Fr("0x…")`` and
  ``Fr("123")`` parse strings, which must be canonical (< p).
- ``x == n`` for an int n holds exactly when ``int(x) == n`` (so ``hash(x) ==
  hash(int(x))``); ``Fr(p) == 0`` but ``Fr(0) != p``.
- ``to_bytes``/``from_bytes`` use 32 bytes, little-endian by default (the
  project's wire format); ``from_bytes`` rejects values >= p with
  ``zkevm.EncodingError``.
- Arrays: ``to_limbs(values)`` gives a numpy ``uint64`` array of shape (n, 4),
  canonical little-endian limbs per row; ``from_limbs(array)`` is its inverse.
  This is the layout of every array-taking API in zkevm (NTT, MSM).
"""

from __future__ import annotations

from typing import Iterable, Sequence, Union

import numpy as np

from zkevm import _zkevm

Fr = _zkevm.ff.Fr
Fq = _zkevm.ff.Fq

Field = Union[Fr, Fq]

__all__ = ["Fr", "Fq", "to_limbs", "from_limbs"]


def to_limbs(values: Iterable[Field], field: type | None = None) -> np.ndarray:
    """Canonical little-endian limbs of each element: uint64 array of shape (n, 4).

    Ints are accepted and reduced into ``field`` (default: the type of the first
    element, or Fr).

    >>> to_limbs([Fr(1), Fr(2**64)]).tolist()
    [[1, 0, 0, 0], [0, 1, 0, 0]]
    """
    items = list(values)
    if field is None:
        field = next((type(v) for v in items if isinstance(v, (Fr, Fq))), Fr)
    converted = [v if isinstance(v, field) else field(v) for v in items]
    if field is Fr:
        return _zkevm.ff.to_limbs_fr(converted)
    if field is Fq:
        return _zkevm.ff.to_limbs_fq(converted)
    raise TypeError(f"field must be Fr or Fq, not {field!r}")


def from_limbs(array: np.ndarray | Sequence[Sequence[int]], field: type = Fr) -> list:
    """Elements from an (n, 4) uint64 limb array; ``zkevm.EncodingError`` on a row >= p.

    >>> from_limbs(to_limbs([Fr(7)]))
    [Fr(0x7)]
    """
    arr = np.ascontiguousarray(array, dtype=np.uint64)
    if field is Fr:
        return _zkevm.ff.from_limbs_fr(arr)
    if field is Fq:
        return _zkevm.ff.from_limbs_fq(arr)
    raise TypeError(f"field must be Fr or Fq, not {field!r}")
