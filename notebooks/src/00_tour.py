CELLS = [
    ("markdown", """
# A tour of zkevm

zkevm executes Ethereum transactions, turns each execution into tables, and
proves them with PLONKish circuits over BN254 with KZG commitments. This
notebook shows what the package offers today; each part of the project adds a
section.
"""),
    ("code", """
import zkevm
zkevm.__version__, zkevm.build_info()
"""),
    ("markdown", """
## Threads and errors

Native work runs on `zkevm.thread_count()` threads (`ZKEVM_THREADS` sets it).
Errors from the native core arrive as typed exceptions, all subclasses of
`zkevm.ZkevmError`.
"""),
    ("code", """
print("threads:", zkevm.thread_count())
from zkevm import _zkevm
try:
    _zkevm._raise_error("EncodingError", "proof.bin: commitment 3 is not on the curve")
except zkevm.InputError as error:
    print(type(error).__name__, "->", error)
"""),
    ("markdown", """
## Finite fields

`zkevm.ff.Fr` (BN254's scalar field, the field circuits are written over) and
`zkevm.ff.Fq` (the base field) are numbers with the usual operators; ints mix
in and are reduced mod p. Arrays of elements travel to numpy as (n, 4) uint64
limbs.
"""),
    ("code", """
from zkevm.ff import Fr, to_limbs, from_limbs
x = Fr(5)
print(x * 3 - 1, x / 2 * 2 == x, Fr(-1) == Fr.MODULUS - 1)
print(repr(Fr(4).sqrt()), Fr(5).legendre())
print(x.to_bytes().hex())
limbs = to_limbs([Fr(1), Fr(2**64), Fr(-1)])
limbs, from_limbs(limbs)[2] == -1
"""),
    ("markdown", """
## The main job

`zkevm.demo.run()` is what `make demo` runs: every stage of the pipeline that
exists so far.
"""),
    ("code", """
from zkevm import demo
demo.print_report(demo.run(progress=False))
"""),
]
