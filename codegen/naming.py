"""How wire names become Python and camelCase names when the spec gives no ``x-`` override."""

from __future__ import annotations

import keyword
import re

_WORDS = re.compile(r"[A-Z]+(?=[A-Z][a-z]|\b|[^A-Za-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")


def words(name: str) -> list[str]:
    """Split ``onEnter``, ``do-not-record``, ``status_callback`` and ``HTTPMethod`` into words."""
    return [w.lower() for w in _WORDS.findall(name)]


def snake(name: str) -> str:
    """``start_on_enter`` stays; ``onEnter`` -> ``on_enter``; a keyword gets ``_`` (``from_``)."""
    result = "_".join(words(name)) or "_"
    if result[0].isdigit():
        result = "_" + result
    return result + "_" if keyword.iskeyword(result) else result


def upper_snake(value: str) -> str:
    """Enum member names: ``onEnter`` -> ``ON_ENTER``, ``in-progress`` -> ``IN_PROGRESS``."""
    result = "_".join(words(value)).upper() or "EMPTY"
    return "_" + result if result[0].isdigit() else result


def pascal(name: str) -> str:
    """Class names: ``status_callback_event`` -> ``StatusCallbackEvent``."""
    result = "".join(w.capitalize() for w in words(name)) or "Unnamed"
    return "_" + result if result[0].isdigit() else result


def camel(name: str) -> str:
    """TypeScript-style option names: ``start_on_enter`` -> ``startOnEnter``."""
    parts = words(name)
    return parts[0] + "".join(w.capitalize() for w in parts[1:]) if parts else name
