"use strict";
// Generated from spec by `python -m codegen generate` — do not edit.
// Inputs (spec and codegen/templates/ts): sha256:2864f87bf24d895d
Object.defineProperty(exports, "__esModule", { value: true });
