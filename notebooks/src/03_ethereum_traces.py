CELLS = [
    ("markdown", """
# Ethereum traces

The EVM in `zkevm.evm` runs the Ethereum GeneralStateTests and records each
execution in the form the circuits prove: execution steps and read/write (RW)
operations with a global `rw_counter`. This notebook runs a few fixtures that
ship with the repository (`tests/data/ethtests`), looks at what they execute,
and shows how a revert appears in the RW operations.
"""),
    ("code", """
import pathlib
from collections import Counter

import pandas as pd
import matplotlib.pyplot as plt

from zkevm import evm

DATA = pathlib.Path("..") / "tests" / "data" / "ethtests" / "GeneralStateTests"
files = evm.find_state_tests([DATA])
cases = [c for f in files for c in evm.load_state_test(f)]
results = evm.run_many(cases)
print(len(files), "files,", len(cases), "cases")
print(Counter(r.verdict for r in results))
"""),
    ("markdown", """
## One case, step by step

An EIP-3155 trace: gas before each opcode, its cost, the stack. The same
lines as the reference EVM (ethereumjs) prints.
"""),
    ("code", """
add11 = evm.load_state_test(DATA / "stExample" / "add11_yml.json")[0]
pd.DataFrame(evm.trace(add11).step_dicts())
"""),
    ("markdown", """
## What the fixtures execute

Opcode frequencies over every passing case, and the RW operations by tag.
"""),
    ("code", """
opcodes, tags = Counter(), Counter()
for case, result in zip(cases, results):
    if result.verdict != "pass":
        continue
    bm = evm.bus_mapping(case)
    opcodes.update(bm.steps["execution_state"])
    tags.update(bm.rw["tag"])

fig, (a, b) = plt.subplots(1, 2, figsize=(13, 4))
top = opcodes.most_common(20)
a.bar([k for k, _ in top], [v for _, v in top]); a.set_title("20 most executed opcodes"); a.tick_params(axis="x", rotation=90)
b.bar(list(tags), list(tags.values())); b.set_title("RW operations by tag"); b.tick_params(axis="x", rotation=90)
b.set_yscale("log")
plt.tight_layout()
"""),
    ("markdown", """
## A revert in the RW operations

In this EIP-1153 test a call stores to transient storage and then reverts.
The journal undoes the store, and the bus-mapping records the undo as a write
flagged `reverted` that puts the old value back, so the state circuit sees a
consistent history. `bus_mapping` also replays every operation against the
pre-state (`check=True`) and confirms the last writes are the post-state.
"""),
    ("code", """
revert_case = evm.load_state_test(DATA / "Cancun" / "stEIP1153-transientStorage" / "10_revertUndoesStoreAfterReturn.json")[0]
bm = evm.bus_mapping(revert_case)
rw = bm.rw_frame()
writes = rw[(rw.tag.isin(["TransientStorage", "Storage"])) & rw.is_write]
writes[["rw_counter", "tag", "id", "address", "key", "value_prev", "value", "reverted"]]
"""),
]
