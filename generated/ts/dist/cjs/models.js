"use strict";
// Generated from spec by `python -m codegen generate` — do not edit.
// Inputs (spec and codegen/templates/ts): sha256:a8d8431af0081005
Object.defineProperty(exports, "__esModule", { value: true });
