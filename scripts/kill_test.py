#!/usr/bin/env python3
"""Crash safety on a large store: `kg ingest` killed with SIGKILL at random moments.

usage: scripts/kill_test.py [--articles DIR] [--new N] [--kills K] [--seed S] [--kg PATH]

The articles (default ../shared/data/reuters21578/articles, sorted by name) are
split into an old set (all but the last N, default 200) and a new set (the last
N). The old set is ingested into a fresh store in a temporary directory. Then,
K times (default 100), `kg ingest NEW` is started and killed with SIGKILL:

  - even rounds: after a random delay drawn uniformly from 0 to 1.2 times the
    time a whole ingest of the new set takes on a copy of the store, so kills
    land during extraction, during the commit and after the process ended;
  - odd rounds: during the commit. The commit of a large store writes its pages
    to SQLite's write-ahead log and then copies them into the file (a
    checkpoint), together tens of milliseconds of a run of seconds, where
    uniform kills seldom land. The script watches the log file, and once it
    grows kills the process after a random delay of 0 to 40 ms.

Each kill is reported with where it landed: before the commit (the log empty,
the file untouched), in it (the log holding pages), after the checkpoint (the
file written, the log gone) or after the process ended. After every kill the
store must:

  - pass `PRAGMA integrity_check`;
  - hold exactly the old documents or exactly the old and the new ones;
  - export (`kg export --format json`) byte for byte the graph of the old store
    or of the store after a complete ingest of the new set.

When the new set got in, `kg remove` takes it out again, and the export must be
the old store's graph once more (the document lifecycle: ingest then remove
equals never ingested). No temporary file may be left beside the store.

Prints one line per kill and a summary; exits 1 at the first failure. The delays
come from a seeded generator (`--seed`), so a run is repeatable up to the
machine's timing. The unit-sized version of this check runs in `cargo test`
(tests/integration/store.rs, `sigkill_at_random_moments…`, 40 + 60 generated
documents); this script is its large-store form.
"""

import argparse
import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time


def run(kg, store, *args):
    out = subprocess.run(
        [kg, "--graph", store, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    if out.returncode != 0:
        sys.exit(f"kill_test: kg {' '.join(args)} failed: {out.stderr.decode().strip()}")
    return out.stdout


def digest(kg, store):
    return hashlib.sha256(run(kg, store, "export", "--format", "json")).hexdigest()


def documents(store):
    """The stored document names, after SQLite's own integrity check."""
    conn = sqlite3.connect(store)
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if ok != "ok":
            sys.exit(f"kill_test: integrity_check says {ok!r}")
        return frozenset(r[0] for r in conn.execute("SELECT name FROM documents"))
    finally:
        conn.close()


def log_size(wal):
    """The size of SQLite's write-ahead log, -1 when there is none."""
    try:
        return os.stat(wal).st_size
    except FileNotFoundError:
        return -1


def link_dir(target, names, src):
    os.makedirs(target)
    for n in names:
        os.symlink(os.path.join(src, n), os.path.join(target, n))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", default="../shared/data/reuters21578/articles")
    ap.add_argument("--new", type=int, default=200)
    ap.add_argument("--kills", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--kg", default="target/release/kg")
    a = ap.parse_args()
    kg = os.path.abspath(a.kg)
    src = os.path.abspath(a.articles)
    names = sorted(n for n in os.listdir(src) if os.path.isfile(os.path.join(src, n)))
    if len(names) <= a.new:
        sys.exit(f"kill_test: {src} has {len(names)} files, not more than --new {a.new}")
    tmp = tempfile.mkdtemp(prefix="kg-kill-")
    try:
        old_dir, new_dir = os.path.join(tmp, "old"), os.path.join(tmp, "new")
        link_dir(old_dir, names[: -a.new], src)
        link_dir(new_dir, names[-a.new :], src)
        store = os.path.join(tmp, "g.db")
        run(kg, store, "ingest", old_dir)
        old_docs, old_graph = documents(store), digest(kg, store)
        # One whole ingest of the new set, on a copy: its time spreads the kills,
        # its graph is the only other state allowed.
        copy = os.path.join(tmp, "copy.db")
        shutil.copy(store, copy)
        began = time.monotonic()
        run(kg, copy, "ingest", new_dir)
        span = (time.monotonic() - began) * 1.2
        new_docs, new_graph = documents(copy), digest(kg, copy)
        os.remove(copy)
        print(
            f"store: {len(old_docs)} documents, {os.path.getsize(store):,} bytes; "
            f"ingest of {a.new} more: {span / 1.2:.2f} s; kills spread over {span:.2f} s"
        )
        rng = random.Random(a.seed)
        seen = {"old": 0, "new": 0}
        wal = store + "-wal"
        landed = {
            "before the commit": 0,
            "in the commit": 0,
            "after the checkpoint": 0,
            "after the end": 0,
        }
        for k in range(a.kills):
            if log_size(wal) > 0:
                sys.exit(f"kill_test: kill {k}: a write-ahead log is left from the round before")
            stamp = os.stat(store).st_mtime_ns
            child = subprocess.Popen(
                [kg, "--graph", store, "ingest", new_dir],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            if k % 2 == 0:
                delay = rng.uniform(0, span)
                time.sleep(delay)
            else:
                began = time.monotonic()
                while child.poll() is None and log_size(wal) <= 0:
                    time.sleep(0.0002)
                time.sleep(rng.uniform(0, 0.04))
                delay = time.monotonic() - began
            size = log_size(wal)
            if child.poll() is None:
                child.send_signal(signal.SIGKILL)
                if size > 0:
                    where = "in the commit"
                elif os.stat(store).st_mtime_ns != stamp:
                    where = "after the checkpoint"
                else:
                    where = "before the commit"
            else:
                where = "after the end"
            child.wait()
            landed[where] += 1
            docs = documents(store)
            if docs == old_docs:
                state = "old"
                ok = digest(kg, store) == old_graph
            elif docs == new_docs:
                state = "new"
                ok = digest(kg, store) == new_graph
            else:
                sys.exit(f"kill_test: kill {k}: {len(docs)} documents, neither old nor new")
            if not ok:
                sys.exit(f"kill_test: kill {k}: the {state} documents but not the {state} graph")
            seen[state] += 1
            print(
                f"kill {k:3}: after {delay:5.2f} s, {where} (log {max(size, 0):,} bytes): "
                f"{state} documents, graph intact"
            )
            if state == "new":
                run(kg, store, "remove", *sorted(new_docs - old_docs))
                if documents(store) != old_docs or digest(kg, store) != old_graph:
                    sys.exit(f"kill_test: kill {k}: removing the new documents did not give the old graph")
        allowed = {"old", "new", "g.db", "g.db-wal", "g.db-shm"}
        left = [n for n in os.listdir(tmp) if n not in allowed]
        if left:
            sys.exit(f"kill_test: files left beside the store: {left}")
        print(
            f"{a.kills} kills ({', '.join(f'{v} {k}' for k, v in landed.items())}): "
            f"{seen['old']} left the old documents, {seen['new']} the new; "
            "0 integrity failures, 0 half states, 0 stray files"
        )
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
