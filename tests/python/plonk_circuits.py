"""Circuits shared by the zkevm.plonk tests: each returns the circuit and its handles."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from zkevm.plonk import MODULUS, Circuit

RANGE_BITS = 4


def fibonacci_values(count: int) -> list[int]:
    values = [1, 1]
    while len(values) < count:
        values.append((values[-1] + values[-2]) % MODULUS)
    return values[:count]


def rlc(data: list[int], r: int) -> list[int]:
    """acc[0] = data[0], acc[i] = acc[i-1]·r + data[i] (mod r)."""
    out, acc = [], 0
    for i, byte in enumerate(data):
        acc = byte if i == 0 else (acc * r + byte) % MODULUS
        out.append(acc)
    return out


def every_feature(rows: int = 10) -> SimpleNamespace:
    """A circuit using every feature, with a satisfying witness of `rows` Fibonacci rows:

    - gate "fib" at rotations 0, +1, +2 and gate "step" at rotation -1;
    - a fixed-table lookup (4-bit range) with an input selector, and a dynamic
      lookup into an advice table with a table-side selector;
    - a shuffle between two advice columns; copies across advice columns and to
      an instance column; a constant; a phase-1 column (RLC) using a challenge;
    - assignments by cell, by list, by numpy int array and by (n, 4) limbs, in regions.
    """
    c = Circuit("every feature")
    f = c.advice("f", equality=True)
    g = c.advice("g", equality=True)
    nibble = c.advice("nibble")
    key, val = c.advice("key"), c.advice("val")
    tkey, tval = c.advice("table_key"), c.advice("table_val")
    p, q = c.advice("p"), c.advice("q")
    acc = c.advice("acc", phase=1)
    byte = c.advice("byte")
    out = c.instance("out", equality=True)
    u4 = c.fixed("u4")
    constants = c.fixed("constants")
    c.enable_constant(constants)
    s_fib, s_step, s_range = c.selector("s_fib"), c.selector("s_step"), c.selector("s_range")
    s_lookup, s_table, s_rlc = c.selector("s_lookup"), c.selector("s_table"), c.selector("s_rlc")
    r = c.challenge()

    c.gate("fib", s_fib * (f.rot(2) - f.next() - f))
    c.gate("step", {"g is the previous f": s_step * (g - f.prev()), "g squared": s_step * (g * g - g ** 2)})
    c.gate("rlc", s_rlc * (acc - acc.prev() * r - byte))
    c.lookup("range", nibble, u4, table_name="4-bit table", selector=s_range)
    c.lookup("key-value", [key, val], [tkey, tval], table_name="kv table", selector=s_lookup, table_selector=s_table)
    c.shuffle("p ~ q", p, q)

    fib = fibonacci_values(rows)
    with c.region("fibonacci", start=0) as region:
        first = region.assign_constant(f, 0, 1)
        region.assign_column(f, fib[1:], offset=1)
        region.enable(s_fib, range(rows - 2))
    c.enable(s_step, range(1, rows))
    c.assign_column(g, np.array([0] + fib[:-1], dtype=np.int64))
    c.copy(first, c.cell(g, 1))
    c.copy(c.cell(f, rows - 1), c.assign(out, 0, fib[-1]))

    c.assign_column(u4, range(1 << RANGE_BITS))
    c.assign_column(nibble, [x % 16 for x in fib])
    c.enable(s_range, range(rows))

    table = [(3, 30), (5, 50), (7, 70)]
    c.assign_column(tkey, [k for k, _ in table])
    c.assign_column(tval, np.array([[v, 0, 0, 0] for _, v in table], dtype=np.uint64))
    c.enable(s_table, range(len(table)))
    for row, (k, v) in enumerate([(5, 50), (3, 30), (5, 50), (7, 70)]):
        c.assign(key, row, k)
        c.assign(val, row, v)
        c.enable(s_lookup, row)

    c.assign_column(p, [4, 8, 15, 16, 23, 42])
    c.assign_column(q, [42, 23, 16, 15, 8, 4])

    data = [0x61, 0x62, 0x63, 0x64, 0x65]
    rlc_start = rows  # after the Fibonacci rows, so every row lies in one region
    c.assign_column(byte, data, start=rlc_start)
    c.enable(s_rlc, range(rlc_start + 1, rlc_start + len(data)))

    @c.on_phase1
    def assign_rlc(challenges):
        with c.region("rlc", start=rlc_start) as region:
            region.assign_column(acc, rlc(data, challenges[r]))

    return SimpleNamespace(
        circuit=c, f=f, g=g, nibble=nibble, key=key, val=val, p=p, q=q, acc=acc, byte=byte, out=out,
        u4=u4, s_fib=s_fib, s_range=s_range, r=r, fib=fib, data=data,
    )


def adder() -> SimpleNamespace:
    """out = a + b on rows 0..3, in a region "adds" starting at row 2."""
    c = Circuit("adder")
    a, b, out = c.advice("a"), c.advice("b"), c.advice("out")
    s = c.selector("s_add")
    c.gate("add", {"sum": s * (a + b - out)})
    with c.region("adds", start=2) as region:
        for i, (x, y) in enumerate([(1, 2), (3, 4), (5, 6), (7, 8)]):
            region.assign(a, i, x)
            region.assign(b, i, y)
            region.assign(out, i, x + y)
            region.enable(s, i)
    return SimpleNamespace(circuit=c, a=a, b=b, out=out, s=s)
