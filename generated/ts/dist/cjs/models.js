"use strict";
// Generated from spec by `python -m codegen generate` — do not edit.
// Inputs (spec and codegen/templates/ts): sha256:e51c6cfdd4aca8e6
Object.defineProperty(exports, "__esModule", { value: true });
