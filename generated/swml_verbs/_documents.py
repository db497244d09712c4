# Generated from spec by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:9f291e4f18da12fd

"""SWML documents as text: JSON and YAML read as JSON data within fixed limits, a problem's path
found again in the text (line and column), and YAML written back.

What the readers refuse, each with a ``DocumentReadError`` naming the line and column where it
can: text over ``MAX_BYTES`` (refused before it is read whole), invalid UTF-8, nesting deeper than
``MAX_DEPTH`` (refused before anything recurses), a key given twice in one object (at the second),
JSON's non-standard ``NaN`` and ``Infinity``, and in YAML: aliases (refused outright: a SWML
document has no need for them, and expanding them is how an alias bomb grows exponentially), more
than one document, keys that are not strings (``yes:`` is a boolean in YAML 1.1) and tags other
than the JSON types. YAML is parsed as a stream of events (PyYAML's, with libyaml when it is
installed) by a loop, so nothing recurses on the reader's side either.

No import of the rest of the package: ``swml`` and ``cli`` import this module, not the reverse.
"""

from __future__ import annotations

import json
import os
import re
import stat
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import accumulate
from json.decoder import JSONDecodeError
from typing import TYPE_CHECKING, Any, BinaryIO, Final, Literal

if TYPE_CHECKING:
    from swml_verbs._runtime import InvalidDocumentError

#: The largest document read, in bytes (64 MiB); larger ones are refused unread.
MAX_BYTES: Final = 64 * 1024 * 1024
#: The deepest nesting of lists and objects read; a SWML document needs a few dozen levels.
MAX_DEPTH: Final = 512
#: How to get PyYAML when it is missing.
YAML_HINT: Final = "pip install 'swml-verbs[yaml]'"

Format = Literal["json", "yaml"]


class DocumentReadError(ValueError):
    """Text that cannot be read as one JSON value within the limits: ``reason`` says why,
    ``line`` and ``column`` (1-based, in characters) where, when a place is known."""

    def __init__(self, reason: str, line: int | None = None, column: int | None = None) -> None:
        super().__init__(reason, line, column)

    @property
    def reason(self) -> str:
        return str(self.args[0])

    @property
    def line(self) -> int | None:
        return self.args[1]  # type: ignore[no-any-return]

    @property
    def column(self) -> int | None:
        return self.args[2]  # type: ignore[no-any-return]

    def __str__(self) -> str:
        if self.line is None:
            return self.reason
        return f"line {self.line}, column {self.column}: {self.reason}"


@dataclass(frozen=True)
class Source:
    """A document read from text: its data, and the text, to find a path's place in it."""

    text: str
    format: Format
    data: Any

    def position(self, path: str) -> tuple[int, int]:
        """Line and column (1-based) of the value at ``path`` (``sections.main[2].play.url``,
        as a Problem names it); of the deepest value on the way where the path goes on
        (a missing key: the object that lacks it)."""
        return self.positions([path])[path]

    def positions(self, paths: list[str]) -> dict[str, tuple[int, int]]:
        """``position`` of each of ``paths``, in one pass over the text."""
        steps = {path: _steps(path, self.data) for path in paths}
        if self.format == "json":
            return {path: _json_position(self.text, s) for path, s in steps.items()}
        found = _yaml_positions(self.text, set(steps.values()))
        return {path: found[s] for path, s in steps.items()}

    def located(self, error: InvalidDocumentError) -> InvalidDocumentError:
        """``error`` with the line and column of each problem."""
        places = self.positions([p.path for p in error.problems])
        return type(error)(
            *(p._replace(line=places[p.path][0], column=places[p.path][1]) for p in error.problems)
        )


def read_text(text: str | bytes, format: Format, max_bytes: int = MAX_BYTES) -> Source:
    """A JSON or YAML document from its text (bytes are UTF-8). YAML needs PyYAML
    (ModuleNotFoundError naming how to install it)."""
    if len(text) > max_bytes:
        raise DocumentReadError(_too_large(len(text), max_bytes))
    decoded = _decode(text) if isinstance(text, bytes) else text
    decoded = decoded.removeprefix("\ufeff")
    if not decoded.strip():
        raise DocumentReadError("the document is empty")
    data = _read_json(decoded) if format == "json" else _read_yaml(decoded)
    return Source(decoded, format, data)


def read_file(path: str, format: Format | None = None, max_bytes: int = MAX_BYTES) -> Source:
    """The document in the file at ``path`` (``-``: standard input); its format from the file's
    extension (``.json``, ``.yaml``, ``.yml``), else from its first character (``{`` or ``[``
    is JSON), unless ``format`` is given. OSError when the file cannot be read."""
    if path == "-":
        import sys

        data = _read_limited(sys.stdin.buffer, max_bytes)
    else:
        with open(path, "rb") as stream:
            data = _read_limited(stream, max_bytes)
    if format is None:
        format = format_of(path, data)
    text = _decode(data)
    del data  # only the text from here on
    return read_text(text, format, max_bytes)


def format_of(path: str, data: bytes) -> Format:
    """JSON or YAML, by the extension of ``path``, else by the first character of ``data``."""
    suffix = os.path.splitext(path)[1].lower()
    if suffix == ".json":
        return "json"
    if suffix in (".yaml", ".yml"):
        return "yaml"
    return "json" if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[") else "yaml"


def _read_limited(stream: BinaryIO, max_bytes: int) -> bytes:
    """At most ``max_bytes`` from ``stream``; more is refused: unread when the stream is a file
    whose size says so, else when one byte more than the limit has been read."""
    try:
        status = os.fstat(stream.fileno())
    except (AttributeError, OSError, ValueError):  # not a file descriptor
        status = None
    if status is not None and stat.S_ISREG(status.st_mode) and status.st_size > max_bytes:
        raise DocumentReadError(_too_large(status.st_size, max_bytes))
    data = stream.read(max_bytes + 1)  # a buffered stream reads until that many, or the end
    while 0 < len(data) <= max_bytes:
        more = stream.read(max_bytes + 1 - len(data))
        if not more:
            break
        data += more
    if len(data) > max_bytes:
        raise DocumentReadError(_too_large(None, max_bytes))
    return data


def _too_large(size: int | None, max_bytes: int) -> str:
    limit = f"{max_bytes / 1048576:g} MB" if max_bytes >= 1048576 else f"{max_bytes} bytes"
    if size is None:
        return f"the document is larger than the limit of {limit}"
    shown = f"{size / 1048576:.1f} MB" if size >= 1048576 else f"{size} bytes"
    return f"the document is {shown}, larger than the limit of {limit}"


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        start = data.rfind(b"\n", 0, error.start) + 1
        line = data.count(b"\n", 0, error.start) + 1
        column = len(data[start : error.start].decode("utf-8", "replace")) + 1
        bad = data[error.start : error.end].hex(" ")
        raise DocumentReadError(f"invalid UTF-8 (byte {bad})", line, column) from None


def _line_column(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of ``text[index]``."""
    return text.count("\n", 0, index) + 1, index - text.rfind("\n", 0, index)


# -- JSON ----------------------------------------------------------------------------------------

#: A JSON string, or a run of characters that are neither brackets nor a quote.
_NOT_BRACKETS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[^\[\]{}"]+', re.DOTALL)
#: A JSON string or a bracket, in order.
_STRING_OR_BRACKET = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]', re.DOTALL)
_DEPTH: Final = {"[": 1, "{": 1, "]": -1, "}": -1, '"': 0}
_SPACE = re.compile(r"[ \t\n\r]*")
_CONSTANT = re.compile(r"NaN|-?Infinity")
_DECODER = json.JSONDecoder()
#: The json module's string scanner (C): ``scanstring(text, index after the quote)`` is the
#: string and the index after its closing quote.
scanstring: Callable[[str, int], tuple[str, int]] = json.decoder.scanstring  # type: ignore[attr-defined]


class _Refused(Exception):
    """Raised by a json.loads hook (a duplicate key, a non-standard constant); the text is
    walked again to find where."""


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    built = dict(pairs)
    if len(built) != len(pairs):
        raise _Refused
    return built


def _constant(name: str) -> Any:
    raise _Refused


def _read_json(text: str) -> Any:
    _check_json_depth(text)
    try:
        return json.loads(text, object_pairs_hook=_pairs, parse_constant=_constant)
    except _Refused:
        reason, index = _json_fault(text)
        raise DocumentReadError(reason, *_line_column(text, index)) from None
    except JSONDecodeError as error:
        raise DocumentReadError(f"invalid JSON: {error.msg}", error.lineno, error.colno) from None
    except ValueError:
        # The one other ValueError json raises: an integer longer than Python converts. Its
        # own text differs between Python versions; this one names the limit in force.
        limit = sys.get_int_max_str_digits()
        raise DocumentReadError(
            f"invalid JSON: an integer of more than {limit} digits (Python's limit)"
        ) from None


def _check_json_depth(text: str) -> None:
    """Refuse nesting deeper than MAX_DEPTH before json.loads recurses into it: the brackets
    outside strings, counted in C (a regular expression and accumulate)."""
    brackets = _NOT_BRACKETS.sub("", text)
    if (
        len(brackets) <= MAX_DEPTH
        or max(accumulate(map(_DEPTH.__getitem__, brackets))) <= MAX_DEPTH
    ):
        return
    depth = 0
    for match in _STRING_OR_BRACKET.finditer(text):
        depth += _DEPTH.get(match[0], 0)
        if depth > MAX_DEPTH:
            raise DocumentReadError(
                f"nested more than {MAX_DEPTH} deep", *_line_column(text, match.start())
            )


def _json_fault(text: str) -> tuple[str, int]:
    """The first duplicate key or non-standard constant in ``text``, which json.loads parsed up
    to there, and its index: a walk by a loop, scalars skipped by the C decoder."""
    stack: list[
        dict[str, int] | None
    ] = []  # per open container: its keys so far, where; None for a list
    i = _SPACE.match(text, 0).end()  # type: ignore[union-attr]
    while True:
        # A value starts at i.
        char = text[i]
        if char in "{[":
            stack.append({} if char == "{" else None)
            i = _SPACE.match(text, i + 1).end()  # type: ignore[union-attr]
            if text[i] not in "}]":
                if char == "[":
                    continue
                key, end = scanstring(text, i + 1)
                stack[-1][key] = i  # type: ignore[index]
                i = end
                i = _SPACE.match(text, _SPACE.match(text, i).end() + 1).end()  # type: ignore[union-attr]
                continue
            stack.pop()
            i += 1
        elif char in "NI-" and _CONSTANT.match(text, i):
            name = _CONSTANT.match(text, i)[0]  # type: ignore[index]
            return f"{name} is not JSON (numbers are finite)", i
        else:
            _, i = _DECODER.raw_decode(text, i)
        # A value ended at i.
        while True:
            i = _SPACE.match(text, i).end()  # type: ignore[union-attr]
            if not stack:
                raise AssertionError("json.loads refused no key and no constant")
            keys = stack[-1]
            if text[i] in "}]":
                stack.pop()
                i += 1
                continue
            i = _SPACE.match(text, i + 1).end()  # type: ignore[union-attr]
            if keys is not None:
                key, end = scanstring(text, i + 1)
                if key in keys:
                    line, column = _line_column(text, keys[key])
                    return (
                        f"duplicate key {key!r} in one object (first at line {line}, column {column})",
                        i,
                    )
                keys[key] = i
                i = end
                i = _SPACE.match(text, _SPACE.match(text, i).end() + 1).end()  # type: ignore[union-attr]
            break


def _json_position(text: str, steps: tuple[str | int, ...]) -> tuple[int, int]:
    """Where the value at ``steps`` starts: down the path only, each sibling on the way skipped
    by the C decoder."""
    i = _SPACE.match(text, 0).end()  # type: ignore[union-attr]
    for step in steps:
        start = _SPACE.match(text, i + 1).end()  # type: ignore[union-attr]
        if text[i] == "{" and isinstance(step, str):
            j = start
            while text[j] == '"':
                key, j = scanstring(text, j + 1)
                j = _SPACE.match(text, _SPACE.match(text, j).end() + 1).end()  # type: ignore[union-attr]
                if key == step:
                    break
                j = _next(text, j)
            else:
                break
        elif text[i] == "[" and isinstance(step, int):
            j = start
            for _ in range(step):
                j = _next(text, j)
        else:
            break
        i = j
    return _line_column(text, i)


def _next(text: str, i: int) -> int:
    """Past the value at ``i`` and the comma after it."""
    _, i = _DECODER.raw_decode(text, i)
    i = _SPACE.match(text, i).end()  # type: ignore[union-attr]
    return _SPACE.match(text, i + 1).end() if text[i] == "," else i  # type: ignore[union-attr]


def _steps(path: str, data: Any) -> tuple[str | int, ...]:
    """``sections.main[2].play.url`` as keys and indexes, read against the data (a key may hold
    dots or brackets: the longest key that fits is taken); as far as the data goes."""
    steps: list[str | int] = []
    node = data
    rest = path.lstrip(".")
    first = True
    while rest:
        index = re.match(r"\[(\d+)\]", rest)
        if index and isinstance(node, list):
            if int(index[1]) >= len(node):
                break
            steps.append(int(index[1]))
            node = node[int(index[1])]
            rest = rest[index.end() :]
        elif isinstance(node, dict) and (first or rest.startswith(".")):
            tail = rest if first else rest[1:]
            fits = [
                k
                for k in node
                if isinstance(k, str)
                and tail.startswith(k)
                and tail[len(k) : len(k) + 1] in ("", ".", "[")
            ]
            if not fits:
                break
            key = max(fits, key=len)
            steps.append(key)
            node = node[key]
            rest = tail[len(key) :]
        else:
            break
        first = False
    return tuple(steps)


# -- YAML ----------------------------------------------------------------------------------------

_YAML_TAG = "tag:yaml.org,2002:"
#: Implicit YAML 1.1 types that are not JSON types: read as the string written.
_AS_STRING: Final = frozenset({_YAML_TAG + t for t in ("str", "timestamp", "value", "merge")})


def _yaml() -> Any:
    try:
        import yaml
    except ImportError:
        raise ModuleNotFoundError(f"reading YAML needs PyYAML: {YAML_HINT}", name="yaml") from None
    return yaml


def _events(yaml: Any, text: str) -> Iterator[Any]:
    """PyYAML's events for ``text``, with libyaml's parser when it is there."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    try:
        while loader.check_event():
            yield loader.get_event()
    finally:
        loader.dispose()


def _at(mark: Any) -> tuple[int, int]:
    return mark.line + 1, mark.column + 1


def _read_yaml(text: str) -> Any:
    yaml = _yaml()
    try:
        return _build_yaml(yaml, text)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        reason = " ".join(str(part) for part in (error.context, error.problem) if part)
        raise DocumentReadError(f"invalid YAML: {reason}", *(_at(mark) if mark else ())) from None
    except yaml.YAMLError as error:
        raise DocumentReadError(f"invalid YAML: {error}") from None


def _build_yaml(yaml: Any, text: str) -> Any:
    """The one document in ``text`` as JSON data, built by a loop over the parser's events."""
    resolver = yaml.resolver.Resolver()
    constructor = yaml.constructor.SafeConstructor()
    scalar_node = yaml.ScalarNode
    events = yaml.events
    #: Per open collection: the collection, the key waiting for its value (NO_KEY: none), and
    #: for a mapping, where each key was (for a duplicate's message).
    stack: list[tuple[Any, list[Any], dict[str, Any] | None]] = []
    no_key = object()
    root: Any = no_key
    documents = 0

    def add(value: Any, event: Any) -> None:
        nonlocal root
        if not stack:
            root = value
            return
        collection, pending, marks = stack[-1]
        if marks is None:
            collection.append(value)
        elif pending[0] is not no_key:
            collection[pending[0]] = value
            pending[0] = no_key
        elif not isinstance(value, str):
            raise DocumentReadError(
                f"the key {event.value} is read as {value!r}, not a string (JSON and SWML keys "
                "are strings; quote it)",
                *_at(event.start_mark),
            )
        elif value in marks:
            line, column = _at(marks[value])
            raise DocumentReadError(
                f"duplicate key {value!r} in one mapping (first at line {line}, column {column})",
                *_at(event.start_mark),
            )
        else:
            marks[value] = event.start_mark
            pending[0] = value

    for event in _events(yaml, text):
        kind = type(event)
        if kind is events.ScalarEvent:
            add(_yaml_scalar(resolver, constructor, scalar_node, event), event)
        elif kind is events.MappingStartEvent or kind is events.SequenceStartEvent:
            mapping = kind is events.MappingStartEvent
            tag = event.tag
            if tag not in (None, "!", _YAML_TAG + ("map" if mapping else "seq")):
                raise DocumentReadError(f"the tag {tag} is not a JSON type", *_at(event.start_mark))
            if stack and stack[-1][2] is not None and stack[-1][1][0] is no_key:
                raise DocumentReadError(
                    "a key is a collection (JSON and SWML keys are strings)", *_at(event.start_mark)
                )
            if len(stack) >= MAX_DEPTH:
                raise DocumentReadError(
                    f"nested more than {MAX_DEPTH} deep", *_at(event.start_mark)
                )
            collection: Any = {} if mapping else []
            add(collection, event)
            stack.append((collection, [no_key], {} if mapping else None))
        elif kind is events.MappingEndEvent or kind is events.SequenceEndEvent:
            stack.pop()
        elif kind is events.AliasEvent:
            raise DocumentReadError(
                f"YAML aliases (*{event.anchor}) are not read: a SWML document does not need "
                "them, and they can expand without bound",
                *_at(event.start_mark),
            )
        elif kind is events.DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise DocumentReadError(
                    "more than one YAML document (---): a file holds one SWML document",
                    *_at(event.start_mark),
                )
    if root is no_key:
        raise DocumentReadError("the document is empty")
    return root


def _yaml_scalar(resolver: Any, constructor: Any, scalar_node: Any, event: Any) -> Any:
    """A scalar as JSON reads it: null, a boolean, a number or a string."""
    tag = event.tag
    if tag is None or tag == "!":
        tag = resolver.resolve(scalar_node, event.value, event.implicit)
        if tag in _AS_STRING:
            return event.value
    elif tag == _YAML_TAG + "str":
        return event.value
    if tag == _YAML_TAG + "null":
        return None
    name = tag[len(_YAML_TAG) :] if tag.startswith(_YAML_TAG) else ""
    if name not in ("bool", "int", "float"):
        raise DocumentReadError(f"the tag {tag} is not a JSON type", *_at(event.start_mark))
    try:
        return getattr(constructor, f"construct_yaml_{name}")(scalar_node(tag, event.value))
    except (ValueError, KeyError):
        raise DocumentReadError(
            f"{event.value!r} is not a YAML {name}", *_at(event.start_mark)
        ) from None


def _yaml_positions(
    text: str, paths: set[tuple[str | int, ...]]
) -> dict[tuple[str | int, ...], tuple[int, int]]:
    """Where each of ``paths`` (or the deepest node on its way) starts in the YAML ``text``."""
    yaml = _yaml()
    wanted = {path[:n] for path in paths for n in range(len(path) + 1)}
    found: dict[tuple[str | int, ...], tuple[int, int]] = {}
    events = yaml.events
    #: Per open collection: its path, whether it is a list, and the next index (a list) or the
    #: key whose value comes next (a mapping; None when a key comes next).
    stack: list[list[Any]] = []
    for event in _events(yaml, text):
        kind = type(event)
        if kind in (events.ScalarEvent, events.MappingStartEvent, events.SequenceStartEvent):
            path: tuple[str | int, ...] = ()
            if stack:
                frame = stack[-1]
                if frame[1]:
                    path = (*frame[0], frame[2])
                    frame[2] += 1
                elif frame[2] is None:  # a key: the reader took only string scalars
                    frame[2] = event.value
                    continue
                else:
                    path = (*frame[0], frame[2])
                    frame[2] = None
            if path in wanted:
                found[path] = _at(event.start_mark)
            if kind is events.MappingStartEvent:
                stack.append([path, False, None])
            elif kind is events.SequenceStartEvent:
                stack.append([path, True, 0])
        elif kind in (events.MappingEndEvent, events.SequenceEndEvent):
            stack.pop()
    return {
        path: next(found[path[:n]] for n in range(len(path), -1, -1) if path[:n] in found)
        for path in paths
    }


def dump_yaml(data: Any, **kwargs: Any) -> str:
    """``data`` as block-style YAML, keys in their order, no anchors or aliases (which the reader
    refuses) however often one object appears."""
    try:
        import yaml
    except ImportError:
        raise ModuleNotFoundError(f"to_yaml needs PyYAML: {YAML_HINT}", name="yaml") from None

    class Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
        def ignore_aliases(self, data: Any) -> bool:
            return True

    options: dict[str, Any] = {
        "sort_keys": False,
        "allow_unicode": True,
        "default_flow_style": False,
    }
    return yaml.dump(data, Dumper=Dumper, **{**options, **kwargs})  # type: ignore[no-any-return]


__all__ = [
    "MAX_BYTES",
    "MAX_DEPTH",
    "DocumentReadError",
    "Source",
    "dump_yaml",
    "format_of",
    "read_file",
    "read_text",
]
