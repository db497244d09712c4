"""The swml_verbs generator: spec/ (JSON Schema + x- keywords) -> generated/swml_verbs.

Stages, each in its own module, each knowing nothing of the next:

- ``loader``: read YAML/JSON with line numbers, resolve ``file#/pointer``, validate the spec
  against the 2020-12 meta-schema and ``schemas/x-keywords.schema.json``.
- ``build`` with ``properties/``: turn the schema into the intermediate model of ``ir``
  (no Python syntax there), collecting every problem as a value instead of stopping at the first.
- ``models``: the pydantic models of the wire object, through datamodel-code-generator.
- ``render``: jinja2 templates in ``templates/`` for everything else; ruff formats the result.
- ``output``: compare (``--check``) or replace generated/ atomically.

Beside the pipeline: ``diff`` (the spec-diff review report, a rule registry) and ``sync`` (pull
SignalWire's published verb schema into the spec, keeping our ``x-`` annotations).
"""
