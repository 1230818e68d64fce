CELLS = [
    ("markdown", """
# A circuit in Python

`zkevm.plonk` defines whole PLONKish circuits from Python: columns, gates written
as ordinary arithmetic, lookups, copy constraints, and the witness. The
`MockProver` checks every constraint without cryptography and explains what
fails.

This notebook builds a Fibonacci circuit:

- one advice column `f` with the gate `f[i+2] = f[i+1] + f[i]` (queries at rotations 0, +1, +2),
- a range check: every value of `f` must be below 2^8 (a lookup into a fixed table of 0..255),
- a copy constraint tying the last Fibonacci number to a public input (an instance column),
- the first two values fixed to 1 through the circuit's constants.
"""),
    ("code", """
import numpy as np
import zkevm
from zkevm.plonk import Circuit, MockProver

ROWS = 12  # Fibonacci numbers to compute: the 12th is 144 < 256

c = Circuit("fibonacci")
f = c.advice("f", equality=True)            # the sequence
out = c.instance("out", equality=True)      # public input: the last number
u8 = c.fixed("u8")                          # the range-check table 0..255
constants = c.fixed("constants")
c.enable_constant(constants)
s_fib = c.selector("s_fib")
s_range = c.selector("s_range")

c.gate("fib", s_fib * (f.rot(2) - f.next() - f))
c.lookup("f is a byte", f, u8, table_name="u8", selector=s_range)
c
"""),
    ("markdown", """
Gates print with the column names, and the circuit knows its degree:
"""),
    ("code", """
for name, constraints in c.gates():
    for constraint, text, degree in constraints:
        print(f"{name}: {text}   (degree {degree})")
print("circuit degree bound:", c.degree())
"""),
    ("markdown", """
## The witness

Cells are assigned one by one, or whole columns at once from lists or numpy
arrays. A region names a group of rows, so failures can say where they are.
`assign` returns the cell, for copy constraints.
"""),
    ("code", """
fib = [1, 1]
while len(fib) < ROWS:
    fib.append(fib[-1] + fib[-2])

with c.region("fibonacci", start=0) as region:
    region.assign_constant(f, 0, 1)
    region.assign_constant(f, 1, 1)
    region.assign_column(f, np.array(fib[2:]), offset=2)
    region.enable(s_fib, range(ROWS - 2))
    region.enable(s_range, range(ROWS))
    last = region.cell(f, ROWS - 1)

c.assign_column(u8, np.arange(256))
public = c.assign(out, 0, fib[-1])
c.copy(last, public)
fib
"""),
    ("markdown", """
## Mock proving

`MockProver(circuit, k)` lays the witness out on 2^k rows. The 256-row table
needs k = 9 (a few rows at the end are reserved for blinding). An empty list
means every gate, lookup and copy holds.
"""),
    ("code", """
prover = MockProver(c, k=9)
failures = prover.verify()
print(failures)
print()
print(prover.layout())
"""),
    ("markdown", """
The layout also comes as fields, and the witness can be read back (as ints, or
as an `(n, 4)` array of 64-bit limbs without copies into Python objects):
"""),
    ("code", """
layout = prover.layout()
print("rows used:", layout.rows_used, "of", layout.usable_rows, "usable;", layout.blinding_rows, "blinding rows")
print("columns:", layout.columns_by_kind(), "max degree:", layout.max_degree, "extension:", layout.extension_factor)
print("f[:12] =", prover.column_ints(f)[:12])
prover.values(f)[:3]
"""),
    ("markdown", """
## Cost of a real proof

`circuit.cost(k)` predicts the proof size (exactly: it is checked against real
proofs), the commitments, the MSM/NTT work and the prover's memory.
"""),
    ("code", """
print(c.cost(9))
"""),
    ("markdown", """
## Keygen, prove, verify

A real proof needs a KZG structured reference string. `insecure_srs(k)` derives
one from a publicly known secret: fine for a demo, useless for security (anyone
can forge proofs against it). For real use, load a powers-of-tau ceremony file:
`zkevm.pcs.Srs.load_ptau("powersOfTau28_hez_final_10.ptau", 1 << 9)`.

`keygen` commits the fixed columns (the byte table, selectors, constants) and
the copy constraints; `prove` runs the KZG prover on the witness (a progress
bar when tqdm is installed); `verify` needs only the verifying key, the proof
bytes and the public inputs.
"""),
    ("code", """
from zkevm.plonk import insecure_srs, keygen, prove, verify

srs = insecure_srs(9)                      # INSECURE: demo only
pk = keygen(c, k=9, srs=srs)
vk = pk.verifying_key
proof = prove(pk, c, instances=[[fib[-1]]], progress=False)
print(vk)
print("proof bytes:", len(proof), "(the cost model predicted", c.cost(9).proof_bytes, ")")
print("verifies with the right public input:", verify(vk, proof, instances=[[fib[-1]]]))
print("verifies with a wrong public input:  ", verify(vk, proof, instances=[[fib[-1] + 1]]))
"""),
    ("markdown", """
Keys and proofs are bytes. A verifier rebuilds the key from its bytes and the
circuit's configuration (the shape is code; the key holds k, the fixed
commitments, a digest and the KZG parameters). A flipped byte breaks the proof.
"""),
    ("code", """
from zkevm.plonk import VerifyingKey

vk_bytes = vk.to_bytes()
restored = VerifyingKey.from_bytes(vk_bytes, c)
print("verifying key:", len(vk_bytes), "bytes; same digest:", restored.digest == vk.digest)
print("restored key verifies:", verify(restored, proof, [[fib[-1]]]))
tampered = bytearray(proof)
tampered[-40] ^= 1
try:
    print("tampered proof verifies:", verify(restored, bytes(tampered), [[fib[-1]]]))
except zkevm.EncodingError as error:  # the flipped byte may also leave no valid point
    print("tampered proof rejected:", error)
"""),
]
