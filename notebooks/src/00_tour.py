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
## The main job

`zkevm.demo.run()` is what `make demo` runs: every stage of the pipeline that
exists so far.
"""),
    ("code", """
from zkevm import demo
demo.print_report(demo.run(progress=False))
"""),
]
