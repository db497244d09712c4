"use strict";
// Generated from spec by `python -m codegen generate` — do not edit.
// Inputs (spec and codegen/templates/ts): sha256:b79f93cf5b6cbacb
Object.defineProperty(exports, "__esModule", { value: true });
