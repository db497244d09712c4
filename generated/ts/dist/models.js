// Generated from spec by `python -m codegen generate` — do not edit.
// Inputs (spec and codegen/templates): sha256:ef8c8680cb3901e1
export {};
