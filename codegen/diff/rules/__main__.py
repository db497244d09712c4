"""``python -m codegen.diff.rules``: print the rules table of docs/spec-diff.md."""

from codegen.diff.rules import rules_table

print(rules_table())
