"""Times py_ecc's bn128 (Ethereum's Python reference, what a Python user has
today) against zkevm.ec on the same inputs: G1 and G2 scalar multiplication
and one pairing. Prints median times and the speed-up ratio.

    .venv/bin/python benchmarks/py_ecc_compare.py [--repeat N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from py_ecc import bn128

from zkevm.ec import G1, G2, pairing


def median_seconds(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="py_ecc repetitions per case (ours: 100x more)")
    args = parser.parse_args()
    rng = random.Random(2024)
    a, b = rng.randrange(bn128.curve_order), rng.randrange(bn128.curve_order)

    py_p, py_q = bn128.multiply(bn128.G1, a), bn128.multiply(bn128.G2, b)
    our_p, our_q = G1.generator() * a, G2.generator() * b
    s = rng.randrange(bn128.curve_order)
    assert our_p * s == G1(int(bn128.multiply(py_p, s)[0]), int(bn128.multiply(py_p, s)[1]))

    cases = [
        ("G1 scalar multiplication", lambda: bn128.multiply(py_p, s), lambda: our_p * s),
        ("G2 scalar multiplication", lambda: bn128.multiply(py_q, s), lambda: our_q * s),
        ("pairing", lambda: bn128.pairing(py_q, py_p), lambda: pairing(our_p, our_q)),
    ]
    print(f"{'operation':<28}{'py_ecc':>14}{'zkevm':>14}{'ratio':>12}")
    for name, reference, ours in cases:
        t_ref = median_seconds(reference, args.repeat)
        t_ours = median_seconds(ours, 100 * args.repeat)
        print(f"{name:<28}{t_ref * 1e3:>11.2f} ms{t_ours * 1e6:>11.1f} us{t_ref / t_ours:>11.0f}x")


if __name__ == "__main__":
    main()
