"""Benchmarks of the generated ``swml_verbs`` against the reference ``signalwire-sdk`` 3.7.5.

``python -m bench`` (or ``nox -s bench``) measures both sides in one process, interleaved, and
writes the table to ``docs/benchmarks.md``; ``python -m bench --quick`` is the CI smoke run.
"""
