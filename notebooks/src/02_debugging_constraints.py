CELLS = [
    ("markdown", """
# Debugging constraints with the MockProver

A circuit that does not hold is usually a witness bug or a constraint bug. The
`MockProver` checks every gate, lookup, shuffle and copy constraint and returns
each failure as an object: which constraint, in which region and row, and the
value of every cell it read.

We build a small circuit that is satisfied, then plant three bugs:

1. a wrong value in a gate,
2. a lookup input that is missing from its table,
3. a broken copy constraint.
"""),
    ("code", """
from zkevm.plonk import Circuit, MockProver, FailureKind

def build(bugs=()):
    c = Circuit("accumulator")
    x = c.advice("x")                       # inputs, each a 4-bit value
    acc = c.advice("acc", equality=True)    # running sum
    total = c.instance("total", equality=True)
    u4 = c.fixed("u4")
    s_acc = c.selector("s_acc")
    s_x = c.selector("s_x")

    c.gate("accumulate", {"acc grows by x": s_acc * (acc.next() - acc - x.next())})
    c.lookup("x is 4-bit", x, u4, table_name="u4", selector=s_x)
    c.assign_column(u4, range(16))

    xs = [3, 5, 7, 2, 9, 4]
    if "lookup" in bugs:
        xs[2] = 17                         # bug 2: 17 is not a 4-bit value
    sums = [sum(xs[: i + 1]) for i in range(len(xs))]
    if "gate" in bugs:
        sums[3] += 1                       # bug 1: one running sum is off by one
    with c.region("sum", start=0) as r:
        r.assign_column(x, xs)
        r.assign_column(acc, sums)
        r.enable(s_acc, range(len(xs) - 1))
        r.enable(s_x, range(len(xs)))
        last = r.cell(acc, len(xs) - 1)
    claimed = sums[-1] + (1 if "copy" in bugs else 0)   # bug 3: the public total disagrees
    c.copy(last, c.assign(total, 0, claimed))
    return c

print(MockProver(build(), k=5).verify())
"""),
    ("markdown", """
## Bug 1: a wrong value in a gate

One running sum is off by one. The gate reads `acc` at rotations 0 and +1, so
the bad cell breaks the constraint on two rows: the one that writes it and the
one that reads it as the previous sum. The copy to the public total still
holds here, because the last sum is right.
"""),
    ("code", """
failures = MockProver(build(bugs={"gate"}), k=5).verify()
print(failures)
"""),
    ("markdown", """
Each failure is an object with fields: the gate, the constraint, the region and
offset, the absolute row, and the cells with their rotations and values.
"""),
    ("code", """
first = failures[0]
print(first.kind, "|", first.gate, "|", first.constraint, "| region", first.region, "offset", first.offset, "| row", first.row)
for column, rotation, value, *_ in first.cells:
    print(f"  {column} at rotation {rotation:+d} = {value}")
"""),
    ("markdown", """
## Bug 2: a lookup input missing from its table

The failure names the lookup, the table and the tuple that is not in it:
"""),
    ("code", """
failures = MockProver(build(bugs={"lookup"}), k=5).verify()
lookup_failures = failures.of_kind(FailureKind.LOOKUP_INPUT_MISSING)
f = lookup_failures[0]
print(f.lookup, "->", f.table, "missing", f.missing, "at row", f.row)
print()
print(f)
"""),
    ("markdown", """
## Bug 3: a broken copy constraint

The public total claims one more than the circuit computed. The failure shows
both ends of the copy and where each lives:
"""),
    ("code", """
failures = MockProver(build(bugs={"copy"}), k=5).verify()
print(failures[0])
"""),
    ("markdown", """
## All three at once, as a table

With many failures, the summary groups repeats of the same constraint, and
`to_dataframe()` gives one row per failure (a pandas DataFrame when pandas is
installed) to filter and sort.
"""),
    ("code", """
failures = MockProver(build(bugs={"gate", "lookup", "copy"}), k=5).verify()
print(failures.summary().split("First failure")[0])
df = failures.to_dataframe()
df
"""),
    ("code", """
df[df.kind == "constraint_not_satisfied"][["gate", "constraint", "region", "offset", "row", "value", "cells"]]
"""),
]
