"""``joinConference`` per call in node: the generated TypeScript package against a hand-written,
unchecked build of the same payload (``bench/join_conference.mjs``).

The cases are made here and sent to one node process as JSON: the short form, the object form
of ``bench.cases.OBJECT_FORM``, every option at once (``bench.cases.every_option`` plus the
options only ours has, each set away from its default) and a refused call. Option names are the
IR's camelCase ones, so the inputs are those of the Python cases. Before timing, each valid
case's JSON from node must equal what the Python package (``swml_verbs``) emits for the same
call, byte for byte.
"""

from __future__ import annotations

import functools
import json
import shutil
import statistics
import subprocess
from pathlib import Path
from typing import Any

from swml_verbs import FunctionResult

from bench.cases import OBJECT_FORM, every_option

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "bench" / "join_conference.mjs"
TS_DIST = REPO / "generated" / "ts" / "dist" / "index.js"

#: Options of ours that the Python reference has no keyword for (``bench.cases.OURS_ONLY``),
#: set away from their defaults for the "every option" case.
OURS_ONLY_VALUES: dict[str, Any] = {
    "status_callback_event_type": "relay",
    "recording_status_callback_event_type": "laml",
    "stream": {"url": "wss://example.com/audio", "codec": "PCMU"},
}


@functools.cache
def camel_names() -> dict[str, str]:
    """Wire key -> camelCase option of ``FunctionResult.joinConference``, from the IR."""
    from codegen.build import build
    from codegen.spec_package import load_package

    package = build(load_package(REPO / "spec"))
    argument = package.verb("join_conference").argument
    model = package.models[argument.name]  # type: ignore[union-attr]
    return {f.names.wire: f.names.camel for f in model.fields}


def cases() -> list[dict[str, Any]]:
    """(name, snake_case options, refused) of each case, in the shape the script reads."""
    every = {**every_option(result=True), **OURS_ONLY_VALUES}
    written: list[tuple[str, dict[str, Any], bool]] = [
        ("short form", {}, False),
        (f"object form ({len(OBJECT_FORM)} options)", dict(OBJECT_FORM), False),
        (f"every option at once ({len(every)}, incl. result and stream)", every, False),
        ("rejected call (invalid beep)", {"beep": "loud"}, True),
    ]
    names = camel_names()
    return [
        {
            "name": name,
            "snake": options,
            "options": {names[k]: v for k, v in options.items()},
            "refused": refused,
        }
        for name, options, refused in written
    ]


def python_json(options: dict[str, Any]) -> str:
    """What the Python package emits for the same call, as ``JSON.stringify`` writes it."""
    out = FunctionResult("ok").join_conference("room", **options).to_dict()
    return json.dumps(out, separators=(",", ":"), ensure_ascii=False)


def node_json(options: dict[str, Any]) -> str:
    script = (
        f"import {{ FunctionResult }} from {json.dumps(TS_DIST.as_uri())};"
        "const o = JSON.parse(process.argv[1]);"
        'process.stdout.write(JSON.stringify(new FunctionResult("ok").joinConference("room", o)'
        ".toDict()));"
    )
    return _node(["--input-type=module", "-e", script, json.dumps(options)])


def _node(args: list[str], stdin: str | None = None) -> str:
    node = shutil.which("node")
    if node is None:
        raise RuntimeError("node is not installed: the TypeScript benchmark needs node 18 or later")
    proc = subprocess.run(
        [node, *args], cwd=REPO, input=stdin, capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        raise RuntimeError(f"node failed:\n{proc.stderr[-4000:]}")
    return proc.stdout


def run(rounds: int, budget: float) -> tuple[str, list[tuple[str, float, float, str]]]:
    """(node version, [(case, ours s/call, hand-written s/call, notes)]): medians over
    ``rounds`` rounds of about ``budget`` seconds of calls per side."""
    made = cases()
    for case in made:
        if not case["refused"]:
            ours, python = node_json(case["options"]), python_json(case["snake"])
            if ours != python:
                raise AssertionError(f"{case['name']}: node {ours} != Python {python}")
    config = {
        "rounds": rounds,
        "budgetMs": budget * 1e3,
        "cases": [{k: c[k] for k in ("name", "options", "refused")} for c in made],
    }
    result = json.loads(_node([str(SCRIPT)], json.dumps(config)))
    rows = []
    for case in result["cases"]:
        ours, hand = statistics.median(case["ours"]), statistics.median(case["hand"])
        calls = case["calls"]
        rows.append((case["name"], ours, hand, f"{calls[0]:,} / {calls[1]:,} calls a round"))
    return str(result["node"]), rows


def group(rounds: int, budget: float) -> Any:
    """The report's group (``bench.run.Group``): one row a case, the hand-written build in the
    reference column, no target."""
    from bench.run import Group, Row

    version, timed = run(rounds, budget)
    rows = [
        Row(f"`joinConference` {name}", ours * 1e6, hand * 1e6, "µs", notes=notes)
        for name, ours, hand, notes in timed
    ]
    return Group(
        "joinConference in node (generated TypeScript vs hand-written, unchecked)",
        rows,
        f"""\
Node {version}, one process (`bench/join_conference.mjs`). Ours: `new
FunctionResult("ok").joinConference("room", options).toDict()` from generated/ts/dist (every
option checked, defaults left out, the short form when all are at their defaults); the refused
call: to catching the `InvalidArgumentError`. The reference column is a hand-written
`joinConference` with no checks at all, as an SDK writes it by hand (one `if` per option mapping
its camelCase name to the wire key and leaving out defaults, then the same SWAIG payload); for
the refused case it builds the payload with the invalid value. Both sides' JSON is checked equal
before timing, and equal byte for byte to what the Python package emits for the same call. The
options are those of the Python cases (`bench/cases.py`); "every option" adds the three only ours
has (`statusCallbackEventType`, `recordingStatusCallbackEventType`, `stream`). Each round times
about {budget * 1e3:g} ms of calls per side after a JIT warm-up, alternating which goes first;
median of {rounds} rounds. No target: an unchecked build is the floor, and the ratio is what the
checks cost in node.""",
    )
