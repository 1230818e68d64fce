CELLS = [
    ("markdown", """
# Prove a transaction

A real Ethereum state test, end to end: run it, look at the tables its trace
fills, check every constraint of the SuperCircuit with the MockProver, make a
KZG proof and verify it; then see which of the bundled fixtures the circuits
cover.

The SuperCircuit holds the EVM circuit (the steps), the State circuit (the
RW table), the Bytecode circuit (the code), the Keccak circuit (the code
hashes) and the fixed tables, in one constraint system sharing the tables.
"""),
    ("code", """
import pathlib
import time

import pandas as pd

from zkevm import evm
from zkevm.circuits import evm as evm_circuit
from zkevm.circuits.super_circuit import SuperCircuit, verify

DATA = pathlib.Path("..") / "tests" / "data" / "ethtests" / "GeneralStateTests"
case = evm.load_state_test(DATA / "stExample" / "add11_yml.json")[0]
print(case.id)
pd.DataFrame(evm.trace(case).step_dicts())[["pc", "opName", "gas", "gasCost", "depth"]]
"""),
    ("markdown", """
## The trace as the circuits see it

The EVM circuit's steps: the transaction's prologue as one `BeginTxOp` step per
RW operation, `BeginCall`, one step per opcode, `EndTx`, `EndBlock`.
"""),
    ("code", """
trace = evm_circuit.trace(case)
print("unsupported states:", evm_circuit.unsupported_states(trace) or "none")
steps = pd.DataFrame(evm_circuit.EvmCircuit(trace).steps())
steps
"""),
    ("code", """
circuit = SuperCircuit(trace, case=case.id)
print("rows needed:", circuit.sizes())
print(circuit.layout())
"""),
    ("markdown", """
## MockProver

Every gate, lookup, shuffle and copy constraint on the witness, without any
cryptography. An empty list means the witness satisfies the circuit.
"""),
    ("code", """
start = time.perf_counter()
failures = circuit.mock_prove()
print(f"{len(failures)} failures in {time.perf_counter() - start:.1f} s")
"""),
    ("markdown", """
## A real proof

Keygen and the KZG prover, over an insecure test SRS whose secret is public
(fine for a demo, never for a proof anyone should trust). The public inputs
are the block's fields and the transaction hashes.
"""),
    ("code", """
proof = circuit.prove()
print(f"k = {proof.k}, proof {len(proof.proof)} bytes, {len(proof.public_inputs)} public inputs")
print({k: round(v, 2) for k, v in proof.timings["phases"].items()})
print("verifies:", verify(proof))
"""),
    ("markdown", """
A proof is bound to its public inputs: change one (here the block number's
low half) and the verifier rejects it.
"""),
    ("code", """
import dataclasses

tampered = dataclasses.replace(proof, public_inputs=list(proof.public_inputs))
tampered.public_inputs[5] += 1
print("verifies with a changed block field:", verify(tampered))
"""),
    ("markdown", """
## Coverage over the bundled fixtures

`zkevm mock` does this for whole directories: each case passes, fails (with
MockProver's first failures) or is unsupported, naming the execution states
the EVM circuit has no gadget for yet.
"""),
    ("code", """
from collections import Counter
from zkevm import prove_cli

files = evm.find_state_tests([DATA])
results = [prove_cli.mock_case(c) for f in files for c in evm.load_state_test(f)]
print(Counter(r["verdict"] for r in results))
missing = Counter(m for r in results for m in r.get("missing", []))
pd.Series(missing).sort_values(ascending=False).head(15)
"""),
]
