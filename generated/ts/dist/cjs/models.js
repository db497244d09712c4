"use strict";
// Generated from spec by `python -m codegen generate` — do not edit.
// Inputs (spec and codegen/templates/ts): sha256:dbfe2cae9c215f5a
Object.defineProperty(exports, "__esModule", { value: true });
