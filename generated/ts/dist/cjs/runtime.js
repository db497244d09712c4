"use strict";
// Generated from spec by `python -m codegen generate` — do not edit.
// Inputs (spec and codegen/templates/ts): sha256:47bdf9f1c53e09d1
Object.defineProperty(exports, "__esModule", { value: true });
exports.SWML_VAR = exports.DocumentReadError = exports.InvalidDocumentError = exports.Invalid = exports.InvalidArgumentError = exports.MISSING = void 0;
exports.documentProblem = documentProblem;
exports.tooDeep = tooDeep;
exports.checkDocument = checkDocument;
exports.readJson = readJson;
exports.isBlank = isBlank;
exports.cpLength = cpLength;
exports.ecmaPattern = ecmaPattern;
exports.urlPattern = urlPattern;
exports.isVar = isVar;
exports.isInteger = isInteger;
exports.isNumber = isNumber;
exports.isPlainObject = isPlainObject;
exports.asObject = asObject;
exports.asList = asList;
exports.own = own;
exports.keyCount = keyCount;
exports.setKey = setKey;
exports.byCodePoint = byCodePoint;
exports.pyRepr = pyRepr;
exports.missingKey = missingKey;
exports.unknownKeys = unknownKeys;
exports.unknownKeyText = unknownKeyText;
exports.closeKey = closeKey;
exports.jsonCopy = jsonCopy;
exports.joinValues = joinValues;
exports.noVariantText = noVariantText;
exports.fitting = fitting;
exports.pickVariant = pickVariant;
exports.firstOf = firstOf;
exports.jsonEqual = jsonEqual;
exports.options = options;
exports.objectArgument = objectArgument;
exports.unionArgument = unionArgument;
exports.valueArgument = valueArgument;
exports.swmlDocument = swmlDocument;
exports.flagGives = flagGives;
exports.clamped = clamped;
exports.helperAction = helperAction;
exports.helperValue = helperValue;
exports.actionArgument = actionArgument;
/** The members of `set`, in its order. */
function members(set) {
    const out = [];
    set.forEach((value) => {
        out.push(value);
    });
    return out;
}
/** A key that was not given (a refused value is `undefined` only when it is missing). */
exports.MISSING = Symbol("MISSING");
/**
 * A chaining method refused a value: names the method, the parameter, the value and what is
 * allowed, and for a value inside an object or list, where in it the fault is (`path`).
 *
 * Nothing was added to the document or result.
 */
class InvalidArgumentError extends Error {
    /** The method that refused the value, such as `joinConference`. */
    method;
    /** The parameter or option that holds the refused value, such as `maxParticipants`. */
    parameter;
    /** The value given for `parameter`. */
    value;
    /** What `parameter` may be. */
    expected;
    /** Where the refused value is inside `parameter` (`devices[1].to`), or "" for the whole. */
    innerPath;
    /** The refused value at `innerPath`. */
    innerValue;
    /** What the value at `innerPath` may be. */
    innerExpected;
    constructor(method, parameter, value, expected, innerPath = "", innerValue = undefined, innerExpected = "") {
        super("");
        this.name = "InvalidArgumentError";
        this.method = method;
        this.parameter = parameter;
        this.value = value === exports.MISSING ? undefined : value;
        this.expected = expected;
        this.innerPath = innerPath;
        this.innerValue = innerValue;
        this.innerExpected = innerExpected;
        this.message = this.describe();
    }
    /** Where the refused value is: `connect.serial[1].to`, `cond[0].then`. */
    get path() {
        const inner = (this.innerPath || this.parameter).replace(/\.{2,}/g, ".").replace(/^\.+/, "");
        return this.method + (inner.startsWith("[") ? "" : ".") + inner;
    }
    // Parameter first, as users of the reference SDKs read and match refusals ("beep must be one
    // of ..."); a fault nested in the value is named by its place in it.
    describe() {
        let inner = this.innerPath.replace(/\.{2,}/g, ".").replace(/^\.+/, "");
        if (inner && inner !== this.parameter) {
            if (!inner.startsWith(this.parameter)) {
                inner = this.parameter + (inner.startsWith("[") ? "" : ".") + inner;
            }
            return `${this.method}(): ${said(inner, this.innerValue, this.innerExpected)}`;
        }
        const value = this.innerValue === exports.MISSING && inner === this.parameter ? exports.MISSING : this.value;
        return `${this.method}(): ${said(this.parameter, value, this.expected)}`;
    }
}
exports.InvalidArgumentError = InvalidArgumentError;
/**
 * A refusal in the words of every message: `beep must be one of "true", "false"; got
 * "invalid"`, then why no variant fits when the checker said so (the text after the first `; `
 * of `expected`).
 */
function said(subject, value, expected) {
    if (value === exports.MISSING) {
        return `${subject} is missing; it must be ${expected}`;
    }
    if (expected.startsWith("no such key here") || expected.startsWith("nested too deeply")) {
        return `${subject}: ${expected}`;
    }
    if (!expected) {
        return `${subject} is not allowed; got ${shown(value)}`;
    }
    const cut = expected.indexOf("; ");
    const allowed = cut < 0 ? expected : expected.slice(0, cut);
    const why = cut < 0 ? "" : expected.slice(cut);
    return `${subject} must be ${allowed}; got ${shown(value)}${why}`;
}
/** A value as messages show it: JSON where it is JSON, at most 200 characters. */
function shown(value) {
    let text;
    try {
        text = value === undefined ? "undefined" : (JSON.stringify(value) ?? String(value));
    }
    catch {
        text = Object.prototype.toString.call(value);
    }
    return text.length <= 200 ? text : text.slice(0, 197) + "...";
}
/**
 * Thrown inside a checker with `(path, value, expected)`; the chaining method that called it
 * turns it into an {@link InvalidArgumentError} naming its own parameter.
 */
class Invalid {
    path;
    value;
    expected;
    constructor(path, value, expected) {
        this.path = path;
        this.value = value;
        this.expected = expected;
    }
}
exports.Invalid = Invalid;
/** The problem of the value at `path` (a checker's path: a leading `.` is dropped). */
function documentProblem(path, value, expected, verb = "", pointer = "") {
    const at = path.replace(/^\.+/, "");
    const message = said(at || "the document", value, expected);
    return { path: at, pointer, verb, value, expected, message };
}
/**
 * A SWML document refused by `SWML.fromDict` (or `fromJSON`): `problems` holds every fault, as
 * `validate` finds them; `path`, `value` and `expected` are the first one's, and the message is
 * one line per problem.
 */
class InvalidDocumentError extends InvalidArgumentError {
    problems;
    constructor(problems) {
        const [first] = problems;
        super("fromDict", "document", first.value, first.expected);
        this.name = "InvalidDocumentError";
        this.problems = problems;
        this.message = problems.map((problem) => problem.message).join("\n");
    }
    /** Where the first problem is in the document. */
    get path() {
        return this.problems[0].path;
    }
}
exports.InvalidDocumentError = InvalidDocumentError;
/** Text that is not one JSON document (`SWML.fromJSON`): `reason` says why. */
class DocumentReadError extends Error {
    reason;
    constructor(reason) {
        super(reason);
        this.reason = reason;
        this.name = "DocumentReadError";
    }
}
exports.DocumentReadError = DocumentReadError;
/** What a document nested too deeply for the checkers' recursion holds: one problem. */
function tooDeep(document) {
    return documentProblem("", document, "nested too deeply to check within JavaScript's stack");
}
/**
 * The checked copy of a whole document by `check` (the spec's root checker). A refusal throws
 * {@link InvalidDocumentError} whose problems `every` finds (`validate`: only now, the document
 * refused, is every fault looked for), or else the one `check` names.
 */
function checkDocument(document, check, every) {
    try {
        return check(document, "");
    }
    catch (error) {
        if (error instanceof Invalid) {
            const [first, ...others] = every(document);
            const problems = first === undefined
                ? [documentProblem(error.path, error.value, error.expected)]
                : [first, ...others];
            throw new InvalidDocumentError(problems);
        }
        if (error instanceof RangeError) {
            throw new InvalidDocumentError([tooDeep(document)]);
        }
        throw error;
    }
}
/** The JSON document in `text`, for `SWML.fromJSON`; {@link DocumentReadError} when it is none. */
function readJson(text) {
    const body = text.replace(/^\uFEFF/, "");
    if (body.trim() === "") {
        throw new DocumentReadError("the document is empty");
    }
    try {
        return JSON.parse(body);
    }
    catch (error) {
        throw new DocumentReadError(`invalid JSON: ${error.message}`);
    }
}
/**
 * Python's whitespace (`str.isspace`, `re`'s `\s`), which differs from ECMA-262's `\s`: it has
 * U+001C-U+001F and U+0085 and lacks U+FEFF.
 */
const SPACE = "\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const BLANK = new RegExp(`^[${SPACE}]*$`, "u");
/** Empty or only whitespace, as Python's `s.strip() == ""`. */
function isBlank(value) {
    return BLANK.test(value);
}
/** The length in code points, as Python's `len` and JSON Schema count it. */
function cpLength(value) {
    let length = value.length;
    for (let i = 0; i < value.length - 1; i++) {
        const unit = value.charCodeAt(i);
        if (unit >= 0xd800 && unit <= 0xdbff) {
            const next = value.charCodeAt(i + 1);
            if (next >= 0xdc00 && next <= 0xdfff) {
                length--;
                i++;
            }
        }
    }
    return length;
}
/**
 * A spec pattern (ECMA-262, unanchored, as JSON Schema means it). With the `u` flag where the
 * pattern is valid with it, so that `.` is one code point, as in the Python package; otherwise
 * as written (Annex B syntax).
 */
function ecmaPattern(pattern) {
    try {
        return new RegExp(pattern, "u");
    }
    catch {
        return new RegExp(pattern);
    }
}
/** An absolute URL of `scheme` (a pattern): a host character, then no whitespace. */
function urlPattern(scheme) {
    return new RegExp(`^${scheme}://[^${SPACE}/?#][^${SPACE}]*$`, "u");
}
/**
 * A SWML variable reference (`$defs/SWMLVar` in the spec), such as `${call.from}`: the spec's
 * ECMA-262 pattern as is.
 */
exports.SWML_VAR = ecmaPattern("^[\\$%]\\{.*\\}$");
function isVar(value) {
    return typeof value === "string" && exports.SWML_VAR.test(value);
}
/** An integer: a JavaScript number with no fraction (`5.0` is `5` here; see the README). */
function isInteger(value) {
    return typeof value === "number" && Number.isInteger(value);
}
/** A JSON number: finite. */
function isNumber(value) {
    return typeof value === "number" && Number.isFinite(value);
}
/** A plain object (a JSON object): not an array, a class instance, a Map or null. */
function isPlainObject(value) {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
        return false;
    }
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
}
function asObject(value, path, expected) {
    if (isPlainObject(value)) {
        return value;
    }
    throw new Invalid(path, value, expected);
}
function asList(value, path, expected) {
    if (Array.isArray(value)) {
        return value;
    }
    throw new Invalid(path, value, expected);
}
/** The value of an own key (a key whose value is `undefined` counts as not given). */
function own(object, key) {
    return Object.hasOwn(object, key) ? object[key] : undefined;
}
/** How many keys have a value (not `undefined`). */
function keyCount(object) {
    let count = 0;
    for (const key of Object.keys(object)) {
        if (object[key] !== undefined) {
            count++;
        }
    }
    return count;
}
/** Set `key` as an own property, even `__proto__`. */
function setKey(object, key, value) {
    if (key === "__proto__") {
        Object.defineProperty(object, key, {
            value,
            enumerable: true,
            writable: true,
            configurable: true,
        });
    }
    else {
        object[key] = value;
    }
}
/** Python's order of strings: by code point (JavaScript's `sort` compares UTF-16 units). */
function byCodePoint(a, b) {
    const x = Array.from(a);
    const y = Array.from(b);
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
        const d = (x[i]?.codePointAt(0) ?? 0) - (y[i]?.codePointAt(0) ?? 0);
        if (d !== 0) {
            return d;
        }
    }
    return x.length - y.length;
}
/** A string as Python's `repr` shows it, for the messages the two packages share. */
function pyRepr(value) {
    const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
    let out = quote;
    for (const char of value) {
        const code = char.codePointAt(0) ?? 0;
        if (char === quote || char === "\\") {
            out += "\\" + char;
        }
        else if (char === "\t") {
            out += "\\t";
        }
        else if (char === "\n") {
            out += "\\n";
        }
        else if (char === "\r") {
            out += "\\r";
        }
        else if (code < 0x20 || code === 0x7f) {
            out += "\\x" + code.toString(16).padStart(2, "0");
        }
        else if (NON_PRINTABLE.test(char)) {
            const hex = code.toString(16);
            if (code <= 0xff) {
                out += "\\x" + hex.padStart(2, "0");
            }
            else if (code <= 0xffff) {
                out += "\\u" + hex.padStart(4, "0");
            }
            else {
                out += "\\U" + hex.padStart(8, "0");
            }
        }
        else {
            out += char;
        }
    }
    return out + quote;
}
const NON_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;
/**
 * Throw for the required `key` that `value` lacks, or for the unknown keys it holds if any: a
 * misspelt key (`phrse`) is the likeliest reason one is missing, and its refusal names the key
 * meant.
 */
function missingKey(value, known, path, key, expected) {
    unknownKeys(value, known, path);
    throw new Invalid(`${path}.${key}`, exports.MISSING, expected);
}
/** Throw for the first key of `value` the object does not have, naming the others too. */
function unknownKeys(value, known, path) {
    const extra = Object.keys(value)
        .filter((key) => !known.has(key) && value[key] !== undefined)
        .sort(byCodePoint);
    const first = extra[0];
    if (first === undefined) {
        return;
    }
    throw new Invalid(`${path}.${first}`, value[first], unknownKeyText(extra, known));
}
/**
 * What is wrong with the unknown keys `extra` (sorted) of an object whose keys are `known`: the
 * first is the one refused, the others are named after it.
 */
function unknownKeyText(extra, known) {
    const allowed = listed(members(known)) || "no keys";
    const first = extra[0] ?? "";
    let text = `no such key here${guess(first, known, ", did you mean ", "?")} (allowed: ${allowed})`;
    if (extra.length > 1) {
        text +=
            "; also unknown here: " +
                extra
                    .slice(1)
                    .map((key) => withGuess(key, known))
                    .join(", ");
    }
    return text;
}
/** The matching characters of `a` and `b`, as Python's difflib.SequenceMatcher counts them. */
function matchingCharacters(a, b) {
    const where = new Map();
    b.forEach((char, j) => {
        const seen = where.get(char);
        if (seen === undefined) {
            where.set(char, [j]);
        }
        else {
            seen.push(j);
        }
    });
    let matched = 0;
    const queue = [[0, a.length, 0, b.length]];
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
        const [alo, ahi, blo, bhi] = next;
        // The longest common block, the first in `a` (then in `b`) of those as long.
        let besti = alo;
        let bestj = blo;
        let size = 0;
        let lengths = new Map();
        for (let i = alo; i < ahi; i++) {
            const longer = new Map();
            for (const j of where.get(a[i] ?? "") ?? []) {
                if (j < blo) {
                    continue;
                }
                if (j >= bhi) {
                    break;
                }
                const k = (lengths.get(j - 1) ?? 0) + 1;
                longer.set(j, k);
                if (k > size) {
                    besti = i - k + 1;
                    bestj = j - k + 1;
                    size = k;
                }
            }
            lengths = longer;
        }
        if (size > 0) {
            matched += size;
            if (alo < besti && blo < bestj) {
                queue.push([alo, besti, blo, bestj]);
            }
            if (besti + size < ahi && bestj + size < bhi) {
                queue.push([besti + size, ahi, bestj + size, bhi]);
            }
        }
    }
    return matched;
}
/**
 * The known key nearest `key`, as Python's difflib.get_close_matches finds it (a ratio of 0.6 at
 * least; of equal ratios the greatest key), for "did you mean"; `null` when none is that near.
 */
function closeKey(key, known) {
    const word = Array.from(key);
    let best = null;
    let bestScore = 0;
    for (const candidate of members(known)) {
        const chars = Array.from(candidate);
        const total = chars.length + word.length;
        const score = total === 0 ? 1 : (2 * matchingCharacters(chars, word)) / total;
        if (score < 0.6) {
            continue;
        }
        if (best === null ||
            score > bestScore ||
            (score === bestScore && byCodePoint(candidate, best) > 0)) {
            best = candidate;
            bestScore = score;
        }
    }
    return best;
}
function guess(key, known, before, after) {
    const found = closeKey(key, known);
    return found === null ? "" : before + found + after;
}
function withGuess(key, known) {
    return key + guess(key, known, " (did you mean ", "?)");
}
function listed(keys) {
    return Array.from(keys).sort(byCodePoint).join(", ");
}
/** A copy of a JSON value; anything JSON cannot hold is refused. */
function jsonCopy(value, path = "") {
    if (value === null || typeof value === "string" || typeof value === "boolean") {
        return value;
    }
    if (typeof value === "number") {
        if (Number.isFinite(value)) {
            return value;
        }
    }
    else if (Array.isArray(value)) {
        return value.map((item, i) => jsonCopy(item, `${path}[${i}]`));
    }
    else if (isPlainObject(value)) {
        const out = {};
        for (const key of Object.keys(value)) {
            const item = value[key];
            if (item !== undefined) {
                setKey(out, key, jsonCopy(item, `${path}.${key}`));
            }
        }
        return out;
    }
    throw new Invalid(path, value, "a JSON value (object, list, string, number, boolean or null)");
}
function isIterable(value) {
    return (typeof value === "object" && value !== null && !isPlainObject(value) && Symbol.iterator in value);
}
/** One wire string from a value, an array (or other iterable) of values, or a joined string. */
function joinValues(value, path, allowed, separator, expected) {
    let parts;
    if (typeof value === "string") {
        parts = value.split(separator);
    }
    else if (Array.isArray(value)) {
        parts = value;
    }
    else if (isIterable(value)) {
        parts = Array.from(value);
    }
    else {
        throw new Invalid(path, value, expected);
    }
    if (parts.length === 0 || !parts.every((part) => typeof part === "string" && allowed.has(part))) {
        throw new Invalid(path, value, expected);
    }
    return parts.join(separator);
}
/** The members of `set` not in `other`. */
function without(set, other) {
    return members(set).filter((key) => !other.has(key));
}
/**
 * Why an object with `keys` fits none of the object `variants`: the keys no variant takes (with
 * the nearest known key), the variant that came closest and what it lacks, then the variants'
 * keys, those every variant takes named once.
 */
function noVariantText(keys, variants, expected) {
    const given = new Set(keys);
    const objects = variants.filter((x) => x[1] !== null);
    const parts = [expected];
    if (objects.length === variants.length && objects.every(([, , , closed]) => closed)) {
        const known = new Set();
        for (const [, set] of objects) {
            set.forEach((key) => known.add(key));
        }
        const stray = keys.filter((key) => !known.has(key)).sort(byCodePoint);
        if (stray.length === 1) {
            parts.push(`the key ${withGuess(stray[0] ?? "", known)} fits no variant`);
        }
        else if (stray.length > 0) {
            parts.push(`the keys ${stray.map((key) => withGuess(key, known)).join(", ")} fit no variant`);
        }
    }
    const faults = ([, known, required, closed]) => [closed ? keys.filter((key) => !known.has(key)) : [], without(required, given)];
    // The first of the variants with the fewest keys to drop or add.
    let nearest = objects[0];
    let fewest = Infinity;
    for (const x of objects) {
        const [unknown, missing] = faults(x);
        if (unknown.length + missing.length < fewest) {
            nearest = x;
            fewest = unknown.length + missing.length;
        }
    }
    const [unknown, missing] = faults(nearest);
    const lacks = [];
    if (unknown.length > 0) {
        lacks.push(`does not take ${listed(unknown)}`);
    }
    if (missing.length > 0) {
        lacks.push(`requires ${listed(missing)}`);
    }
    const name = objects.length > 1 ? `the nearest variant, ${nearest[0]},` : nearest[0];
    parts.push(`${name} ${lacks.join(" and ")}`);
    const every = (pick) => new Set(members(pick(nearest)).filter((key) => objects.every((x) => pick(x).has(key))));
    const common = objects.length > 1 ? every((x) => x[1]) : new Set();
    const commonRequired = common.size > 0 ? every((x) => x[2]) : new Set();
    if (common.size > 0) {
        const requires = commonRequired.size > 0 ? ` and requires ${listed(commonRequired)}` : "";
        parts.push(`every variant takes ${listed(common)}${requires}`);
    }
    for (const [variant, known, required] of objects) {
        const said = [];
        const own = without(known, common);
        if (own.length > 0) {
            said.push(`${common.size > 0 ? "also " : ""}takes ${listed(own)}`);
        }
        const needs = without(required, commonRequired);
        if (needs.length > 0) {
            said.push(`requires ${listed(needs)}`);
        }
        if (said.length > 0 || common.size === 0) {
            parts.push(`${variant} ${said.length > 0 ? said.join(" and ") : "takes no keys"}`);
        }
    }
    return parts.join("; ");
}
/**
 * The variants an object with `keys` (those given) may be, as `pickVariant` reads them: each has
 * its required keys, and a closed one no other key.
 */
function fitting(keys, variants) {
    return variants.filter(([, known, required, closed]) => known === null ||
        (members(required).every((k) => keys.includes(k)) &&
            (!closed || keys.every((k) => known.has(k)))));
}
/**
 * Check `value` as the variant its keys select; refuse keys that fit none, naming each variant
 * with its keys, and (`exclusive`, a oneOf) a value that two variants accept.
 */
function pickVariant(value, path, variants, exclusive, expected) {
    const v = asObject(value, path, expected);
    const keys = Object.keys(v).filter((key) => v[key] !== undefined);
    const fits = fitting(keys, variants);
    if (fits.length === 1) {
        return fits[0][4](v, path);
    }
    if (fits.length === 0) {
        throw new Invalid(path, value, noVariantText(keys, variants, expected));
    }
    const accepted = [];
    let first;
    for (const [name, , , , check] of fits) {
        let out;
        try {
            out = check(v, path);
        }
        catch (error) {
            if (!(error instanceof Invalid)) {
                throw error;
            }
            first ??= error;
            continue;
        }
        if (!exclusive) {
            return out;
        }
        accepted.push([name, out]);
    }
    if (accepted.length === 1) {
        return accepted[0][1];
    }
    if (accepted.length > 0) {
        const names = accepted.map(([name]) => name).join(" and ");
        throw new Invalid(path, value, `${expected}, exactly one of them (it fits ${names})`);
    }
    throw first;
}
/** The first of `checkers` that accepts `value`. */
function firstOf(value, path, checkers, expected) {
    for (const check of checkers) {
        try {
            return check(value, path);
        }
        catch (error) {
            if (!(error instanceof Invalid)) {
                throw error;
            }
        }
    }
    throw new Invalid(path, value, expected);
}
/** Whether two JSON values are equal (a value equal to an option's default is left out). */
function jsonEqual(a, b) {
    if (a === b) {
        return true;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
    }
    if (isPlainObject(a) && isPlainObject(b)) {
        const keys = Object.keys(a);
        return (keys.length === Object.keys(b).length &&
            keys.every((key) => Object.hasOwn(b, key) && jsonEqual(a[key], b[key])));
    }
    return false;
}
function options(extra, rows) {
    return {
        extra,
        rows,
        byOption: new Map(rows.map((row) => [row[0], row])),
        byWire: new Map(rows.map((row) => [row[1], row])),
    };
}
/** The wire object of an options object: keys renamed, unknown ones refused. */
function wireOptions(method, given, table, into) {
    if (given === undefined || given === null) {
        return;
    }
    if (!isPlainObject(given)) {
        throw new InvalidArgumentError(method, "options", given, "an options object");
    }
    for (const key of Object.keys(given)) {
        const value = given[key];
        if (value === undefined) {
            continue;
        }
        const row = table.byOption.get(key);
        if (row === undefined) {
            if (table.extra !== null && !table.byWire.has(key)) {
                setKey(into, key, value);
                continue;
            }
            const allowed = table.rows.map((row) => row[0]).join(", ") || "none";
            throw new InvalidArgumentError(method, key, value, `no such option (allowed: ${allowed})`);
        }
        if (value !== null || row[2]) {
            setKey(into, row[1], value);
        }
    }
}
function rethrow(error, refuse) {
    if (error instanceof Invalid) {
        throw refuse(error);
    }
    throw error;
}
/** The error for `error`, raised inside the option its path starts with (an object verb). */
function refusedOption(method, given, error, table) {
    const path = error.path.replace(/^\.+/, "");
    const wire = path.split(/[.[]/, 1)[0] ?? "";
    const row = table.byWire.get(wire);
    const option = row?.[0] ?? wire;
    let expected = row?.[3] ?? table.extra ?? error.expected;
    if (path === wire && error.expected.startsWith(expected)) {
        // The option's own checker said more (why no variant of a union fits), as Python's.
        expected = error.expected;
    }
    return new InvalidArgumentError(method, option, own(given, wire), expected, option + path.slice(wire.length), error.value, error.expected);
}
/** An object verb: the options renamed to wire keys and checked as the verb's object. */
function objectArgument(method, given, table, check) {
    const wire = {};
    wireOptions(method, given, table, wire);
    try {
        return check(wire, "");
    }
    catch (error) {
        return rethrow(error, (e) => refusedOption(method, wire, e, table));
    }
}
/**
 * A union of object variants: the options renamed to wire keys and checked as the union (the
 * keys pick the variant); with `shortForm`, a value that is not an object is the scalar form.
 */
function unionArgument(method, given, table, check, expected, shortForm) {
    if (shortForm && given !== undefined && given !== null && !isPlainObject(given)) {
        return valueArgument(method, given, check, expected);
    }
    const wire = {};
    wireOptions(method, given, table, wire);
    try {
        return check(wire, "");
    }
    catch (error) {
        return rethrow(error, (e) => {
            const path = e.path.replace(/^\.+/, "");
            const key = path.split(/[.[]/, 1)[0] ?? "";
            if (key && Object.hasOwn(wire, key)) {
                const option = table.byWire.get(key)?.[0] ?? key;
                if (path === key) {
                    return new InvalidArgumentError(method, option, e.value, e.expected);
                }
                // What the option as a whole may be depends on the variant; the inner fault says it.
                const inner = option + path.slice(key.length);
                return new InvalidArgumentError(method, option, wire[key], "", inner, e.value, e.expected);
            }
            return new InvalidArgumentError(method, "options", given, e.expected);
        });
    }
}
/** A scalar, list or map argument: the value itself. */
function valueArgument(method, value, check, expected) {
    try {
        return check(value, "");
    }
    catch (error) {
        return rethrow(error, (e) => {
            if (!e.path.replace(/^\.+|\.+$/g, "")) {
                // Refused as a whole: the checker's own reason is the more precise one (as Python's).
                return new InvalidArgumentError(method, "value", value, e.expected);
            }
            return new InvalidArgumentError(method, "value", value, expected, e.path, e.value, e.expected);
        });
    }
}
/**
 * A FunctionResult helper's parameter: its name, where its value lands, the value given, its
 * default (`MISSING`: required), and the value at which it is left out (`MISSING`: never).
 */
/**
 * The SWML document `content` holds, for its checker to judge: JSON text read (as
 * `SWML.fromJSON` reads it), an object's `toDict()`, a plain object as it is. Text that is not a
 * JSON document is refused; any other value is a `TypeError`, as in the reference.
 */
function swmlDocument(method, parameter, content) {
    if (typeof content === "string") {
        try {
            return readJson(content);
        }
        catch (error) {
            const expected = "a SWML document as JSON text, an object or an object with toDict(); the text is not a " +
                `JSON document (${error.message})`;
            throw new InvalidArgumentError(method, parameter, content, expected);
        }
    }
    if (typeof content === "object" && content !== null) {
        const toDict = content.toDict;
        if (typeof toDict === "function") {
            return toDict.call(content);
        }
        if (isPlainObject(content)) {
            return content;
        }
    }
    throw new TypeError(`${method}(): ${parameter} must be JSON text, an object or an object with toDict(); got ${typeof content}`);
}
/** A path as the checkers spell the place of a fault: `.SWML.sections.main[0].pay`. */
function spelled(path) {
    return path.map((key) => (typeof key === "number" ? `[${key}]` : `.${key}`)).join("");
}
/**
 * A flag's value: `gives` for `true`, `false` (left out) for `false`, `undefined` when not given;
 * anything else is refused, naming the flag.
 */
function flagGives(method, name, value, gives, expected) {
    if (value === true) {
        return gives;
    }
    if (value === false || value === undefined) {
        return value;
    }
    throw new InvalidArgumentError(method, name, value, expected);
}
/**
 * A number brought into `[low, high]`, as the reference does; any other value as given, for
 * the checker to judge.
 */
function clamped(value, low, high) {
    return typeof value === "number" ? Math.min(Math.max(value, low), high) : value;
}
/**
 * The action a FunctionResult helper emits: `action` (a fresh object) with each parameter's
 * value (its default when not given) put where it lands unless it is the value left out,
 * checked by the action's checker, then in the reference's short form if it has one. A refusal
 * names the parameter that holds the refused value; nothing is kept.
 */
function helperAction(method, check, action, params, short = []) {
    const values = [];
    for (const [, where, given, fallback, omitted] of params) {
        const value = given === undefined ? fallback : given;
        values.push(value);
        if (value === exports.MISSING || value === omitted) {
            continue;
        }
        let target = action;
        for (const key of where.slice(0, -1)) {
            if (target[key] === undefined) {
                target[key] = {};
            }
            target = target[key];
        }
        target[where[where.length - 1]] = value;
    }
    let checked;
    try {
        checked = check(action, "");
    }
    catch (error) {
        return rethrow(error, (e) => helperRefusal(method, action, params, values, e));
    }
    if (short.length > 0) {
        const outer = short.slice(0, -1);
        let target = checked;
        for (const key of outer.slice(0, -1)) {
            target = target[key];
        }
        const last = outer[outer.length - 1];
        const inner = target[last];
        const key = short[short.length - 1];
        if (Object.keys(inner).length === 1 && key in inner) {
            target[last] = inner[key];
        }
    }
    return checked;
}
/**
 * The object a static builder returns: its parameters' values put where they land, checked as
 * the first of its models that takes it. When none does, the refusal is the one of the model
 * that took the most parameters; where every model refuses the same value, it names what each
 * would take.
 */
function helperValue(method, checks, params) {
    const refusals = [];
    for (const check of checks) {
        try {
            // The checker has checked it as one of the models T names.
            return helperAction(method, check, {}, params);
        }
        catch (error) {
            if (!(error instanceof InvalidArgumentError)) {
                throw error;
            }
            refusals.push(error);
        }
    }
    const order = params.map(([name]) => name);
    let best = refusals[0];
    for (const refusal of refusals) {
        if (order.indexOf(refusal.parameter) > order.indexOf(best.parameter)) {
            best = refusal;
        }
    }
    const alike = refusals.filter((e) => e.parameter === best.parameter &&
        e.value === best.value &&
        e.innerPath === best.innerPath &&
        e.expected !== "");
    if (alike.length < 2 || best.innerPath) {
        throw best;
    }
    const wanted = [...new Set(alike.map((e) => e.expected))].join(" or ");
    throw new InvalidArgumentError(method, best.parameter, best.value, wanted);
}
/**
 * The refusal naming the parameter whose value holds the fault (the deepest place that holds
 * it), or else the arguments that fill the object at fault (a required key none of them gives).
 */
function helperRefusal(method, action, params, values, e) {
    const path = e.path.replace(/\.{2,}/g, ".");
    // The deepest place that holds the fault; at one place, a value put there before one left
    // out, and the last put (the one the action holds) before the others.
    let found;
    const around = {};
    params.forEach(([name, where, , , omitted], index) => {
        const at = spelled(where);
        const value = values[index];
        const put = value !== exports.MISSING && value !== omitted;
        const rank = (at.length * 2 + (put ? 1 : 0)) * (params.length + 1) + index;
        if (path === at || path.startsWith(`${at}.`) || path.startsWith(`${at}[`)) {
            if (found === undefined || rank > found[0]) {
                found = [rank, name, at, value];
            }
        }
        else if ((at.startsWith(`${path}.`) || at.startsWith(`${path}[`)) && put) {
            around[name] = value;
        }
    });
    if (found === undefined) {
        const given = Object.keys(around).length > 0 ? around : action;
        return new InvalidArgumentError(method, "arguments", given, e.expected);
    }
    const [, name, at, given] = found;
    if (path === at) {
        return new InvalidArgumentError(method, name, given, e.expected);
    }
    return new InvalidArgumentError(method, name, given, "", name + path.slice(at.length), e.value, e.expected);
}
/**
 * A FunctionResult action: the required values and the options as one wire object, checked;
 * options equal to their default are left out, and when only `short` is left, its value alone
 * is the argument (the reference SDK's short form).
 */
function actionArgument(method, required, given, table, check, short) {
    const wire = {};
    for (const [, key, value] of required) {
        setKey(wire, key, value);
    }
    wireOptions(method, given, table, wire);
    let out;
    try {
        out = check(wire, "");
    }
    catch (error) {
        return rethrow(error, (e) => {
            const path = e.path.replace(/^\.+/, "");
            const key = path.split(/[.[]/, 1)[0] ?? "";
            const named = required.find((entry) => entry[1] === key);
            if (named !== undefined) {
                const [parameter, , value, expected] = named;
                const inner = parameter + path.slice(key.length);
                return new InvalidArgumentError(method, parameter, value, expected, inner, e.value, e.expected);
            }
            return refusedOption(method, wire, e, table);
        });
    }
    if (!isPlainObject(out)) {
        return out;
    }
    const object = out;
    for (const row of table.rows) {
        if (row.length > 4 && Object.hasOwn(object, row[1]) && jsonEqual(object[row[1]], row[4])) {
            delete object[row[1]];
        }
    }
    const keys = Object.keys(object);
    return short !== null && keys.length === 1 && keys[0] === short
        ? (object[short] ?? null)
        : object;
}
