#!/usr/bin/env python3
"""Rewrites store files from SQLite's C API to the driver seam (tomoni-db.h).

Usage: build-aux/convert-to-seam.py [--check] FILE...

Rewrites each FILE in place (idempotent: a converted file is left as it is).
What it converts:
  sqlite3_stmt                         -> TomoniDbStmt
  sqlite3 *db                          -> TomoniDb *db
  sqlite3_bind_{null,int,int64,double} -> tomoni_db_bind_...
  sqlite3_bind_text (S, I, V, -1, SQLITE_TRANSIENT) -> tomoni_db_bind_text (S, I, V)
  sqlite3_bind_text (S, I, V, -1, SQLITE_STATIC)    -> tomoni_db_bind_static_text (S, I, V)
  (const char *) sqlite3_column_text   -> tomoni_db_column_text (returns const char *)
  sqlite3_column_{int,int64,double,count,name} -> tomoni_db_column_...
  sqlite3_column_type (S, I) == SQLITE_NULL  -> tomoni_db_column_is_null (S, I)
  sqlite3_column_type (S, I) != SQLITE_NULL  -> !tomoni_db_column_is_null (S, I)
  sqlite3_step / _reset / _clear_bindings    -> tomoni_db_step / _reset / _clear_bindings
  sqlite3_changes[64] (D)              -> tomoni_db_changes (D)
  sqlite3_last_insert_rowid (D)        -> tomoni_db_last_insert_id (D)
  sqlite3_extended_errcode / _errcode (D) -> tomoni_db_get_error_code (D)
  sqlite3_errmsg (D)                   -> tomoni_db_get_error_message (D)
  sqlite3_get_autocommit (D)           -> !tomoni_db_in_transaction (D)
  (rc & 0xff) == SQLITE_CONSTRAINT     -> tomoni_db_status_is_constraint (rc)
  (rc & 0xff) == SQLITE_BUSY/_LOCKED   -> rc == TOMONI_DB_BUSY
  SQLITE_ROW, _DONE, _OK, _CONSTRAINT_UNIQUE/_PRIMARYKEY, _BUSY, _LOCKED, _CORRUPT
                                       -> TOMONI_DB_ROW, _DONE, _OK, _CONSTRAINT_UNIQUE, _BUSY, _CORRUPT
  #include <sqlite3.h>                 -> removed (tomoni-store-private.h brings tomoni-db.h)

Anything else of SQLite's API that is left (sqlite3_create_function,
sqlite3_exec, blobs, a text bind with a length, ...) is reported on stderr
with its line, and the exit status is 1: move such code into the SQLite
driver (tomoni-db-sqlite.c) behind a seam function. With --check nothing is
written; the exit status says whether any FILE would change or has leftovers.
"""
import re
import sys

IDENT = r"[A-Za-z_][A-Za-z0-9_]*"


def find_call_end(text, open_paren):
    """Index just past the parenthesis that closes the one at open_paren."""
    depth = 0
    i = open_paren
    while i < len(text):
        c = text[i]
        if c == '"' or c == "'":
            i += 1
            while i < len(text) and text[i] != c:
                if text[i] == "\\":
                    i += 1
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return -1


def split_args(inner):
    """Splits a call's argument text at top-level commas."""
    args, depth, start, i = [], 0, 0, 0
    while i < len(inner):
        c = inner[i]
        if c == '"' or c == "'":
            i += 1
            while i < len(inner) and inner[i] != c:
                if inner[i] == "\\":
                    i += 1
                i += 1
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == "," and depth == 0:
            args.append(inner[start:i])
            start = i + 1
        i += 1
    args.append(inner[start:])
    return args


def rewrite_calls(text, name, rewrite):
    """Calls rewrite(args, call_text) for each call of @name; it returns the
    replacement, or None to leave the call alone."""
    out, pos = [], 0
    pattern = re.compile(r"\b" + re.escape(name) + r"\s*\(")
    while True:
        m = pattern.search(text, pos)
        if m is None:
            break
        open_paren = m.end() - 1
        end = find_call_end(text, open_paren)
        if end < 0:
            break
        args = [a.strip() for a in split_args(text[open_paren + 1:end - 1])]
        replacement = rewrite(args, text[m.start():end])
        out.append(text[pos:m.start()])
        out.append(replacement if replacement is not None else text[m.start():end])
        pos = end
    out.append(text[pos:])
    return "".join(out)


def bind_text(args, call):
    if len(args) != 5 or args[3] != "-1":
        return None
    if args[4] == "SQLITE_TRANSIENT":
        return f"tomoni_db_bind_text ({args[0]}, {args[1]}, {args[2]})"
    if args[4] == "SQLITE_STATIC":
        return f"tomoni_db_bind_static_text ({args[0]}, {args[1]}, {args[2]})"
    return None


RENAMES = [
    # longest first where one name is a prefix of another
    ("sqlite3_bind_int64", "tomoni_db_bind_int64"),
    ("sqlite3_bind_int", "tomoni_db_bind_int"),
    ("sqlite3_bind_double", "tomoni_db_bind_double"),
    ("sqlite3_bind_null", "tomoni_db_bind_null"),
    ("sqlite3_column_int64", "tomoni_db_column_int64"),
    ("sqlite3_column_int", "tomoni_db_column_int"),
    ("sqlite3_column_double", "tomoni_db_column_double"),
    ("sqlite3_column_count", "tomoni_db_column_count"),
    ("sqlite3_column_name", "tomoni_db_column_name"),
    ("sqlite3_step", "tomoni_db_step"),
    ("sqlite3_reset", "tomoni_db_reset"),
    ("sqlite3_clear_bindings", "tomoni_db_clear_bindings"),
    ("sqlite3_changes64", "tomoni_db_changes"),
    ("sqlite3_changes", "tomoni_db_changes"),
    ("sqlite3_last_insert_rowid", "tomoni_db_last_insert_id"),
    ("sqlite3_extended_errcode", "tomoni_db_get_error_code"),
    ("sqlite3_errcode", "tomoni_db_get_error_code"),
    ("sqlite3_errmsg", "tomoni_db_get_error_message"),
]

CONSTANTS = [
    ("SQLITE_ROW", "TOMONI_DB_ROW"),
    ("SQLITE_DONE", "TOMONI_DB_DONE"),
    ("SQLITE_OK", "TOMONI_DB_OK"),
    ("SQLITE_CONSTRAINT_UNIQUE", "TOMONI_DB_CONSTRAINT_UNIQUE"),
    ("SQLITE_CONSTRAINT_PRIMARYKEY", "TOMONI_DB_CONSTRAINT_UNIQUE"),
    ("SQLITE_BUSY", "TOMONI_DB_BUSY"),
    ("SQLITE_LOCKED", "TOMONI_DB_BUSY"),
    ("SQLITE_CORRUPT", "TOMONI_DB_CORRUPT"),
    ("SQLITE_NOTADB", "TOMONI_DB_CORRUPT"),
]


def convert(text):
    # The header: tomoni-store-private.h includes tomoni-db.h.
    text = re.sub(r"^#include <sqlite3\.h>\n", "", text, flags=re.M)

    # Types (same length: alignment of parameter lists is kept).
    text = re.sub(r"\bsqlite3_stmt\b", "TomoniDbStmt", text)
    text = re.sub(r"\bsqlite3(\s*\*)", r"TomoniDb\1", text)

    # Text binds: copied or static.
    text = rewrite_calls(text, "sqlite3_bind_text", bind_text)

    # Text columns: the seam returns const char *.
    text = re.sub(r"\(\s*const\s+g?char\s*\*\s*\)\s*sqlite3_column_text\b", "tomoni_db_column_text", text)
    text = re.sub(r"\bsqlite3_column_text\b", "tomoni_db_column_text", text)

    # NULL tests.
    def column_type(args, call, negate):
        return ("!" if negate else "") + f"tomoni_db_column_is_null ({', '.join(args)})"

    for op, negate in (("==", False), ("!=", True)):
        pattern = re.compile(r"\bsqlite3_column_type\s*\(")
        out, pos = [], 0
        while True:
            m = pattern.search(text, pos)
            if m is None:
                break
            end = find_call_end(text, m.end() - 1)
            tail = re.match(r"\s*" + re.escape(op) + r"\s*SQLITE_NULL\b", text[end:])
            if end < 0 or tail is None:
                out.append(text[pos:m.end()])
                pos = m.end()
                continue
            args = [a.strip() for a in split_args(text[m.end():end - 1])]
            out.append(text[pos:m.start()])
            out.append(column_type(args, None, negate))
            pos = end + tail.end()
        out.append(text[pos:])
        text = "".join(out)

    # Error classes tested on a result code.
    text = re.sub(r"\(\s*(" + IDENT + r")\s*&\s*0xff\s*\)\s*==\s*SQLITE_CONSTRAINT\b",
                  r"tomoni_db_status_is_constraint (\1)", text)
    text = re.sub(r"\(\s*(" + IDENT + r")\s*&\s*0xff\s*\)\s*!=\s*SQLITE_CONSTRAINT\b",
                  r"!tomoni_db_status_is_constraint (\1)", text)
    text = re.sub(r"\(\s*(" + IDENT + r")\s*&\s*0xff\s*\)\s*(==|!=)\s*SQLITE_(BUSY|LOCKED)\b",
                  r"\1 \2 TOMONI_DB_BUSY", text)
    text = re.sub(r"\(\s*(" + IDENT + r")\s*&\s*0xff\s*\)\s*(==|!=)\s*SQLITE_(CORRUPT|NOTADB)\b",
                  r"\1 \2 TOMONI_DB_CORRUPT", text)

    text = rewrite_calls(text, "sqlite3_get_autocommit",
                         lambda args, call: f"!tomoni_db_in_transaction ({args[0]})")

    for old, new in RENAMES:
        text = re.sub(r"\b" + old + r"\b", new, text)
    for old, new in CONSTANTS:
        text = re.sub(r"\b" + old + r"\b", new, text)
    return text


def leftovers(text):
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        if re.search(r"\bsqlite3\w*|\bSQLITE_\w+", line):
            found.append((number, line.strip()))
    return found


def main(argv):
    check = False
    if argv and argv[0] == "--check":
        check = True
        argv = argv[1:]
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2

    status = 0
    for path in argv:
        with open(path, encoding="utf-8") as f:
            before = f.read()
        after = convert(before)
        if after != before:
            if check:
                print(f"{path}: would be converted", file=sys.stderr)
                status = 1
            else:
                with open(path, "w", encoding="utf-8") as f:
                    f.write(after)
                print(f"{path}: converted")
        for number, line in leftovers(after):
            print(f"{path}:{number}: cannot convert: {line}", file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
