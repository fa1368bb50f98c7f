#!/usr/bin/env python3
"""One point question answered by NetworkX as a whole process, the way a
Python user would: load kg's node-link export, answer, exit.

usage: nx_point.py GRAPH.json entity NAME | neighbours NAME | path FROM TO

Prints the answer's size; scripts/store_bench.sh times the whole process
beside `kg query` on the store the export came from.
"""

import json
import sys

import networkx as nx


def main():
    path, op, *names = sys.argv[1:]
    with open(path, encoding="utf-8") as f:
        G = nx.node_link_graph(json.load(f), edges="edges")
    ids = {d.get("name", n): n for n, d in G.nodes(data=True)}
    a = ids[names[0]]
    if op == "entity":
        print(G.in_degree(a) + G.out_degree(a))
    elif op == "neighbours":
        print(len(set(G.successors(a)) | set(G.predecessors(a))))
    elif op == "path":
        b = ids[names[1]]
        try:
            print(len(nx.shortest_path(G.to_undirected(as_view=True), a, b)))
        except nx.NetworkXNoPath:
            print(0)
    else:
        sys.exit(f"unknown question {op}")


main()
