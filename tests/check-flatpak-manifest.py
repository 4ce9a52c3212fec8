#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check Tomoni's Flatpak manifest against the rules of issue 7.

Usage:
  check-flatpak-manifest.py MANIFEST.json   check a manifest file
  check-flatpak-manifest.py --self-test     check that the checker rejects
                                            manifests that break each rule

The rules: the file is valid JSON; the app ID is io.github.tomoni.Tomoni; the
runtime is org.gnome.Platform with a version, the SDK org.gnome.Sdk; the
command is tomoni; no permission to the network and no filesystem permission
of any kind (files come in and go out through the portals); the tomoni module
builds with meson.

Exit status 0 when every rule holds, 1 when one does not, 2 on a usage error.
"""

import copy
import json
import sys

APP_ID = "io.github.tomoni.Tomoni"
RUNTIME = "org.gnome.Platform"
SDK = "org.gnome.Sdk"
COMMAND = "tomoni"
APP_MODULE = "tomoni"


def _walk_modules(modules, where):
    """Yield (path, module) for every module object, nested ones included.

    A module given as a string names another manifest file; it cannot be
    checked from here, so it is reported as a problem through the path.
    """
    for index, module in enumerate(modules or []):
        path = "{}[{}]".format(where, index)
        yield path, module
        if isinstance(module, dict):
            yield from _walk_modules(module.get("modules"), path + ".modules")


def _network_build_args(build_options):
    if not isinstance(build_options, dict):
        return []
    found = [a for a in build_options.get("build-args", []) if a == "--share=network"]
    for arch_options in (build_options.get("arch") or {}).values():
        found += _network_build_args(arch_options)
    return found


def check_manifest(manifest):
    """Return the list of problems found in a parsed manifest (empty: fine)."""
    problems = []

    if not isinstance(manifest, dict):
        return ["the manifest is not a JSON object"]

    ids = {key: manifest[key] for key in ("app-id", "id") if key in manifest}
    if not ids:
        problems.append("no app-id")
    for key, value in ids.items():
        if value != APP_ID:
            problems.append("{} is {!r}, expected {!r}".format(key, value, APP_ID))

    if manifest.get("runtime") != RUNTIME:
        problems.append("runtime is {!r}, expected {!r}".format(manifest.get("runtime"), RUNTIME))
    version = manifest.get("runtime-version")
    if not isinstance(version, str) or not version:
        problems.append("runtime-version is missing or not a string")
    if manifest.get("sdk") != SDK:
        problems.append("sdk is {!r}, expected {!r}".format(manifest.get("sdk"), SDK))
    if manifest.get("command") != COMMAND:
        problems.append("command is {!r}, expected {!r}".format(manifest.get("command"), COMMAND))

    finish_args = manifest.get("finish-args", [])
    if not isinstance(finish_args, list) or not all(isinstance(a, str) for a in finish_args):
        problems.append("finish-args is not a list of strings")
        finish_args = []
    for arg in finish_args:
        if arg == "--share=network":
            problems.append("finish-args grants the network: {}".format(arg))
        # "--filesystem=home", "--filesystem=xdg-documents:ro", and the bare
        # "--filesystem" followed by a separate value all count.
        if arg == "--filesystem" or arg.startswith("--filesystem="):
            problems.append("finish-args grants filesystem access: {}".format(arg))

    for arg in _network_build_args(manifest.get("build-options")):
        problems.append("build-options grants the network: {}".format(arg))

    modules = manifest.get("modules")
    if not isinstance(modules, list) or not modules:
        problems.append("no modules")
        modules = []
    app_modules = []
    for path, module in _walk_modules(modules, "modules"):
        if not isinstance(module, dict):
            problems.append("{} is not an inline module object".format(path))
            continue
        for arg in _network_build_args(module.get("build-options")):
            problems.append("{} build-options grants the network: {}".format(path, arg))
        if module.get("name") == APP_MODULE:
            app_modules.append((path, module))
    if len(app_modules) != 1:
        problems.append("expected one module named {!r}, found {}".format(APP_MODULE, len(app_modules)))
    for path, module in app_modules:
        if module.get("buildsystem") != "meson":
            problems.append("{} ({}) builds with {!r}, expected 'meson'".format(
                path, APP_MODULE, module.get("buildsystem")))
        if not module.get("sources"):
            problems.append("{} ({}) has no sources".format(path, APP_MODULE))

    return problems


def check_file(path):
    try:
        with open(path, encoding="utf-8") as f:
            manifest = json.load(f)
    except OSError as e:
        return ["cannot read {}: {}".format(path, e.strerror)]
    except ValueError as e:
        return ["{} is not valid JSON: {}".format(path, e)]
    return check_manifest(manifest)


def _self_test():
    """Each broken manifest must be rejected with the expected message."""
    good = {
        "app-id": APP_ID,
        "runtime": RUNTIME,
        "runtime-version": "43",
        "sdk": SDK,
        "command": COMMAND,
        "finish-args": ["--share=ipc", "--socket=wayland", "--socket=fallback-x11", "--device=dri"],
        "modules": [{"name": APP_MODULE, "buildsystem": "meson",
                     "sources": [{"type": "dir", "path": ".."}]}],
    }

    def with_change(change):
        manifest = copy.deepcopy(good)
        change(manifest)
        return manifest

    cases = [
        ("wrong app-id", with_change(lambda m: m.update({"app-id": "org.example.Other"})), "app-id is"),
        ("id disagrees", with_change(lambda m: m.update({"id": "org.example.Other"})), "id is"),
        ("no app-id", with_change(lambda m: m.pop("app-id")), "no app-id"),
        ("freedesktop runtime", with_change(lambda m: m.update({"runtime": "org.freedesktop.Platform"})), "runtime is"),
        ("no runtime-version", with_change(lambda m: m.pop("runtime-version")), "runtime-version"),
        ("numeric runtime-version", with_change(lambda m: m.update({"runtime-version": 43})), "runtime-version"),
        ("wrong sdk", with_change(lambda m: m.update({"sdk": "org.kde.Sdk"})), "sdk is"),
        ("wrong command", with_change(lambda m: m.update({"command": "tomoni-cli"})), "command is"),
        ("network", with_change(lambda m: m["finish-args"].append("--share=network")), "network"),
        ("home", with_change(lambda m: m["finish-args"].append("--filesystem=home")), "filesystem"),
        ("host read-only", with_change(lambda m: m["finish-args"].append("--filesystem=host:ro")), "filesystem"),
        ("xdg folder", with_change(lambda m: m["finish-args"].append("--filesystem=xdg-documents")), "filesystem"),
        ("bare --filesystem", with_change(lambda m: m["finish-args"].extend(["--filesystem", "home"])), "filesystem"),
        ("finish-args not a list", with_change(lambda m: m.update({"finish-args": "--share=ipc"})), "finish-args"),
        ("network at build", with_change(lambda m: m.update({"build-options": {"build-args": ["--share=network"]}})), "network"),
        ("network in module build", with_change(
            lambda m: m["modules"][0].update({"build-options": {"build-args": ["--share=network"]}})), "network"),
        ("autotools", with_change(lambda m: m["modules"][0].update({"buildsystem": "autotools"})), "expected 'meson'"),
        ("no tomoni module", with_change(lambda m: m["modules"][0].update({"name": "other"})), "one module named"),
        ("two tomoni modules", with_change(lambda m: m["modules"].append(copy.deepcopy(m["modules"][0]))), "one module named"),
        ("no modules", with_change(lambda m: m.update({"modules": []})), "no modules"),
        ("module from a file", with_change(lambda m: m["modules"].insert(0, "other.json")), "not an inline module"),
        ("no sources", with_change(lambda m: m["modules"][0].pop("sources")), "no sources"),
        ("not an object", [], "not a JSON object"),
    ]

    failures = 0
    if check_manifest(good):
        print("not ok - the good manifest is rejected: {}".format(check_manifest(good)))
        failures += 1
    else:
        print("ok - the good manifest passes")
    nested_ok = with_change(lambda m: m["modules"].insert(0, {"name": "dep", "buildsystem": "simple",
                                                               "modules": [{"name": "dep2"}]}))
    if check_manifest(nested_ok):
        print("not ok - nested dependency modules are rejected: {}".format(check_manifest(nested_ok)))
        failures += 1
    else:
        print("ok - nested dependency modules pass")
    for name, manifest, expected in cases:
        problems = check_manifest(manifest)
        if any(expected in p for p in problems):
            print("ok - {}: rejected".format(name))
        else:
            print("not ok - {}: expected a problem containing {!r}, got {}".format(name, expected, problems))
            failures += 1
    print("{} passed, {} failed".format(len(cases) + 2 - failures, failures))
    return 1 if failures else 0


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    if argv[1] == "--self-test":
        return _self_test()
    problems = check_file(argv[1])
    for problem in problems:
        print("not ok - {}".format(problem))
    if problems:
        return 1
    print("ok - {} follows the Flatpak rules".format(argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
