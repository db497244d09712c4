"use strict";
// Generated from spec by `python -m codegen generate` — do not edit.
// Inputs (spec and codegen/templates/ts): sha256:283b6b5ab0256d89
Object.defineProperty(exports, "__esModule", { value: true });
