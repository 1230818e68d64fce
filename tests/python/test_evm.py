"""zkevm.evm: state tests from tests/data, traces, typed errors, the statetest CLI."""

import json
import pathlib
import subprocess
import sys

import pytest

import zkevm
from zkevm import evm
from zkevm.cli import main

DATA = pathlib.Path(__file__).resolve().parents[1] / "data" / "ethtests"
ADD11 = DATA / "GeneralStateTests" / "stExample" / "add11_yml.json"


def test_keccak256_of_empty_input_is_the_known_hash():
    assert evm.keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"


def test_load_and_run_add11_passes_with_expected_root():
    cases = evm.load_state_test(ADD11)
    assert len(cases) == 1
    case = cases[0]
    assert case.fork == "Cancun" and case.test == "add11_yml"
    result = evm.run(case)
    assert result.verdict == "pass", result.reason
    assert result.state_root == case.expected_state_root
    assert result.logs_hash == case.expected_logs_hash
    assert result.gas_used == 0xA868


def test_every_bundled_case_passes_or_needs_a_precompile():
    cases = [c for f in evm.find_state_tests([DATA]) for c in evm.load_state_test(f)]
    results = evm.run_many(cases)
    assert len(results) == len(cases) > 100
    for r in results:
        assert r.verdict == "pass" or (r.verdict == "unsupported" and "precompile 0x" in r.reason), (r.id, r.reason)


def test_expect_exception_cases_are_rejected_and_pass():
    cases = [c for f in evm.find_state_tests([DATA]) for c in evm.load_state_test(f) if c.expect_exception]
    assert cases
    for c in cases:
        r = evm.run(c)
        assert r.verdict == "pass", (c.id, r.reason)
        assert r.tx_error


def test_trace_steps_are_eip3155_objects():
    r = evm.trace(evm.load_state_test(ADD11)[0])
    steps = r.step_dicts()
    assert [s["opName"] for s in steps] == ["PUSH1", "PUSH1", "ADD", "PUSH1", "SSTORE", "STOP"]
    assert steps[4]["gasCost"] == "0x5654"  # cold slot 2100 + new value 20000
    assert list(steps[0]) == ["pc", "op", "gas", "gasCost", "memSize", "stack", "depth", "refund", "opName"]


def test_unknown_fork_is_an_input_error():
    with pytest.raises(zkevm.InputError, match="unknown fork 'Atlantis'"):
        evm.load_state_test(ADD11, fork="Atlantis")


def test_malformed_json_is_a_parse_error_naming_the_file(tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text('{"t": {"env": ')
    with pytest.raises(zkevm.ParseError, match="broken.json: line 1"):
        evm.load_state_test(bad)


def test_bad_field_names_file_and_path(tmp_path):
    text = ADD11.read_text().replace('"hash"', '"hsh"', 1)
    bad = tmp_path / "add11.json"
    bad.write_text(text)
    with pytest.raises(zkevm.InputError, match=r"add11.json: add11_yml.post.Cancun\[0\]: unexpected key 'hsh'"):
        evm.load_state_test(bad)


def test_missing_path_is_an_input_error():
    with pytest.raises(zkevm.InputError, match="no such file"):
        evm.find_state_tests(["/no/such/dir"])


def test_cli_statetest_prints_cases_and_summary(capsys):
    assert main(["statetest", str(DATA / "GeneralStateTests" / "stExample")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1].endswith("0 failed, 0 unsupported")
    assert any(line.startswith("pass ") and "add11_yml" in line for line in out)


def test_cli_statetest_json_mode_is_parseable(capsys):
    assert main(["statetest", str(ADD11), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["passed"] == 1 and doc["failed"] == 0 and doc["summary"] == "1 passed, 0 failed, 0 unsupported"


def test_cli_statetest_trace_prints_steps_then_summary(capsys):
    assert main(["statetest", str(ADD11), "--trace"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 7
    assert json.loads(lines[0])["opName"] == "PUSH1"
    assert json.loads(lines[-1])["pass"] is True


def test_cli_statetest_bad_fork_exits_with_usage_status():
    out = subprocess.run(
        [sys.executable, "-m", "zkevm", "statetest", str(ADD11), "--fork", "Atlantis"], capture_output=True, text=True
    )
    assert out.returncode == 2
    assert "InputError: unknown fork 'Atlantis'" in out.stderr


def test_cli_statetest_reports_a_failing_case(tmp_path, capsys):
    doc = json.loads(ADD11.read_text())
    doc["add11_yml"]["post"]["Cancun"][0]["hash"] = "0x" + "00" * 32
    bad = tmp_path / "wrong_root.json"
    bad.write_text(json.dumps(doc))
    assert main(["statetest", str(bad)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[-2].startswith("fail ") and "state root" in out[-2]
    assert out[-1] == "0 passed, 1 failed, 0 unsupported"


def test_bus_mapping_columns_are_numpy_arrays_and_consistent():
    bm = evm.bus_mapping(evm.load_state_test(ADD11)[0])
    assert bm.result.verdict == "pass"
    assert list(bm.steps["execution_state"]) == ["PUSH1", "PUSH1", "ADD", "PUSH1", "SSTORE", "STOP"]
    assert bm.steps["gas_cost"][4] == 22100
    rw = bm.rw
    assert rw["tag"][0] == "Start"
    assert list(rw["rw_counter"]) == list(range(1, len(rw["rw_counter"]) + 1))
    storage_writes = [i for i, t in enumerate(rw["tag"]) if t == "Storage" and rw["is_write"][i]]
    assert len(storage_writes) == 1 and rw["value"][storage_writes[0]] == "0x2"


def test_bus_mapping_records_reversion_writes():
    path = DATA / "GeneralStateTests" / "Cancun" / "stEIP1153-transientStorage" / "10_revertUndoesStoreAfterReturn.json"
    reverted = sum(int(evm.bus_mapping(c).rw["reverted"].sum()) for c in evm.load_state_test(path))
    assert reverted > 0


def test_disassemble_splits_push_data():
    assert evm.disassemble(bytes.fromhex("60016002015f00fe0c")) == [
        (0, "PUSH1", "0x01"), (2, "PUSH1", "0x02"), (4, "ADD", ""), (5, "PUSH0", ""), (6, "STOP", ""),
        (7, "INVALID", ""), (8, "INVALID(0x0c)", ""),
    ]


def test_load_eip3155_round_trips_our_trace(tmp_path):
    r = evm.trace(evm.load_state_test(ADD11)[0])
    path = tmp_path / "trace.jsonl"
    path.write_text("\n".join(r.steps) + '\n{"output":"","gasUsed":"0xa868"}\n')
    steps = evm.load_eip3155(path)
    assert [s["opName"] for s in steps] == ["PUSH1", "PUSH1", "ADD", "PUSH1", "SSTORE", "STOP"]
    assert steps[4]["gasCost"] == 22100 and steps[4]["stack"] == [2, 0]


def test_load_eip3155_rejects_unknown_opcodes_and_bad_lines(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"pc":0,"op":12,"gas":"0x1","gasCost":"0x0","depth":1,"stack":[]}\n')
    with pytest.raises(zkevm.ParseError, match="bad.jsonl: line 1: unknown opcode 12"):
        evm.load_eip3155(bad)
    bad.write_text("{not json\n")
    with pytest.raises(zkevm.ParseError, match="bad.jsonl: line 1: not JSON"):
        evm.load_eip3155(bad)
    bad.write_text('{"pc":0,"op":1}\n')
    with pytest.raises(zkevm.ParseError, match="missing field 'gas'"):
        evm.load_eip3155(bad)
