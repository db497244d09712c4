// Generated from spec by `python -m codegen generate` — do not edit.
// Inputs (spec and codegen/templates): sha256:754fde72dfb16c8a
export {};
