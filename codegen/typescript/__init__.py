"""The TypeScript renderer: the npm package ``swml-verbs`` (generated/ts/) from the same IR as
the Python package, with the same decisions and the same ``expected`` words (``render.py``)."""
