"use strict";
// Generated from spec by `python -m codegen generate` — do not edit.
// Inputs (spec and codegen/templates/ts): sha256:b202e39fced365d5
Object.defineProperty(exports, "__esModule", { value: true });
