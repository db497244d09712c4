// Generated from spec by `python -m codegen generate` — do not edit.
// Inputs (spec and codegen/templates/ts): sha256:f61722aae8373ddc
export {};
