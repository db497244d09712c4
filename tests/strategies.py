"""Shared paths and the strategies of valid ``join_conference`` inputs.

The strategies draw only values both the generated method and signalwire-sdk 3.7.5 accept and
treat alike (see the deliberate differences in the README): a test module imports them with
``from tests.conftest import ...``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import strategies as st
from swml_verbs import (
    Beep,
    CallbackEventType,
    HttpMethod,
    Record,
    RecordingStatusCallbackEvent,
    Region,
    StatusCallbackEvent,
    Trim,
)

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO / ".." / "shared"
UPSTREAM = SHARED / "upstream" / "swml"


Kwargs = dict[str, Any]

# -- scalars ---------------------------------------------------------------------------------------

names = st.text(min_size=1, max_size=20).filter(lambda s: s.strip() != "")
#: ``${...}`` / ``%{...}`` with a body both patterns accept (no newline: ``.`` stops there).
swml_vars = st.builds(
    lambda sigil, body: f"{sigil}{{{body}}}",
    st.sampled_from("$%"),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz._0123456789", max_size=12),
)
_host = st.from_regex(r"[a-z][a-z0-9-]{0,12}\.(com|org|io)", fullmatch=True)
_path = st.from_regex(r"(/[A-Za-z0-9._~-]{0,10}){0,3}(\?[a-z]=[0-9]{1,3})?", fullmatch=True)
http_urls = st.builds(
    lambda scheme, host, path: f"{scheme}://{host}{path}",
    st.sampled_from(["http", "https"]),
    _host,
    _path,
)
wss_urls = st.builds(lambda host, path: f"wss://{host}{path}", _host, _path)
max_participants = st.integers(min_value=2, max_value=100000) | swml_vars
non_empty_text = st.text(min_size=1, max_size=20)


def member_or_value(enum: type[Any], values: list[str] | None = None) -> st.SearchStrategy[Any]:
    """A member of ``enum`` or its plain string; the reference is always given the string."""
    members = [m for m in enum if values is None or m.value in values]
    return st.sampled_from(members) | st.sampled_from([m.value for m in members])


def plain(value: Any) -> Any:
    """A member as its wire string, as the reference is called; anything else as it is."""
    return str(value) if isinstance(value, str) and type(value) is not str else value


def event_lists(enum: type[Any]) -> st.SearchStrategy[Any]:
    """One event as a member or string, a space-joined string, or a list of members/strings."""
    one = member_or_value(enum)
    several = st.lists(one, min_size=1, max_size=4)
    return one | several | several.map(lambda vs: " ".join(str(v) for v in vs))


# -- result ----------------------------------------------------------------------------------------

swml_methods = st.sampled_from(
    [{"hangup": {}}, {"play": {"url": "say:hi"}}, {"answer": {}}, {"hangup": {"reason": "busy"}}]
)
method_lists = st.lists(swml_methods, max_size=3)
_switches = st.fixed_dictionaries(
    {
        "variable": st.text(max_size=10),
        "case": st.dictionaries(st.text(max_size=8), method_lists, max_size=3),
    },
    optional={"default": method_lists},
)
_cond_items = st.fixed_dictionaries(
    {"when": st.text(max_size=12), "then": method_lists}, optional={"else": method_lists}
) | st.fixed_dictionaries({"else": method_lists})
results = _switches | st.lists(_cond_items, min_size=1, max_size=3)

streams = st.fixed_dictionaries(
    {"url": wss_urls},
    optional={
        "name": st.text(max_size=10),
        "codec": st.sampled_from(["PCMU", "PCMA", "L16@24000h@40i"]),
        "status_url": http_urls,
        "status_url_method": st.sampled_from(["GET", "POST"]),
        "realtime": st.booleans() | swml_vars,
        "authorization_bearer_token": st.text(max_size=10),
        "custom_parameters": st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=2),
    },
)

# -- whole calls -----------------------------------------------------------------------------------

#: Options whose every drawn value both implementations accept and emit alike.
SHARED_OPTIONS: dict[str, st.SearchStrategy[Any]] = {
    "muted": st.booleans() | swml_vars,
    "beep": member_or_value(Beep),
    # The reference drops a truthy SWML variable here (a deliberate difference): booleans only.
    "start_on_enter": st.booleans(),
    "end_on_exit": st.booleans() | swml_vars,
    "wait_url": http_urls | swml_vars,
    "max_participants": max_participants,
    "record": member_or_value(Record),
    "region": member_or_value(Region),
    "trim": member_or_value(Trim),
    "coach": non_empty_text,
    "status_callback_event": event_lists(StatusCallbackEvent),
    "status_callback": http_urls,
    "status_callback_method": member_or_value(HttpMethod),
    "recording_status_callback": http_urls,
    "recording_status_callback_method": member_or_value(HttpMethod),
    "recording_status_callback_event": event_lists(RecordingStatusCallbackEvent),
    "result": results,
}

#: Options the reference does not have (added by later upstream schemas).
OWN_OPTIONS: dict[str, st.SearchStrategy[Any]] = {
    "status_callback_event_type": member_or_value(CallbackEventType),
    "recording_status_callback_event_type": member_or_value(CallbackEventType),
    "stream": streams,
}


def option_subsets(options: dict[str, st.SearchStrategy[Any]]) -> st.SearchStrategy[Kwargs]:
    """Any subset of ``options``, each with a drawn value."""
    return st.fixed_dictionaries({}, optional=options)


shared_kwargs = option_subsets(SHARED_OPTIONS)


#: Options whose value may be a list of members, which the reference takes as one joined string.
EVENT_OPTIONS = frozenset({"status_callback_event", "recording_status_callback_event"})


def reference_kwargs(kwargs: Kwargs) -> Kwargs:
    """The reference's arguments for a call of ours: plain strings, event lists joined by single
    spaces (the spec's ``x-separator``)."""
    return {
        key: " ".join(map(plain, value))
        if key in EVENT_OPTIONS and isinstance(value, list)
        else plain(value)
        for key, value in kwargs.items()
    }
