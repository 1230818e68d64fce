"""The bus-mapping's extra tables from Python: copy events, Keccak inputs,
EXP events, bytecodes, MPT updates, signatures, transactions, block context."""

import pathlib

import numpy as np
import pytest

from zkevm import evm

DATA = pathlib.Path(__file__).resolve().parents[1] / "data" / "ethtests" / "GeneralStateTests"
ADD11 = DATA / "stExample" / "add11_yml.json"


def _bundled(directory: str):
    return [c for f in evm.find_state_tests([DATA / directory]) for c in evm.load_state_test(f)]


def test_add11_tables_describe_one_storage_update_and_its_signature():
    case = evm.load_state_test(ADD11)[0]
    bm = evm.bus_mapping(case)
    assert bm.result.passed
    mpt = bm.mpt
    assert list(mpt["field"]).count("Storage") == 1
    # The roots chain from the pre-state to the fixture's post-state root.
    assert all(mpt["old_root"][1:] == mpt["new_root"][:-1])
    assert mpt["new_root"][-1] == bm.result.state_root
    assert bm.signatures["recovered"][0] == bm.txs["sender"][0]
    assert bm.block["number"] >= 0 and bm.block["coinbase"].startswith("0x")
    assert isinstance(bm.bytecodes["hash"], np.ndarray)


def test_keccak_inputs_hash_to_their_outputs():
    sources = set()
    for case in _bundled("stCreate2")[:20] + _bundled("stExample"):
        bm = evm.bus_mapping(case)
        for src, data, out in zip(bm.keccak["source"], bm.keccak["input"], bm.keccak["output"]):
            sources.add(src)
            assert "0x" + evm.keccak256(bytes.fromhex(data[2:])).hex() == out
    assert {"bytecode", "tx", "tx_sign", "CREATE2"} <= sources


def test_copy_event_bytes_match_log_data_length():
    seen = 0
    for case in _bundled("stLogTests")[:30]:
        bm = evm.bus_mapping(case)
        for dst, length, data in zip(bm.copy["dst_type"], bm.copy["length"], bm.copy["bytes"]):
            assert len(data) == 2 + 2 * length
            seen += dst == "TxLog"
    assert seen > 0


def test_frame_gives_dataframes_and_rejects_unknown_tables():
    pytest.importorskip("pandas")
    bm = evm.bus_mapping(evm.load_state_test(ADD11)[0])
    assert list(bm.frame("mpt").columns)[:2] == ["address", "field"]
    with pytest.raises(ValueError, match="unknown bus-mapping table 'nope'"):
        bm.frame("nope")
