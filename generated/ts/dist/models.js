// Generated from spec by `python -m codegen generate` — do not edit.
// Inputs (spec and codegen/templates/ts): sha256:073d38add7ad3b23
export {};
