# Generated from spec by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:9f291e4f18da12fd

"""``python -m swml_verbs check FILE...``: the ``swml-verbs`` command (``swml_verbs.cli``)."""

import sys

from swml_verbs.cli import main

if __name__ == "__main__":
    sys.exit(main())
