"use strict";
// Generated from spec by `python -m codegen generate` — do not edit.
// Inputs (spec and codegen/templates/ts): sha256:618d5ad0d5ed8e61
Object.defineProperty(exports, "__esModule", { value: true });
