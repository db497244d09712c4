"use strict";
// Generated from spec by `python -m codegen generate` — do not edit.
// Inputs (spec and codegen/templates/ts): sha256:9cf4e92ac7a1365a
Object.defineProperty(exports, "__esModule", { value: true });
