"""Real proofs for circuits defined in Python: ``keygen``, ``prove``, ``verify`` over KZG.

The proof system is halo2's PLONKish protocol with logUp lookups, a Keccak-256
transcript and a SHPLONK multi-opening (``cpp/plonk``). A proof needs a KZG
structured reference string: :func:`insecure_srs` makes one from a publicly
known secret (tests and demos only: anyone can forge proofs against it), and
``zkevm.pcs.Srs.load_ptau`` loads a powers-of-tau ceremony file for real use.

>>> from zkevm.plonk import Circuit, keygen, prove, verify, insecure_srs
>>> c = Circuit("square")
>>> a, b = c.advice("a"), c.advice("b")
>>> s = c.selector("s")
>>> c.gate("square", s * (a * a - b))
>>> for row in range(4):
...     _ = c.assign(a, row, row + 2), c.assign(b, row, (row + 2) ** 2)
...     c.enable(s, row)
>>> pk = keygen(c, k=4, srs=insecure_srs(4))
>>> proof = prove(pk, c, progress=False)
>>> verify(pk.verifying_key, proof)
True

The keys and the proof are bytes: ``pk.to_bytes()`` / ``ProvingKey.from_bytes``,
``vk.to_bytes()`` / ``VerifyingKey.from_bytes`` (the circuit supplies the
shape, as in halo2: the key holds k, commitments and a digest). Every call that
does real work runs without the GIL.
"""

from __future__ import annotations

import functools
from typing import Any, Callable, Optional, Sequence, Union

from zkevm import _zkevm
from zkevm.errors import InputError, VerificationError
from zkevm.pcs import Srs

__all__ = [
    "insecure_srs",
    "ProvingKey",
    "VerifyingKey",
    "keygen",
    "prove",
    "verify",
    "circuit_instances",
]

_native = _zkevm.plonk

#: The secret of :func:`insecure_srs`. It is public, hence the name.
INSECURE_SRS_SECRET: int = 0x5EED_2026_DE_40


@functools.lru_cache(maxsize=4)
def insecure_srs(k: int) -> Srs:
    """INSECURE: an SRS for circuits of up to 2^k rows from a fixed, publicly known secret.

    Deterministic, so keys and proofs are reproducible; whoever knows the secret
    (everyone) can forge proofs. For tests and demos only: for real use load a
    ceremony file with ``zkevm.pcs.Srs.load_ptau(path, 1 << k)``.
    """
    from zkevm.plonk import _k

    return Srs.insecure_from_secret(INSECURE_SRS_SECRET, 1 << _k(k))


class VerifyingKey:
    """What a verifier needs: k, the fixed commitments, the circuit's digest and the KZG parameters."""

    def __init__(self, native: Any) -> None:
        self._native = native

    @property
    def k(self) -> int:
        return int(self._native.k)

    @property
    def digest(self) -> str:
        """Keccak-256 of the key's bytes (hex): it seeds the proof transcript."""
        return bytes(self._native.digest).hex()

    @property
    def proof_size(self) -> int:
        """The exact length in bytes of every proof for this key."""
        return int(self._native.proof_size)

    def to_bytes(self) -> bytes:
        return bytes(self._native.to_bytes())

    @classmethod
    def from_bytes(cls, data: bytes, circuit: "Circuit") -> "VerifyingKey":  # noqa: F821
        """The key in ``data`` for ``circuit`` (its configuration; the witness is not used).

        ``zkevm.EncodingError`` for malformed bytes, ``zkevm.InputError`` when the key
        was made for another circuit.
        """
        return cls(_native.VerifyingKey.from_bytes(_bytes(data, "verifying key"), _builder(circuit)))

    def __repr__(self) -> str:
        return f"VerifyingKey(k={self.k}, digest={self.digest[:16]}…, proof_size={self.proof_size})"


class ProvingKey:
    """The preprocessed circuit (fixed columns, permutation) with the SRS; ``verifying_key`` for verifiers."""

    def __init__(self, native: Any) -> None:
        self._native = native

    @property
    def k(self) -> int:
        return int(self._native.k)

    @property
    def verifying_key(self) -> VerifyingKey:
        return VerifyingKey(self._native.verifying_key)

    def to_bytes(self) -> bytes:
        """The key without the SRS (give the same SRS to ``from_bytes``)."""
        return bytes(self._native.to_bytes())

    @classmethod
    def from_bytes(cls, data: bytes, circuit: "Circuit", srs: Srs) -> "ProvingKey":  # noqa: F821
        """The key in ``data`` for ``circuit`` with the SRS it was made with."""
        return cls(_native.ProvingKey.from_bytes(_bytes(data, "proving key"), _builder(circuit), _srs(srs)))

    def __repr__(self) -> str:
        return f"ProvingKey(k={self.k})"


def keygen(circuit: "Circuit", k: int, srs: Srs) -> ProvingKey:  # noqa: F821
    """The proving key of ``circuit`` at 2^k rows: commits its fixed columns and permutation.

    The circuit's fixed values (tables, selectors, constants) and copy constraints
    come from its recorded assignment. ``zkevm.InputError`` when the SRS has fewer
    than 2^k powers or the circuit does not fit in 2^k rows.
    """
    from zkevm.plonk import _k

    return ProvingKey(_native.keygen(_builder(circuit), _srs(srs), _k(k)))


Progress = Union[None, bool, Callable[[str, int, int], None]]


def prove(
    pk: ProvingKey,
    circuit: "Circuit",  # noqa: F821
    instances: Optional[Sequence[Any]] = None,
    *,
    deterministic: bool = False,
    seed: int = 0,
    progress: Progress = None,
) -> bytes:
    """A proof that ``circuit``'s witness satisfies it, with ``instances`` as public inputs.

    ``instances`` holds one sequence of values per instance column (lists or numpy
    arrays, at most the usable rows each); by default the values the circuit
    assigned (see :func:`circuit_instances`). ``deterministic=True`` takes the
    blinding from ``seed``, so the proof bytes are reproducible; otherwise they come
    from the OS's entropy and the proof is zero-knowledge.

    ``progress``: ``None`` shows a tqdm bar when tqdm is installed, ``False`` shows
    nothing, a callable gets ``(step, done, total)`` after each commitment.

    A witness failing a gate or copy constraint still gives a proof, one that
    :func:`verify` rejects (check with ``MockProver`` first); a lookup input missing
    from its table or an unbalanced shuffle is a ``zkevm.InputError`` here.
    """
    if not isinstance(pk, ProvingKey):
        raise InputError(f"prove: expected a ProvingKey, got {type(pk).__name__}")
    builder = _builder(circuit)
    if instances is None:
        instances = circuit_instances(circuit, pk.k)
    callback, close = _progress(progress, circuit, pk.k)
    try:
        proof = _native.prove(pk._native, builder, _instances(instances), bool(deterministic), int(seed), callback)
    finally:
        close()
    return bytes(proof)


def verify(vk: Union[VerifyingKey, ProvingKey], proof: bytes, instances: Optional[Sequence[Any]] = None) -> bool:
    """True when ``proof`` is valid for ``vk``'s circuit with these public inputs, else False.

    ``instances``: one sequence per instance column (``None`` for a circuit without
    instance columns). Malformed input raises instead of returning False:
    ``zkevm.EncodingError`` for proof bytes of the wrong length or with a point off
    the curve or a non-canonical scalar, ``zkevm.InputError`` for instances of the
    wrong shape. A well-formed proof that fails any check returns False.
    """
    if isinstance(vk, ProvingKey):
        vk = vk.verifying_key
    if not isinstance(vk, VerifyingKey):
        raise InputError(f"verify: expected a VerifyingKey, got {type(vk).__name__}")
    try:
        _native.verify(vk._native, _instances(instances or []), _bytes(proof, "proof"))
    except VerificationError:
        return False
    return True


def circuit_instances(circuit: "Circuit", k: int) -> list[list[int]]:  # noqa: F821
    """The public inputs the circuit assigns: per instance column, its values up to the last assigned row."""
    from zkevm.plonk import InstanceColumn, MockProver

    columns = [c for c in circuit.columns if isinstance(c, InstanceColumn)]
    if not columns:
        return []
    mock = MockProver(circuit, k)
    out = []
    for column in columns:
        assigned = mock.assigned(column)
        rows = int(assigned.nonzero()[0].max()) + 1 if assigned.any() else 0
        out.append(mock.column_ints(column)[:rows])
    return out


def _builder(circuit: Any) -> Any:
    from zkevm.plonk import Circuit

    if not isinstance(circuit, Circuit):
        raise InputError(f"expected a zkevm.plonk.Circuit, got {type(circuit).__name__}")
    return circuit._builder


def _srs(srs: Any) -> Any:
    if not isinstance(srs, Srs):
        raise InputError(
            f"expected a zkevm.pcs.Srs (insecure_srs(k) for demos, Srs.load_ptau for real use), got {type(srs).__name__}"
        )
    return srs._native


def _bytes(data: Any, what: str) -> bytes:
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise InputError(f"{what}: expected bytes, got {type(data).__name__}")


def _instances(instances: Any) -> list:
    if isinstance(instances, (str, bytes)) or not hasattr(instances, "__iter__"):
        raise InputError(f"instances: expected one sequence of values per instance column, got {instances!r}")
    out = list(instances)
    for i, column in enumerate(out):
        if isinstance(column, (int, str, bytes)) or not hasattr(column, "__iter__"):
            raise InputError(f"instances[{i}]: expected a sequence of values (one column), got {column!r}")
    return out


def _progress(progress: Progress, circuit: Any, k: int) -> tuple[Optional[Callable], Callable[[], None]]:
    """The native callback and a closer for the chosen progress display."""
    if progress is False:
        return None, lambda: None
    if callable(progress) and progress is not True:
        return progress, lambda: None
    try:
        from tqdm import tqdm
    except ImportError:
        return None, lambda: None
    # One tick per commitment (advice, arguments, random polynomial, quotient pieces) and the opening.
    total = circuit.cost(k).proof_commitments + 1
    bar = tqdm(total=total, desc="prove", unit="step", leave=False)

    def tick(step: str, done: int, count: int) -> None:
        bar.set_description(f"prove: {step}", refresh=False)
        bar.update(1)

    return tick, bar.close

