#!/usr/bin/env python3
"""Build kg's graph of a directory of articles on a Dask cluster.

Map: the articles are split into partitions, and each partition is a Dask task
on a worker that runs kg on it:

  --map ingest   `kg --graph shard.db ingest FILES...`; the task returns the
                 shard store, and the reduce is `kg merge SHARDS... -o OUT`.
  --map extract  `kg extract --format jsonl FILES...`; the task returns the
                 facts, and the reduce is `kg --graph OUT ingest --facts -`
                 per partition (extraction anywhere, one store at the end).

Files are given to kg relative to the articles directory (each task runs in
it), so documents get the names a plain `kg ingest DIR` gives them, and the
result is the same graph: `--check` builds that plain store too and compares
`kg export --format json` byte for byte (exit status 1 if they differ).

Without --scheduler, a LocalCluster of --workers worker processes (default 2,
one thread each) runs on this machine. With --scheduler tcp://HOST:8786 the
same job runs on a cluster started with `dask scheduler` and `dask worker
tcp://HOST:8786` on each machine; the workers need the kg binary at --kg and
the articles at the same path (a shared file system), and the shards travel
back to this process through Dask.

    python3 examples/dask_shards.py fixtures --kg target/release/kg --check
    python3 examples/dask_shards.py ../shared/data/reuters21578/articles \\
        --kg target/release/kg --partitions 8 --work /tmp/kg-dask --check
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time


def article_files(root):
    """Every *.txt and *.md file under root (any case), relative, sorted as kg walks."""
    found = []
    for here, dirs, files in os.walk(root, followlinks=True):
        dirs.sort()
        for f in files:
            if os.path.splitext(f)[1].lower() in (".txt", ".md"):
                path = os.path.join(here, f)
                if os.path.isfile(path):
                    found.append(os.path.relpath(path, root))
    return sorted(found)


def partitions(files, n):
    """n contiguous slices of files, as even as they come (empty ones dropped)."""
    size, extra = divmod(len(files), n)
    out, start = [], 0
    for i in range(n):
        end = start + size + (1 if i < extra else 0)
        if end > start:
            out.append(files[start:end])
        start = end
    return out


def run(args, **kw):
    """Run a command; its stderr on failure."""
    p = subprocess.run(args, capture_output=True, **kw)
    if p.returncode not in (0,):
        raise RuntimeError(f"{' '.join(args[:4])}... failed ({p.returncode}): {p.stderr.decode()}")
    return p


def map_ingest(kg, root, files):
    """On a worker: the shard store of `files` (bytes of the SQLite file)."""
    with tempfile.TemporaryDirectory() as tmp:
        shard = os.path.join(tmp, "shard.db")
        run([kg, "--graph", shard, "ingest", "-j", "1", *files], cwd=root)
        # kg closes the store cleanly: the write-ahead log is folded in.
        assert not os.path.exists(shard + "-wal"), "the shard store is complete"
        with open(shard, "rb") as f:
            return f.read()


def map_extract(kg, root, files):
    """On a worker: the facts of `files`, as `kg extract --format jsonl` writes them."""
    return run([kg, "extract", "--format", "jsonl", *files], cwd=root).stdout


def export_json(kg, store):
    return run([kg, "--graph", store, "export", "--format", "json"]).stdout


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("articles", help="directory of articles (*.txt, *.md)")
    ap.add_argument("--kg", default="kg", help="the kg binary (on every worker)")
    ap.add_argument("--map", choices=["ingest", "extract"], default="ingest")
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--workers", type=int, default=2, help="LocalCluster workers")
    ap.add_argument("--scheduler", help="address of a running Dask scheduler")
    ap.add_argument("--work", help="directory for shards and stores (default: a temporary one)")
    ap.add_argument("--check", action="store_true", help="compare with a plain kg ingest")
    a = ap.parse_args()

    from dask.distributed import Client, LocalCluster

    kg = os.path.abspath(a.kg) if os.path.sep in a.kg else a.kg
    root = os.path.abspath(a.articles)
    files = article_files(root)
    if not files:
        sys.exit(f"{a.articles}: no .txt or .md files")
    parts = partitions(files, max(1, a.partitions))
    work = a.work or tempfile.mkdtemp(prefix="kg-dask-")
    os.makedirs(os.path.join(work, "shards"), exist_ok=True)
    merged = os.path.join(work, "merged.db")

    if a.scheduler:
        client = Client(a.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=a.workers, threads_per_worker=1,
                               processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        started = time.time()
        task = map_ingest if a.map == "ingest" else map_extract
        futures = client.map(task, [kg] * len(parts), [root] * len(parts), parts,
                             pure=False)
        results = client.gather(futures)
        workers = len(client.scheduler_info()["workers"])
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    for stale in (merged, merged + "-wal", merged + "-shm"):
        if os.path.exists(stale):
            os.remove(stale)
    if a.map == "ingest":
        shards = []
        for i, data in enumerate(results):
            path = os.path.join(work, "shards", f"part-{i:04}.db")
            with open(path, "wb") as f:
                f.write(data)
            shards.append(path)
        run([kg, "merge", *shards, "-o", merged])
    else:
        for i, data in enumerate(results):
            path = os.path.join(work, "shards", f"part-{i:04}.jsonl")
            with open(path, "wb") as f:
                f.write(data)
            run([kg, "--graph", merged, "ingest", "--facts", path])
    took = time.time() - started
    print(f"{len(files)} articles in {len(parts)} partitions on {workers} Dask workers "
          f"(map: kg {a.map}, reduce: {'kg merge' if a.map == 'ingest' else 'kg ingest --facts'}) "
          f"-> {merged} in {took:.1f}s")

    if a.check:
        plain = os.path.join(work, "plain.db")
        for stale in (plain, plain + "-wal", plain + "-shm"):
            if os.path.exists(stale):
                os.remove(stale)
        run([kg, "--graph", plain, "ingest", root])
        want, got = export_json(kg, plain), export_json(kg, merged)
        if want != got:
            print(f"DIFFERENT: {merged} and a plain kg ingest ({plain}) export different graphs")
            sys.exit(1)
        print(f"equal: the merged graph and a plain kg ingest export the same JSON ({len(got)} bytes)")


if __name__ == "__main__":
    main()
