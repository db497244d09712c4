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
        if self.url_schemes:
            scheme = "(?:" + "|".join(re.escape(s) for s in self.url_schemes) + ")"
            return scheme + r"://[^\s/?#]+[^\s]*\Z"
        return r"[A-Za-z][A-Za-z0-9+.-]*:[^\s]+\Z"

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
