"""The Dask engine on a LocalCluster gives the same records as the single-process run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

from .conftest import CORPUS

pytest.importorskip("dask.distributed")


def test_dask_records_equal_single_process_records(tmp_path: Path) -> None:
    runner = CliRunner()
    single = tmp_path / "single.jsonl"
    assert runner.invoke(app, ["run", str(CORPUS), "-o", str(single)]).exit_code == 0
    shards = tmp_path / "shards"
    result = runner.invoke(app, ["run", str(CORPUS), "-o", str(shards), "--engine", "dask", "--workers", "2"])
    assert result.exit_code == 0, result.output
    manifest = json.loads((shards / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["written"] == 2 and manifest["failed"] == 0
    lines = [
        line
        for shard in manifest["shards"]
        for line in (shards / shard["records"]).read_text(encoding="utf-8").splitlines()
    ]
    by_id = lambda ls: sorted(ls, key=lambda line: json.loads(line)["id"])  # noqa: E731
    assert by_id(lines) == by_id(single.read_text(encoding="utf-8").splitlines())
