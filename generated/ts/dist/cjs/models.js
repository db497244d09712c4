"use strict";
// Generated from spec by `python -m codegen generate` — do not edit.
// Inputs (spec and codegen/templates/ts): sha256:7e7c143709415df7
Object.defineProperty(exports, "__esModule", { value: true });
