// Generated from spec by `python -m codegen generate` — do not edit.
// Inputs (spec and codegen/templates): sha256:c17339d3f7a8a0c0
export {};
