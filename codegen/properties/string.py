"""``type: string``: free text, or a URL (``format: uri``) limited to the allowed schemes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from codegen.text import PyCode


@dataclass(frozen=True)
class StringProperty:
    template: ClassVar[str] = "string"
    accepts_var: bool
    non_blank: bool = False
    #: For ``format: uri``: the schemes accepted (``x-url-schemes``), or () for any absolute URI.
    url_schemes: tuple[str, ...] | None = None

    def annotation(self) -> PyCode:
        return PyCode("str")

    @property
    def is_url(self) -> bool:
        return self.url_schemes is not None

    def url_pattern(self) -> str:
        """A Python regex for an absolute URL with one of the schemes and a non-empty host."""
        # Written for the engine's cost, not only its meaning: matching is part of every call that
        # passes a URL, and the benchmark profile showed each alternation branch and character
        # class counts. `https?` has no alternation; one host character then `\S*` is the same set
        # of strings as `[^\s/?#]+[^\s]*`, without a second character class to test per character.
        if set(self.url_schemes or ()) == {"http", "https"}:
            scheme = "https?"
        elif self.url_schemes:
            scheme = "(?:" + "|".join(re.escape(s) for s in self.url_schemes) + ")"
        else:
            return r"[A-Za-z][A-Za-z0-9+.-]*:\S+\Z"
        return scheme + r"://[^\s/?#]\S*\Z"

    def expected(self) -> str:
        if self.url_schemes:
            schemes = " or ".join(f"{s}://" for s in self.url_schemes)
            text = f"an absolute URL starting with {schemes}"
        elif self.url_schemes is not None:
            text = "an absolute URI"
        elif self.non_blank:
            text = "a non-blank string"
        else:
            text = "a string"
        return text + (" or a SWML variable such as '${name}'" if self.accepts_var else "")

    def admits(self, value: object) -> bool:
        return isinstance(value, str)
