// Generated from spec by `python -m codegen generate` — do not edit.
// Inputs (spec and codegen/templates/ts): sha256:5f356490c617503a
export {};
