"""zkevm.evm blocks: several transactions on one world state, from state tests
and block files; their results, their bus-mapping trace and the CLI."""

import json
import pathlib

import pytest

import zkevm
from zkevm import evm
from zkevm.cli import main

DATA = pathlib.Path(__file__).resolve().parents[1] / "data"
TESTS = DATA / "ethtests" / "GeneralStateTests"
ADD11 = TESTS / "stExample" / "add11_yml.json"
BYTE = TESTS / "VMTests" / "vmBitwiseLogicOperation" / "byte.json"
BLOCK_FILE = DATA / "blocks" / "add11_then_transfer.json"


def block_file(tmp_path, pre: dict, transactions: list, name: str = "block.json") -> pathlib.Path:
    """A block file with BLOCK_FILE's environment."""
    doc = json.loads(BLOCK_FILE.read_text())
    path = tmp_path / name
    path.write_text(json.dumps({"env": doc["env"], "pre": pre, "transactions": transactions}))
    return path


def test_a_block_of_one_case_is_the_state_test():
    for case in evm.load_state_test(BYTE):
        r = evm.run_block(evm.block_from_cases([case]))
        assert r.verdict == "pass", r.reason
        assert (r.state_root, r.logs_hash) == (case.expected_state_root, case.expected_logs_hash)
        assert r.txs[0].gas_used == evm.run(case).gas_used


def test_a_block_equals_its_transactions_run_on_the_evolving_state(tmp_path):
    """Case 0, then case 1 from case 0's post-state written as a block file's pre."""
    both = evm.run_block(evm.block_from_state_test(BYTE, [0, 1]))
    first = evm.run_block(evm.block_from_state_test(BYTE, [0]), post_state=True)
    assert first.txs[0].state_root == both.txs[0].state_root == evm.load_state_test(BYTE)[0].expected_state_root
    template = json.loads(BYTE.read_text())["byte"]["transaction"]
    second = {
        "nonce": "0x01", "gasPrice": template["gasPrice"], "gasLimit": template["gasLimit"][0], "to": template["to"],
        "value": template["value"][0], "data": template["data"][1], "secretKey": template["secretKey"],
    }
    case1 = evm.load_state_test(BYTE)[1]
    assert (case1.data_index, case1.gas_index, case1.value_index) == (1, 0, 0)
    then = evm.run_block(evm.load_block(block_file(tmp_path, first.post_state, [second])))
    assert then.state_root == both.state_root
    assert then.txs[0].logs_hash == both.txs[1].logs_hash
    assert then.txs[0].gas_used == both.txs[1].gas_used
    assert both.txs[1].cumulative_gas_used == both.txs[0].gas_used + both.txs[1].gas_used == both.gas_used


def test_the_block_file_runs_and_meets_its_expectations():
    block = evm.load_block(BLOCK_FILE)
    assert len(block) == 3 and block.fork == "Cancun"
    r = evm.run_block(block)
    assert r.passed, r.reason
    assert [t.id for t in r.txs] == [1, 2, 3]
    assert [t.hash for t in r.txs] == block.tx_hashes
    assert r.txs[0].hash == "0x" + evm.keccak256(block.signed_transactions[0]).hex()


def test_block_bus_mapping_numbers_transactions_and_calls_across_the_block():
    bm = evm.bus_mapping(evm.block_from_state_test(BYTE, [0, 1, 2]))
    assert isinstance(bm.result, evm.BlockResult) and bm.result.passed
    rw, steps = bm.rw, bm.steps
    assert list(rw["rw_counter"]) == list(range(1, len(rw["tag"]) + 1))
    assert list(rw["tag"]).count("Start") == 1 and rw["tag"][0] == "Start"
    receipts = [i for i, t in enumerate(rw["tag"]) if t == "TxReceipt"]
    assert [rw["id"][i] for i in receipts] == [1, 1, 1, 2, 2, 2, 3, 3, 3]
    cumulative = [int(rw["value"][i], 16) for i in receipts if rw["field"][i] == 1]
    assert cumulative == [t.cumulative_gas_used for t in bm.result.txs]
    assert sorted(set(steps["tx_id"])) == [1, 2, 3]
    calls = {tx: set(steps["call_id"][steps["tx_id"] == tx]) for tx in (1, 2, 3)}
    assert not (calls[1] & calls[2]) and not (calls[2] & calls[3])
    assert list(bm.txs["id"]) == [1, 2, 3] and len(bm.signatures["r"]) == 3
    assert bm.mpt["new_root"][-1] == bm.result.state_root


def test_an_invalid_transaction_names_it_and_the_reason(tmp_path):
    doc = json.loads(BLOCK_FILE.read_text())
    doc["transactions"][2]["nonce"] = "0x07"
    bad = tmp_path / "bad_nonce.json"
    bad.write_text(json.dumps(doc))
    with pytest.raises(zkevm.InputError, match=r"bad_nonce.json: transactions\[2\]: invalid transaction: "
                                              r"TransactionException.NONCE_MISMATCH"):
        evm.run_block(evm.load_block(bad))


@pytest.mark.parametrize("edit,message", [
    (lambda t: t.pop("secretKey"), r"transactions\[1\]: expected either 'secretKey' or the signature"),
    (lambda t: t.update(v="0x1"), r"transactions\[1\]: expected either 'secretKey' or the signature"),
    (lambda t: t.update(secretKey="0x01"), r"transactions\[1\].secretKey: secret key: expected 32 bytes"),
    (lambda t: t.update(to="0x12"), r"transactions\[1\].to: an address has 20 bytes"),
    (lambda t: t.update(sender="0x" + "11" * 20), r"transactions\[1\].sender: does not match the signer"),
    (lambda t: t.update(colour="red"), r"transactions\[1\]: unexpected key 'colour'"),
])
def test_a_malformed_transaction_is_a_typed_error_naming_the_field(tmp_path, edit, message):
    doc = json.loads(BLOCK_FILE.read_text())
    edit(doc["transactions"][1])
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc))
    with pytest.raises(zkevm.InputError, match=message):
        evm.load_block(bad)


def test_state_test_cases_are_checked():
    with pytest.raises(zkevm.InputError, match=r"case index 3 out of range \(1 cases in Cancun\)"):
        evm.block_from_state_test(ADD11, [0, 3])
    with pytest.raises(zkevm.InputError, match="not a case of add11_yml"):
        evm.block_from_cases([evm.load_state_test(ADD11)[0], evm.load_state_test(BYTE)[0]])
    with pytest.raises(zkevm.InputError, match="no test named 'nope'"):
        evm.block_from_state_test(ADD11, [0], test="nope")


def test_cli_runs_a_state_test_as_a_block(capsys):
    assert main(["statetest", str(BYTE), "--block", "--cases", "0,1"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("tx 1 ") and out[1].startswith("tx 2 ")
    assert out[2].startswith("pass block ")
    assert out[3].startswith("2 transactions, gas used ")


def test_cli_block_json_mode_has_per_transaction_results(capsys):
    assert main(["--json", "statetest", str(BLOCK_FILE), "--block"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["verdict"] == "pass" and len(doc["transactions"]) == 3
    assert doc["transactions"][-1]["cumulative_gas_used"] == doc["gas_used"]


def test_cli_block_rejects_bad_options(capsys):
    assert main(["statetest", str(BYTE), "--block", "--cases", "0,x"]) == 2
    assert main(["statetest", str(BLOCK_FILE), "--block", "--cases", "0"]) == 2
    assert main(["statetest", str(BYTE), "--cases", "0"]) == 2
    assert main(["statetest", str(BYTE), "--block", "--trace"]) == 2
    assert "--cases" in capsys.readouterr().err
