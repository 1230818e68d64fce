"""The SuperCircuit: every sub-circuit of a trace in one constraint system.

The EVM circuit proves the steps, the State circuit the RW table they read,
the Bytecode circuit the code they run, the Keccak circuit the code hashes,
over shared tables; the block's fields and the transactions' hashes are its
public inputs. k is chosen from the trace.

>>> import zkevm.evm
>>> from zkevm.circuits.super_circuit import SuperCircuit
>>> case = zkevm.evm.load_state_test("tests/data/ethtests/GeneralStateTests/stExample/add11_yml.json")[0]
>>> circuit = SuperCircuit.from_case(case)
>>> circuit.k
12
>>> circuit.mock_prove()
[]

Proofs use an INSECURE test SRS (its secret is ``srs_seed``, public): they show
the prover and verifier work, not that a third party should trust them.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import Any, Optional

from zkevm import _zkevm
from zkevm.circuits import evm as evm_circuit
from zkevm.errors import InputError

_native = _zkevm.circuits_super

__all__ = ["SuperCircuit", "SuperProof", "verify", "DEMO_SRS_SEED"]

#: The secret of the insecure SRS that demos and tests prove with.
DEMO_SRS_SEED = 0x5EED


@dataclass
class SuperProof:
    """A SuperCircuit proof with what a verifier needs besides the SRS."""

    proof: bytes
    verifying_key: bytes
    public_inputs: list[int]
    k: int
    case: str = ""
    srs_seed: int = DEMO_SRS_SEED
    timings: dict[str, Any] = field(default_factory=dict)

    def save(self, directory: str | os.PathLike, name: str) -> dict[str, str]:
        """Writes ``name.proof``, ``name.vk`` (raw bytes) and ``name.json`` (the rest); returns the paths."""
        os.makedirs(directory, exist_ok=True)
        paths = {ext: os.path.join(directory, f"{name}.{ext}") for ext in ("proof", "vk", "json")}
        with open(paths["proof"], "wb") as f:
            f.write(self.proof)
        with open(paths["vk"], "wb") as f:
            f.write(self.verifying_key)
        meta = {
            "case": self.case,
            "k": self.k,
            "srs": {"kind": "insecure test SRS", "seed": self.srs_seed},
            "public_inputs": [hex(v) for v in self.public_inputs],
            "proof_file": os.path.basename(paths["proof"]),
            "verifying_key_file": os.path.basename(paths["vk"]),
            "proof_bytes": len(self.proof),
            "timings": self.timings,
        }
        with open(paths["json"], "w") as f:
            json.dump(meta, f, indent=2)
        return paths

    @classmethod
    def load(cls, path: str | os.PathLike) -> "SuperProof":
        """Reads a proof saved by :meth:`save`, given its ``.json`` file; InputError when malformed."""
        try:
            with open(path) as f:
                meta = json.load(f)
            directory = os.path.dirname(os.fspath(path))
            with open(os.path.join(directory, meta["proof_file"]), "rb") as f:
                proof = f.read()
            with open(os.path.join(directory, meta["verifying_key_file"]), "rb") as f:
                vk = f.read()
            return cls(
                proof=proof,
                verifying_key=vk,
                public_inputs=[int(v, 16) for v in meta["public_inputs"]],
                k=int(meta["k"]),
                case=str(meta.get("case", "")),
                srs_seed=int(meta["srs"]["seed"]),
                timings=dict(meta.get("timings", {})),
            )
        except (OSError, KeyError, TypeError, ValueError) as e:
            raise InputError(f"{path}: not a saved SuperCircuit proof ({e})") from e


class SuperCircuit:
    """The SuperCircuit of one trace (``zkevm.circuits.evm.trace(case)``)."""

    def __init__(self, trace: Any, case: str = "") -> None:
        self._native = _native.SuperCircuit(trace)
        self.case = case

    @classmethod
    def from_case(cls, case: Any) -> "SuperCircuit":
        """Runs a state-test case and builds its circuit; UnsupportedError names missing execution states."""
        return cls(evm_circuit.trace(case), case=getattr(case, "id", ""))

    @property
    def k(self) -> int:
        """The smallest k that holds every sub-circuit and table."""
        return int(self._native.minimum_k)

    def sizes(self) -> dict[str, int]:
        """Rows each part needs (evm, rw, bytecode, keccak, fixed tables) and k."""
        return dict(self._native.sizes())

    def layout(self, k: Optional[int] = None) -> str:
        """The layout report: columns by kind, gates, lookups, degree, blinding rows."""
        return str(self._native.layout(k))

    def public_inputs(self) -> list[int]:
        """Block fields then transaction hashes, each 256-bit value as (hi, lo) 128-bit halves."""
        return [int(v) for v in self._native.public_inputs()]

    def mock_prove(self, k: Optional[int] = None) -> list[dict]:
        """MockProver failures (dicts with kind, gate, constraint, argument, row, text); [] when satisfied."""
        return list(self._native.mock_prove(k))

    def prove(self, k: Optional[int] = None, srs_seed: int = DEMO_SRS_SEED) -> SuperProof:
        """Keygen and a KZG proof over the insecure test SRS (releases the GIL)."""
        r = self._native.prove(k, srs_seed)
        timings = {
            "keygen_seconds": r["keygen_seconds"],
            "prove_seconds": r["prove_seconds"],
            "phases": dict(r["phases"]),
        }
        return SuperProof(
            proof=bytes(r["proof"]),
            verifying_key=bytes(r["verifying_key"]),
            public_inputs=self.public_inputs(),
            k=int(r["k"]),
            case=self.case,
            srs_seed=srs_seed,
            timings=timings,
        )


def verify(proof: SuperProof) -> bool:
    """Whether the proof verifies for its verifying key and public inputs (the SRS of its seed)."""
    return bool(_native.verify(proof.verifying_key, proof.proof, [int(v) for v in proof.public_inputs], proof.srs_seed))
