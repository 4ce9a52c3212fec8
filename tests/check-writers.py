#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""One writer per table: every table is inserted into from exactly one
statement site and updated from at most one, across the C sources.

Reads the string literals of every .c file under src/ (adjacent literals
joined, as the compiler joins them) and counts the statements that begin
with INSERT [OR …] INTO t or UPDATE t. Migrations (.sql) are not C and are not
counted: their triggers maintain the aggregate tables.

Usage: check-writers.py SOURCE_ROOT [--list]
Exit status 0 when every table has at most one INSERT and one UPDATE site,
1 otherwise (the tables and sites are printed), 2 on a usage error.
"""
import os
import re
import sys

LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
STATEMENT = re.compile(
    r"\b(?:(INSERT)(?:\s+OR\s+\w+)?\s+INTO|(UPDATE))\s+([A-Za-z_][A-Za-z0-9_]*)\b",
    re.IGNORECASE)


def strip_comments(text):
    text = re.sub(r"/\*.*?\*/", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    return re.sub(r"//[^\n]*", "", text)


def literal_runs(text):
    """Yield (line, joined text) for each run of adjacent string literals."""
    pos = 0
    while True:
        m = LITERAL.search(text, pos)
        if not m:
            return
        line = text.count("\n", 0, m.start()) + 1
        parts = [m.group(1)]
        end = m.end()
        while True:
            n = LITERAL.match(text, end + len(text[end:]) - len(text[end:].lstrip()))
            if not n:
                break
            parts.append(n.group(1))
            end = n.end()
        yield line, "".join(parts)
        pos = end


def sites(root):
    found = {}
    for top, _dirs, files in os.walk(os.path.join(root, "src")):
        for name in sorted(files):
            if not name.endswith(".c"):
                continue
            path = os.path.join(top, name)
            with open(path, encoding="utf-8") as f:
                text = strip_comments(f.read())
            for line, literal in literal_runs(text):
                for m in STATEMENT.finditer(literal):
                    # "ON CONFLICT … DO UPDATE SET" is part of an upsert, not a site.
                    before = literal[:m.start()].rstrip().upper()
                    if m.group(2) and (before.endswith("DO") or m.group(3).upper() == "SET"):
                        continue
                    kind = "INSERT" if m.group(1) else "UPDATE"
                    table = m.group(3).lower()
                    rel = os.path.relpath(path, root)
                    found.setdefault((table, kind), []).append(f"{rel}:{line}")
    return found


def main(argv):
    if len(argv) < 2 or argv[1].startswith("-"):
        print(__doc__, file=sys.stderr)
        return 2
    found = sites(argv[1])
    bad = {k: v for k, v in found.items() if len(v) > 1}
    if "--list" in argv:
        for (table, kind), where in sorted(found.items()):
            print(f"{table}\t{kind}\t{len(where)}\t{' '.join(where)}")
    for (table, kind), where in sorted(bad.items()):
        print(f"{table}: {len(where)} {kind} sites: {', '.join(where)}")
    if bad:
        print(f"{len(bad)} table/statement pairs written from more than one place")
        return 1
    print(f"one writer per table: {len(found)} table/statement pairs, each written once")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
