// Generated from spec by `python -m codegen generate` — do not edit.
// Inputs (spec and codegen/templates/ts): sha256:12cbf8485cdbc772
export {};
