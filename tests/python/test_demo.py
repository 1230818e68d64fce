"""The main job runs end to end and reports every stage."""

import json

from zkevm import demo
from zkevm.cli import main


def test_demo_runs_every_stage_successfully():
    result = demo.run(progress=False)
    names = [stage["stage"] for stage in result["stages"]]
    assert names == [name for name, _ in demo.STAGES]
    assert result["exit_status"] == 0
    evm_stage = next(s for s in result["stages"] if s["stage"] == "evm")
    assert evm_stage["cases"] >= 1 and evm_stage["passed"] == evm_stage["cases"]
    prove_stage = next(s for s in result["stages"] if s["stage"] == "prove")
    assert prove_stage["verified"] and prove_stage["mock_failures"] == 0 and prove_stage["proof_bytes"] > 0


def test_demo_json_mode(capsys, monkeypatch):
    # The JSON mode does not depend on the stages: leave out the proof (the test above makes one).
    monkeypatch.setattr(demo, "STAGES", [(n, f) for n, f in demo.STAGES if n != "prove"])
    assert main(["--json", "demo"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert all("seconds" in stage for stage in doc["stages"])
