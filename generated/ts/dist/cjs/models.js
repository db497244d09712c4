"use strict";
// Generated from spec by `python -m codegen generate` — do not edit.
// Inputs (spec and codegen/templates/ts): sha256:2ee18162f542a1eb
Object.defineProperty(exports, "__esModule", { value: true });
