#!/usr/bin/env python3
"""Translation checks, run by meson test.

1. Every source file with translatable strings is listed in po/POTFILES, and
   every listed file exists.
2. po/ja.po, merged with a template extracted from the sources right now,
   has no untranslated and no fuzzy message, and passes msgfmt --check.

Usage: check-po.py SOURCE_ROOT
"""
import os
import re
import subprocess
import sys
import tempfile

KEYWORDS = ["--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
            "--keyword=g_dcgettext:2", "--keyword=g_dngettext:2,3", "--keyword=g_dpgettext2:2c,3",
            "--keyword=TOMONI_CLI_COMMAND:3"]
MARKERS = re.compile(r'(\b(N?C?_|g_dn?gettext|g_dgettext)\s*\(|translatable="yes")')


def listed(root):
    with open(os.path.join(root, "po", "POTFILES"), encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("#")]


def sources(root):
    found = []
    for top in ("src", "ui", "data"):
        for folder, _dirs, files in os.walk(os.path.join(root, top)):
            for name in files:
                if not name.endswith((".c", ".ui", ".def", ".desktop.in", ".metainfo.xml.in", ".gschema.xml")):
                    continue
                path = os.path.join(folder, name)
                with open(path, encoding="utf-8", errors="replace") as f:
                    text = f.read()
                if name.endswith(".gschema.xml") or name.endswith(".in") or MARKERS.search(text):
                    found.append(os.path.relpath(path, root))
    return found


def main(root):
    problems = []
    files = listed(root)
    for path in files:
        if not os.path.exists(os.path.join(root, path)):
            problems.append(f"po/POTFILES lists {path}, which does not exist")
    for path in sources(root):
        if path not in files:
            problems.append(f"{path} has translatable strings but is not in po/POTFILES")

    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, "tomoni.pot")
        merged = os.path.join(tmp, "ja.po")
        subprocess.run(["xgettext", "--from-code=UTF-8", "--add-comments=Translators",
                        "--package-name=tomoni", "-o", pot, "--directory", root,
                        *KEYWORDS, *[p for p in files if os.path.exists(os.path.join(root, p))]],
                       check=True)
        subprocess.run(["msgmerge", "--quiet", "--no-fuzzy-matching", "-o", merged,
                        os.path.join(root, "po", "ja.po"), pot], check=True)
        stats = subprocess.run(["msgfmt", "--check", "--statistics", "-o", os.devnull, merged],
                               capture_output=True, text=True, env={**os.environ, "LC_ALL": "C"})
        if stats.returncode != 0:
            problems.append("msgfmt --check: " + stats.stderr.strip())
        summary = stats.stderr.strip().splitlines()[-1] if stats.stderr.strip() else ""
        if "untranslated" in summary or "fuzzy" in summary:
            problems.append("po/ja.po is incomplete: " + summary)
            untranslated = subprocess.run(["msgattrib", "--untranslated", "--no-wrap", merged],
                                          capture_output=True, text=True).stdout
            ids = re.findall(r'^msgid "(.+)"$', untranslated, re.M)
            for msgid in ids[:40]:
                problems.append(f"  untranslated: {msgid}")
            if len(ids) > 40:
                problems.append(f"  … and {len(ids) - 40} more")

    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
