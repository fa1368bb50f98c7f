#!/usr/bin/env python3
"""NetworkX side of kgbench: the same queries on the same graph, timed.

usage: nx_bench.py GRAPH.json QUERIES.json [--runs N] [--timeout SECONDS]

GRAPH.json is kg's node-link export (`kg export --format json`); QUERIES.json
is written by kgbench: [{"label": ..., "queries": [{"op": ..., ...}, ...]}, ...].
Prints one JSON object on stdout:

    {"networkx": "3.6.1", "pagerank": "scipy" | "python", "load": seconds, "nodes": N, "edges": M,
     "queries": {label: median seconds}, "timeouts": [label, ...]}

A query kind's figure is its median instance: each instance (start entity) is
run --runs times and its median taken, then the median over instances, as
kgbench does for kg.

Each query does what kg's query does, including sorting its answer the way kg
does (by name, by distance then name, by size), so that the ratio compares like
with like. NetworkX gets the benefit of the doubt where it is cheap to give: the
undirected view that walks in both directions is built once, untimed, as a
simple graph; top-N uses a heap rather than a full sort. A query that runs past
--timeout seconds is stopped and counted at the timeout (the ratio is then a
lower bound).
"""

import argparse
import heapq
import itertools
import json
import signal
import statistics
import sys
import time

import networkx as nx


class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    raise Timeout()


def neighbours(G, U, q):
    start, depth = q["name"], q["depth"]
    dist = nx.single_source_shortest_path_length(U, start, cutoff=depth)
    nodes = sorted(((d, n) for n, d in dist.items() if n != start))
    edges = set()
    for u, d in dist.items():
        if d < depth:
            edges.update(G.out_edges(u, keys=True))
            edges.update(G.in_edges(u, keys=True))
    rel = G.edges
    return len(nodes) + len(sorted(edges, key=lambda e: (e[0], rel[e]["relation"], e[1])))


def path(G, U, q):
    try:
        return len(nx.shortest_path(U, q["from"], q["to"]))
    except nx.NetworkXNoPath:
        return 0


def paths(G, U, q):
    found = itertools.islice(nx.all_simple_paths(U, q["from"], q["to"], cutoff=q["max"]), q["limit"])
    return len(sorted(found, key=lambda p: (len(p), p)))


def match(G, U, q):
    s, r, o = q["subject"], q["relation"], q["object"]
    r = r.lower() if r is not None else None
    if s is not None:
        cand = G.out_edges(s, keys=True, data="relation")
    elif o is not None:
        cand = G.in_edges(o, keys=True, data="relation")
    else:
        cand = G.edges(keys=True, data="relation")
    hits = [
        (u, rel, v, k)
        for u, v, k, rel in cand
        if (s is None or u == s) and (o is None or v == o) and (r is None or r in rel.lower())
    ]
    return len(sorted(hits))


def components(G, U, q):
    comps = [sorted(c) for c in nx.weakly_connected_components(G)]
    comps.sort(key=lambda c: (-len(c), c[0]))
    return len(comps)


def top_degree(G, U, q):
    return len(heapq.nsmallest(q["n"], G.degree(), key=lambda x: (-x[1], x[0])))


def top_pagerank(G, U, q):
    n = max(G.number_of_nodes(), 1)
    # kg stops when the L1 change is below 1e-9 (or after 100 iterations);
    # NetworkX compares the L1 change with N * tol. Each edge is one vote.
    try:
        pr = PAGERANK(G, alpha=0.85, tol=1e-9 / n, max_iter=100, weight=None)
    except nx.PowerIterationFailedConvergence:
        return 0
    return len(heapq.nsmallest(q["n"], pr.items(), key=lambda x: (-x[1], x[0])))


try:
    import scipy  # noqa: F401  (nx.pagerank needs it)

    PAGERANK = nx.pagerank
except ImportError:  # pure-Python power iteration, much slower
    from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python as PAGERANK

OPS = {
    "neighbours": neighbours,
    "path": path,
    "paths": paths,
    "match": match,
    "components": components,
    "top_degree": top_degree,
    "top_pagerank": top_pagerank,
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("graph")
    ap.add_argument("queries")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--verbose", action="store_true", help="print each query instance's median")
    a = ap.parse_args()

    started = time.perf_counter()
    with open(a.graph, encoding="utf-8") as f:
        data = json.load(f)
    G = nx.node_link_graph(data, edges="edges")
    load = time.perf_counter() - started
    del data
    U = nx.Graph()
    U.add_nodes_from(G)
    U.add_edges_from(G.edges())

    with open(a.queries, encoding="utf-8") as f:
        tasks = json.load(f)
    # Warm up: nx.pagerank imports scipy on first use.
    PAGERANK(nx.DiGraph([(0, 1)]))
    signal.signal(signal.SIGALRM, on_alarm)
    results, timeouts = {}, []
    for task in tasks:
        times = []
        for i, q in enumerate(task["queries"]):
            fn = OPS[q["op"]]
            mine = []
            for _ in range(max(a.runs, 1)):
                signal.setitimer(signal.ITIMER_REAL, a.timeout)
                t0 = time.perf_counter()
                try:
                    fn(G, U, q)
                    dt = time.perf_counter() - t0
                except Timeout:
                    dt = a.timeout
                    if task["label"] not in timeouts:
                        timeouts.append(task["label"])
                finally:
                    signal.setitimer(signal.ITIMER_REAL, 0)
                mine.append(dt)
                if dt > 2.0:
                    break  # slow enough that one run per instance says it
            times.append(statistics.median(mine))
            if a.verbose:
                kgq = task.get("kgq", [""] * (i + 1))[i]
                print(f"nx_bench: {task['label']}: {statistics.median(mine):.6f} s {kgq}", file=sys.stderr)
        results[task["label"]] = statistics.median(times)
        print(f"nx_bench: {task['label']}: {results[task['label']]:.6f} s", file=sys.stderr)
    json.dump(
        {
            "networkx": nx.__version__,
            "pagerank": "scipy" if PAGERANK is nx.pagerank else "python",
            "load": load,
            "nodes": G.number_of_nodes(),
            "edges": G.number_of_edges(),
            "queries": results,
            "timeouts": timeouts,
        },
        sys.stdout,
    )
    print()


if __name__ == "__main__":
    main()
