#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Align the function prototypes of a public header, as GLib's headers are.

    PDZ_AVAILABLE_IN_ALL
    PdzPlan *        pdz_plan_new         (void);
    PDZ_AVAILABLE_IN_ALL
    gboolean         pdz_plan_add_partner (PdzPlan     *self,
                                           PdzPartner  *partner,
                                           GError     **error);

In each header, every prototype's return type is padded to one column and
every function name to the next; the parameters go one per line, their
types padded to one column and their stars right-aligned against it, so
that all parameter names start in one column. The columns are the widest of
the header, so the result depends only on the prototypes, and aligning an
aligned header changes nothing.

A prototype is a top-level declaration, on one line or several, that ends
with ";" and has the shape RETURN-TYPE NAME (PARAMETERS) [ATTRIBUTES];
Everything else is left as it is: comments, preprocessor lines and macro
bodies, typedefs, enums and structs, static inline functions, and the
decorator lines above a prototype (PDZ_AVAILABLE_IN_ALL,
PDZ_DEPRECATED_IN_0_2_FOR (pdz_foo), _PDZ_DECLARE_FINAL_TYPE (...), ...).
A decorator written on the prototype's own line is moved to a line of its
own. A prototype that holds a comment or a function-pointer parameter is
left as it is.

Usage:
    align-prototypes.py HEADER...           rewrite the headers in place
    align-prototypes.py --check HEADER...   change nothing; print a diff and
                                            exit 1 if a header is not aligned
"""

import argparse
import difflib
import re
import sys

IDENT = r"[A-Za-z_][A-Za-z0-9_]*"
# A line that only calls a macro: decorators and type-declaring macros.
MACRO_LINE = re.compile(r"^_?[A-Z][A-Z0-9_]*\s*(\(.*\))?\s*$")
# A decorator written before the return type on the prototype's line.
LEADING_DECORATOR = re.compile(
    r"^(?P<decorator>_?[A-Z][A-Z0-9_]*_(?:AVAILABLE|DEPRECATED)[A-Z0-9_]*"
    r"(?:\s*\([^()]*\))?)\s+(?P<rest>\S.*)$")
# Lines that never start a prototype.
NOT_A_PROTOTYPE = re.compile(
    r"^(static|typedef|struct|enum|union|extern\s+\"C\"|G_BEGIN_DECLS|G_END_DECLS)\b")
PARAMETER = re.compile(
    r"^(?P<type>.*?[A-Za-z0-9_)])\s*(?P<stars>[*\s]*?)\s*(?<=[\s*])(?P<name>" + IDENT + r")"
    r"(?P<array>(?:\s*\[[^\]]*\])*)$")


class Prototype:
    """One parsed prototype: return type, name, parameters, attributes."""

    def __init__(self, return_type, name, parameters, attributes):
        self.return_type = return_type    # "PdzPlan *", "void", "const char *"
        self.name = name
        self.parameters = parameters      # [(type, stars, name)] or [(text,)]
        self.attributes = attributes      # "G_GNUC_CONST", "" ...


def squeeze(text):
    return re.sub(r"\s+", " ", text).strip()


def normalize_stars(text):
    """'const char*const' -> 'const char * const'."""
    text = re.sub(r"(?<=[A-Za-z0-9_)])\*", " *", squeeze(text))
    return re.sub(r"\*(?=[A-Za-z_])", "* ", text)


def normalize_pointer(text):
    """'const char*' -> 'const char *', 'char * *' -> 'char **'."""
    text = normalize_stars(text)
    match = re.match(r"^(.*?)\s*((?:\*\s*)+)$", text)
    if not match:
        return text
    stars = match.group(2).replace(" ", "")
    return match.group(1) + " " + stars


def split_top_level(text, separator=","):
    """Split @text at @separator outside parentheses."""
    parts, depth, current = [], 0, []
    for char in text:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        if char == separator and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def parse_parameter(text):
    text = squeeze(text)
    if text in ("void", "...") or "(" in text:
        return None if "(" in text else (text,)
    match = PARAMETER.match(text)
    if not match or not match.group("type").strip():
        return (text,)
    type_ = normalize_stars(match.group("type"))
    stars = match.group("stars").replace(" ", "")
    return (type_, stars, match.group("name") + squeeze(match.group("array")))


def parse_prototype(statement):
    """Parse a statement (without newlines) into a Prototype, or None."""
    text = squeeze(statement)
    if not text.endswith(";") or "/*" in text or "//" in text or "{" in text:
        return None
    text = text[:-1].rstrip()
    open_paren = text.find("(")
    if open_paren < 0:
        return None
    head = text[:open_paren].rstrip()
    match = re.match(r"^(?P<return>.*?[\w*])\s*(?<![\w])(?P<name>" + IDENT + r")$", head)
    if not match:
        return None
    return_type = match.group("return")
    if not return_type or not re.search(r"[A-Za-z_]", return_type):
        return None
    if re.match(r"^_?[A-Z][A-Z0-9_]*$", return_type):
        return None        # a macro call such as G_DEFINE_FOO (a, b);
    depth, close_paren = 0, -1
    for index in range(open_paren, len(text)):
        if text[index] == "(":
            depth += 1
        elif text[index] == ")":
            depth -= 1
            if depth == 0:
                close_paren = index
                break
    if close_paren < 0:
        return None
    attributes = squeeze(text[close_paren + 1:])
    if attributes and not re.match(r"^(_?[A-Z][A-Z0-9_]*\s*(\([^()]*\))?\s*)+$", attributes):
        return None
    parameters = []
    inner = text[open_paren + 1:close_paren]
    for part in split_top_level(inner):
        parameter = parse_parameter(part)
        if parameter is None:
            return None    # a function pointer: leave it to a human
        parameters.append(parameter)
    return Prototype(normalize_pointer(return_type), match.group("name"),
                     parameters, attributes)


def format_prototype(proto, return_width, name_width, type_width):
    first = proto.return_type.ljust(return_width) + proto.name.ljust(name_width) + "("
    indent = " " * len(first)
    lines = []
    for index, parameter in enumerate(proto.parameters):
        if len(parameter) == 1:
            text = parameter[0]
        else:
            type_, stars, name = parameter
            text = type_.ljust(type_width - len(stars)) + stars + name
        lines.append((first if index == 0 else indent) + text)
    lines[-1] += ")" + (" " + proto.attributes if proto.attributes else "") + ";"
    return [line + "," if i < len(lines) - 1 else line for i, line in enumerate(lines)]


def scan(lines):
    """Split @lines into chunks: ('text', [lines]) or ('proto', [lines], decorator, Prototype)."""
    chunks = []
    in_comment = False
    continued = False       # the previous line ended with a backslash
    depth = 0               # braces: enum, struct and function bodies
    index = 0
    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        starts_statement = (not in_comment and not continued and depth == 0
                            and line[:1] not in ("", " ", "\t", "#", "/", "*")
                            and not NOT_A_PROTOTYPE.match(stripped)
                            and not MACRO_LINE.match(stripped))
        if starts_statement:
            # Gather the statement up to its ";".
            end = index
            statement = [line]
            while not statement[-1].rstrip().endswith(";") and end + 1 < len(lines):
                following = lines[end + 1]
                if (following.strip() == "" or following.lstrip().startswith("#")
                        or "{" in following or "}" in following):
                    break
                end += 1
                statement.append(following)
            decorator = None
            first = statement[0]
            leading = LEADING_DECORATOR.match(first.strip())
            if leading:
                decorator = squeeze(leading.group("decorator"))
                statement = [leading.group("rest")] + statement[1:]
            proto = parse_prototype(" ".join(statement))
            if proto is not None:
                chunks.append(("proto", lines[index:end + 1], decorator, proto))
                index = end + 1
                continue
        # Anything else goes through unchanged; keep track of the context.
        chunks.append(("text", [line]))
        code = line
        if in_comment:
            if "*/" in code:
                in_comment = False
                code = code.split("*/", 1)[1]
            else:
                code = ""
        code = re.sub(r"/\*.*?\*/", "", code)
        code = re.sub(r'"(?:\\.|[^"\\])*"', '""', code)
        if "/*" in code:
            in_comment = True
            code = code.split("/*", 1)[0]
        code = code.split("//", 1)[0]
        depth += code.count("{") - code.count("}")
        continued = line.rstrip().endswith("\\")
        index += 1
    return chunks


def align(text):
    lines = text.split("\n")
    chunks = scan(lines)
    protos = [chunk[3] for chunk in chunks if chunk[0] == "proto"]
    if not protos:
        return text
    return_width = max(len(p.return_type) for p in protos) + 1
    name_width = max(len(p.name) for p in protos) + 1
    typed = [p for proto in protos for p in proto.parameters if len(p) == 3]
    type_width = max((len(t) + 1 + len(s) for t, s, _ in typed), default=0)
    out = []
    for chunk in chunks:
        if chunk[0] == "text":
            out.extend(chunk[1])
            continue
        _, _, decorator, proto = chunk
        if decorator:
            out.append(decorator)
        out.extend(format_prototype(proto, return_width, name_width, type_width))
    return "\n".join(out)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; print a diff and exit 1 if a header is not aligned")
    parser.add_argument("headers", nargs="+", metavar="HEADER")
    args = parser.parse_args(argv)
    status = 0
    for path in args.headers:
        with open(path, encoding="utf-8") as stream:
            before = stream.read()
        after = align(before)
        if after == before:
            continue
        if args.check:
            status = 1
            sys.stdout.writelines(difflib.unified_diff(
                before.splitlines(keepends=True), after.splitlines(keepends=True),
                path, path + " (aligned)"))
        else:
            with open(path, "w", encoding="utf-8") as stream:
                stream.write(after)
            print(f"aligned {path}")
    if args.check and status:
        print("Some headers are not aligned: run dev/align-prototypes.py on them.", file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
