"""Our EIP-3155 traces against the reference oracle (ethereumjs) in ../shared.

These need ../shared/ethtests and ../shared/tools/evm-oracle with node; they
are skipped with the reason when either is missing.
"""

import json
import pathlib
import shutil
import subprocess

import pytest

from zkevm import evm

SHARED = pathlib.Path(__file__).resolve().parents[2].parent / "shared"
TESTS = SHARED / "ethtests" / "GeneralStateTests"
ORACLE = SHARED / "tools" / "evm-oracle"

pytestmark = [
    pytest.mark.ethtests,
    pytest.mark.skipif(not TESTS.is_dir(), reason="../shared/ethtests is not present"),
    pytest.mark.skipif(not (ORACLE / "oracle.mjs").is_file() or shutil.which("node") is None,
                       reason="../shared/tools/evm-oracle or node is not available"),
]

# (file, index): calls, creates, reverts, storage refunds, logs, transient
# storage, MCOPY, self-destruct and memory expansion.
CASES = [
    ("stExample/add11_yml.json", 0),
    ("stCallCodes/callcall_00.json", 0),
    ("stCallCodes/callcallcallcode_001_OOGE.json", 0),
    ("stCreate2/create2collisionCode.json", 0),
    ("Pyspecs/cancun/eip6780_selfdestruct/create_selfdestruct_same_tx.json", 0),
    ("stRevertTest/RevertOpcodeInCallsOnNonEmptyReturnData.json", 0),
    ("stSStoreTest/sstore_0to0to0.json", 0),
    ("stLogTests/log2_MaxTopic.json", 0),
    ("Cancun/stEIP1153-transientStorage/10_revertUndoesStoreAfterReturn.json", 0),
    ("Cancun/stEIP5656-MCOPY/MCOPY.json", 3),
    ("VMTests/vmIOandFlowOperations/jump.json", 0),
    ("stMemoryTest/mem64kb.json", 0),
    ("stReturnDataTest/returndatacopy_following_revert.json", 0),
    # Failing steps: cost of an op that cannot pay, underflow of a dynamic-gas
    # op, static-context CREATE, a 500-bit memory cost.
    ("stCallCodes/callcall_00_OOGE.json", 0),
    ("stStaticCall/static_ABAcallsSuicide1.json", 0),
    ("stReturnDataTest/returndatasize_after_failing_callcode.json", 0),
    ("stStaticCall/static_CallContractToCreateContractAndCallItOOG.json", 0),
    ("stLogTests/log1_logMemsizeTooHigh.json", 0),
    ("stCreate2/CREATE2_Bounds3.json", 0),
]


def oracle_steps(path: pathlib.Path, test: str, fork: str, index: int) -> list[str]:
    out = subprocess.run(
        ["node", "oracle.mjs", "run", str(path), "--test", test, "--fork", fork, "--index", str(index)],
        cwd=ORACLE, capture_output=True, text=True, timeout=300,
    )
    return [line for line in out.stdout.splitlines() if line.startswith('{"pc"')]


def pick_case(path: pathlib.Path, index: int):
    """The index-th Cancun case of the file's first test."""
    cases = evm.load_state_test(path, fork="Cancun")
    first = cases[0].test
    return [c for c in cases if c.test == first][index]


@pytest.mark.parametrize("name,index", CASES)
def test_trace_matches_oracle_line_for_line(name, index):
    path = TESTS / name
    if not path.exists():
        pytest.skip(f"{name} is not in this ethtests set")
    case = pick_case(path, index)
    result = evm.trace(case)
    assert result.verdict == "pass", result.reason
    ours, theirs = result.steps, oracle_steps(path, case.test, case.fork, index)
    assert theirs, "the oracle printed no steps"
    for n, (a, b) in enumerate(zip(ours, theirs)):
        assert json.loads(a) == json.loads(b), f"step {n} differs:\n ours   {a}\n oracle {b}"
    assert len(ours) == len(theirs)


# Every case of these directories, traced by both EVMs (a few minutes: slow).
FULL_DIRECTORIES = [
    "VMTests/vmArithmeticTest",
    "VMTests/vmBitwiseLogicOperation",
    "Cancun/stEIP1153-transientStorage",
]


@pytest.mark.slow
@pytest.mark.parametrize("directory", FULL_DIRECTORIES)
def test_every_case_of_a_directory_traces_like_the_oracle(directory):
    mismatches = []
    count = 0
    for path in evm.find_state_tests([TESTS / directory]):
        for case in evm.load_state_test(path, fork="Cancun"):
            result = evm.trace(case)
            theirs = oracle_steps(pathlib.Path(path), case.test, case.fork, case.index)
            count += 1
            if result.verdict != "pass" or [json.loads(x) for x in result.steps] != [json.loads(x) for x in theirs]:
                mismatches.append(case.id)
    assert count > 0
    assert not mismatches, f"{len(mismatches)} of {count} traces differ: {mismatches[:5]}"


def as_state_test(path: pathlib.Path, case, pre: dict, position: int, root: str, logs_hash: str) -> dict:
    """Case's transaction as the position-th of a block: a one-case state test
    whose pre-state is the block's state before it and whose expectation is ours."""
    name, test = next(iter(json.loads(path.read_text()).items()))
    tx = dict(test["transaction"])
    tx["nonce"] = hex(int(tx["nonce"], 16) + position)
    tx["data"], tx["gasLimit"] = [tx["data"][case.data_index]], [tx["gasLimit"][case.gas_index]]
    tx["value"] = [tx["value"][case.value_index]]
    if "accessLists" in tx:
        tx["accessLists"] = [tx["accessLists"][case.data_index]]
    post = [{"hash": root, "logs": logs_hash, "indexes": {"data": 0, "gas": 0, "value": 0}}]
    return {name: {"env": test["env"], "pre": pre, "transaction": tx, "post": {case.fork: post}}}


def test_a_block_matches_the_oracle_transaction_by_transaction(tmp_path):
    """The oracle runs one transaction per call, so each transaction of the
    block goes to it as a state test whose pre-state is ours after the earlier
    transactions (the first is checked against the fixture itself); ethereumjs
    must reach our state root and logs hash after every one."""
    path = pathlib.Path(__file__).resolve().parents[1] / "data" / "ethtests" / "GeneralStateTests" / "VMTests" / \
        "vmLogTest" / "log1.json"
    cases = evm.load_state_test(path, fork="Cancun")[:4]
    block = evm.run_block(evm.block_from_cases(cases))
    assert block.passed and any(t.logs for t in block.txs)
    pre = json.loads(path.read_text())["log1"]["pre"]
    for k, case in enumerate(cases):
        fixture = tmp_path / f"log1_block_tx{k}.json"
        tx = block.txs[k]
        fixture.write_text(json.dumps(as_state_test(path, case, pre, k, tx.state_root, tx.logs_hash)))
        out = subprocess.run(["node", "oracle.mjs", "run", str(fixture), "--no-trace"], cwd=ORACLE,
                             capture_output=True, text=True, timeout=300)
        assert out.returncode == 0, f"transaction {k}: {out.stdout[-500:]} {out.stderr[-500:]}"
        pre = evm.run_block(evm.block_from_cases(cases[: k + 1]), post_state=True).post_state
