import type { Problem } from "./runtime.js";
/**
 * Every fault of `document`, a whole SWML document such as `SWML.toDict` gives; `[]` when it is
 * valid.
 *
 * Each {@link Problem} has the fault's `path` (`sections.main[2].play.url`), `pointer` (the JSON
 * pointer, `/sections/main/2/play/url`), `verb` (the verb it is in, or ""), the `value` found
 * (`MISSING` for a required key not there), what is `expected` and the `message`. The faults
 * inside a verb come in the order its checker meets them; every unknown key is one.
 */
export declare function validate(document: unknown): Problem[];
