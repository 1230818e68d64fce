"""Gas per second of py-evm (PyPI) on bench_evm's compute-heavy loop contract.

Runs the same bytecode as BM_evm_compute_loop as one message call on py-evm's
Cancun state and prints gas/s, so benchmarks/RESULTS.md can state the ratio.
Usage: .venv/bin/python benchmarks/evm_vs_pyevm.py [ITERATIONS]
"""

from __future__ import annotations

import sys
import time

from eth.db.atomic import AtomicDB
from eth.vm.execution_context import ExecutionContext
from eth.vm.forks.cancun import CancunVM
from eth.vm.forks.cancun.computation import CancunComputation
from eth.vm.message import Message
from eth.vm.forks.cancun.transaction_context import CancunTransactionContext

BLANK_ROOT = bytes.fromhex("56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421")


def loop_contract(counter: int, body: bytes) -> bytes:
    # PUSH3 counter, JUMPDEST, body, PUSH1 1 SWAP1 SUB DUP1 PUSH1 4 JUMPI POP STOP
    return bytes([0x62]) + counter.to_bytes(3, "big") + b"\x5b" + body + bytes.fromhex("600190038060045750" "00")


def main() -> None:
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    code = loop_contract(iterations, bytes.fromhex("80800281016007" "1850"))
    context = ExecutionContext(
        coinbase=b"\x00" * 20, timestamp=1, block_number=1, difficulty=0, mix_hash=b"\x00" * 32,
        gas_limit=30_000_000, prev_hashes=(), chain_id=1, base_fee_per_gas=7, excess_blob_gas=0,
    )
    state = CancunVM.get_state_class()(AtomicDB(), context, BLANK_ROOT)
    contract = b"\xbe" + b"\x00" * 18 + b"\x02"
    state.set_code(contract, code)
    msg = Message(gas=30_000_000, to=contract, sender=b"\xbe" + b"\x00" * 18 + b"\x01", value=0, data=b"", code=code)
    tx_context = CancunTransactionContext(gas_price=10, origin=msg.sender)
    start = time.process_time()
    computation = CancunComputation.apply_message(state, msg, tx_context)
    elapsed = time.process_time() - start
    if computation.is_error:
        raise SystemExit(f"py-evm failed: {computation.error}")
    gas = 30_000_000 - computation.get_gas_remaining()
    print(f"py-evm compute loop: {iterations} iterations, {gas} gas, {elapsed:.2f} s CPU, {gas / elapsed / 1e6:.2f} Mgas/s")


if __name__ == "__main__":
    main()
