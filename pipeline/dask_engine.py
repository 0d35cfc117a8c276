"""Run the same stages on a Dask cluster (optional extra `.[dask]`).

Letters become a dask.bag partitioned into shards; each worker builds the pipeline once
(module-level cache keyed by the options) and writes its shard as `records-NNNNN.jsonl` and
`errors-NNNNN.jsonl`; only counts travel back, never spaCy objects. A `manifest.json` lists
the shards. Without a scheduler address a `LocalCluster` on this machine is started.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .processor import Item, Processor
from .records import ErrorRecord
from .runner import dumps, iter_items

_PROCESSORS: dict[str, Processor] = {}


def _processor(options: dict[str, Any]) -> Processor:
    key = json.dumps(options, sort_keys=True)
    if key not in _PROCESSORS:
        _PROCESSORS[key] = Processor(**options)
    return _PROCESSORS[key]


def _write_shard(items: list[Item], index: int, out_dir: str, options: dict[str, Any]) -> dict[str, Any]:
    processor = _processor(options)
    records = Path(out_dir) / f"records-{index:05d}.jsonl"
    errors = Path(out_dir) / f"errors-{index:05d}.jsonl"
    written = failed = 0
    with (
        records.open("w", encoding="utf-8", newline="\n") as rec,
        errors.open("w", encoding="utf-8", newline="\n") as err,
    ):
        for result in processor.process(items):
            if isinstance(result, ErrorRecord):
                err.write(dumps(result) + "\n")
                failed += 1
            else:
                rec.write(dumps(result) + "\n")
                written += 1
    return {"shard": index, "records": records.name, "errors": errors.name, "written": written, "failed": failed}


def run_dask(
    inputs: list[str],
    out_dir: Path,
    *,
    options: dict[str, Any],
    scheduler: str | None = None,
    letters_per_shard: int = 50,
    workers: int = 2,
) -> dict[str, Any]:
    """Process every letter on Dask; returns the manifest (also written to out_dir/manifest.json)."""
    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    items = list(iter_items(inputs))
    out_dir.mkdir(parents=True, exist_ok=True)
    npartitions = max(1, -(-len(items) // letters_per_shard))
    bag = db.from_sequence(items, npartitions=npartitions)
    delayed = bag.to_delayed()
    cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True)
    client = Client(scheduler or cluster)
    try:
        from dask import delayed as make_delayed

        tasks = [
            make_delayed(_write_shard)(part, index, str(out_dir.resolve()), options)
            for index, part in enumerate(delayed)
        ]
        shards = sorted(client.compute(tasks, sync=True), key=lambda s: s["shard"])
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    manifest = {
        "letters": len(items),
        "written": sum(s["written"] for s in shards),
        "failed": sum(s["failed"] for s in shards),
        "options": options,
        "shards": shards,
    }
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest
