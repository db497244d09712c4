/**
 * Checks shared by the generated checkers and chaining methods, and the error they throw.
 *
 * A port of the Python package's `_runtime.py`: the same decisions, the same paths, the same
 * words. Where JavaScript reads text differently from Python, these helpers follow Python
 * (code point lengths, Python's whitespace), so that both packages refuse the same calls.
 *
 * @packageDocumentation
 */
/** A JSON value, as a checked argument is emitted. */
export type JsonValue = null | boolean | number | string | JsonValue[] | {
    [key: string]: JsonValue;
};
/** A JSON object. */
export type JsonObject = {
    [key: string]: JsonValue;
};
/**
 * A SWML variable reference such as `${call.from}` or `%{vars.digit}`: a string of the spec's
 * pattern's shape, so a plain string is refused where a number or a value set is meant; checked
 * against the pattern itself when the method is called.
 */
export type SwmlVariable = `\${${string}}` | `%{${string}}`;
/**
 * A list of values from a value set, sent as one string joined by the set's separator: give the
 * values as an array, or the already joined string.
 */
export type Joined<T extends string> = T | readonly T[] | (string & {});
/** A SWML document: `version` and named sections of verbs; execution starts at `main`. */
export interface SwmlDocument {
    version: "1.0.0";
    sections: {
        [section: string]: JsonObject[];
    };
}
/**
 * A set of strings as the checks read one: a `Set<string>` is one. Declared here rather than as
 * `ReadonlySet<string>` so that the package's declarations need no ES2015 library: a consumer
 * compiled with TypeScript 5's defaults (`--target es5`, whose library has no `Set`) reads them.
 */
export interface StringSet {
    has(value: string): boolean;
    forEach(each: (value: string) => void): void;
}
/** A map from strings as the option tables read one: a `Map<string, V>` is one ({@link StringSet}). */
export interface StringMap<V> {
    get(key: string): V | undefined;
    has(key: string): boolean;
}
/** A key that was not given (a refused value is `undefined` only when it is missing). */
export declare const MISSING: unique symbol;
/**
 * A chaining method refused a value: names the method, the parameter, the value and what is
 * allowed, and for a value inside an object or list, where in it the fault is (`path`).
 *
 * Nothing was added to the document or result.
 */
export declare class InvalidArgumentError extends Error {
    /** The method that refused the value, such as `joinConference`. */
    readonly method: string;
    /** The parameter or option that holds the refused value, such as `maxParticipants`. */
    readonly parameter: string;
    /** The value given for `parameter`. */
    readonly value: unknown;
    /** What `parameter` may be. */
    readonly expected: string;
    /** Where the refused value is inside `parameter` (`devices[1].to`), or "" for the whole. */
    readonly innerPath: string;
    /** The refused value at `innerPath`. */
    readonly innerValue: unknown;
    /** What the value at `innerPath` may be. */
    readonly innerExpected: string;
    constructor(method: string, parameter: string, value: unknown, expected: string, innerPath?: string, innerValue?: unknown, innerExpected?: string);
    /** Where the refused value is: `connect.serial[1].to`, `cond[0].then`. */
    get path(): string;
    private describe;
}
/**
 * Thrown inside a checker with `(path, value, expected)`; the chaining method that called it
 * turns it into an {@link InvalidArgumentError} naming its own parameter.
 */
export declare class Invalid {
    readonly path: string;
    readonly value: unknown;
    readonly expected: string;
    constructor(path: string, value: unknown, expected: string);
}
/** A checker: the JSON copy of a value it accepts; throws {@link Invalid} otherwise. */
export type Checker = (value: unknown, path: string) => JsonValue;
/** Empty or only whitespace, as Python's `s.strip() == ""`. */
export declare function isBlank(value: string): boolean;
/** The length in code points, as Python's `len` and JSON Schema count it. */
export declare function cpLength(value: string): number;
/**
 * A spec pattern (ECMA-262, unanchored, as JSON Schema means it). With the `u` flag where the
 * pattern is valid with it, so that `.` is one code point, as in the Python package; otherwise
 * as written (Annex B syntax).
 */
export declare function ecmaPattern(pattern: string): RegExp;
/** An absolute URL of `scheme` (a pattern): a host character, then no whitespace. */
export declare function urlPattern(scheme: string): RegExp;
/**
 * A SWML variable reference (`$defs/SWMLVar` in the spec), such as `${call.from}`: the spec's
 * ECMA-262 pattern as is.
 */
export declare const SWML_VAR: RegExp;
export declare function isVar(value: unknown): value is string;
/** An integer: a JavaScript number with no fraction (`5.0` is `5` here; see the README). */
export declare function isInteger(value: unknown): value is number;
/** A JSON number: finite. */
export declare function isNumber(value: unknown): value is number;
/** A plain object (a JSON object): not an array, a class instance, a Map or null. */
export declare function isPlainObject(value: unknown): value is {
    [key: string]: unknown;
};
export declare function asObject(value: unknown, path: string, expected: string): {
    [key: string]: unknown;
};
export declare function asList(value: unknown, path: string, expected: string): readonly unknown[];
/** The value of an own key (a key whose value is `undefined` counts as not given). */
export declare function own(object: {
    [key: string]: unknown;
}, key: string): unknown;
/** How many keys have a value (not `undefined`). */
export declare function keyCount(object: {
    [key: string]: unknown;
}): number;
/** Set `key` as an own property, even `__proto__`. */
export declare function setKey(object: {
    [key: string]: unknown;
}, key: string, value: unknown): void;
/** Python's order of strings: by code point (JavaScript's `sort` compares UTF-16 units). */
export declare function byCodePoint(a: string, b: string): number;
/** A string as Python's `repr` shows it, for the messages the two packages share. */
export declare function pyRepr(value: string): string;
/** Throw for the first key of `value` the object does not have (keys sorted as Python does). */
export declare function unknownKeys(value: {
    [key: string]: unknown;
}, known: StringSet, path: string): void;
/** A copy of a JSON value; anything JSON cannot hold is refused. */
export declare function jsonCopy(value: unknown, path?: string): JsonValue;
/** One wire string from a value, an array (or other iterable) of values, or a joined string. */
export declare function joinValues(value: unknown, path: string, allowed: StringSet, separator: string, expected: string): string;
/**
 * One object variant of a union: its name, its keys, its required keys, whether it is closed,
 * and its checker; keys `null` for a variant that takes any keys (a map).
 */
export type Variant = readonly [
    name: string,
    keys: StringSet | null,
    required: StringSet,
    closed: boolean,
    check: Checker
];
/**
 * Check `value` as the variant its keys select; refuse keys that fit none, naming each variant
 * with its keys, and (`exclusive`, a oneOf) a value that two variants accept.
 */
export declare function pickVariant(value: unknown, path: string, variants: readonly Variant[], exclusive: boolean, expected: string): JsonValue;
/** The first of `checkers` that accepts `value`. */
export declare function firstOf(value: unknown, path: string, checkers: readonly Checker[], expected: string): JsonValue;
/** Whether two JSON values are equal (a value equal to an option's default is left out). */
export declare function jsonEqual(a: unknown, b: unknown): boolean;
/**
 * One option of a method: its camelCase name, the wire key it fills, whether `null` is a value
 * (else `null`, like `undefined`, means "not given"), what it may be, and (FunctionResult
 * methods) the default a value equal to which is left out.
 */
export type OptionRow = readonly [
    option: string,
    wire: string,
    keepsNull: boolean,
    expected: string,
    dropped?: JsonValue
];
/** The options of one method, by name and by wire key. */
export interface Options {
    /** What a key beyond the named options may hold (an open object), or null: none allowed. */
    readonly extra: string | null;
    readonly rows: readonly OptionRow[];
    readonly byOption: StringMap<OptionRow>;
    readonly byWire: StringMap<OptionRow>;
}
export declare function options(extra: string | null, rows: readonly OptionRow[]): Options;
/** An object verb: the options renamed to wire keys and checked as the verb's object. */
export declare function objectArgument(method: string, given: unknown, table: Options, check: Checker): JsonValue;
/**
 * A union of object variants: the options renamed to wire keys and checked as the union (the
 * keys pick the variant); with `shortForm`, a value that is not an object is the scalar form.
 */
export declare function unionArgument(method: string, given: unknown, table: Options, check: Checker, expected: string, shortForm: boolean): JsonValue;
/** A scalar, list or map argument: the value itself. */
export declare function valueArgument(method: string, value: unknown, check: Checker, expected: string): JsonValue;
/**
 * A FunctionResult helper's parameter: its name, the key of the action's value it fills ("" for
 * the value itself), the value given, and its default (`MISSING`: required).
 */
export type HelperParam = readonly [name: string, key: string, given: unknown, fallback: unknown];
/**
 * The action `{action: value}` a FunctionResult helper emits, checked by the action's checker:
 * each parameter is the value itself or fills a key of it, left out when not given or equal to
 * its default. A refusal names the parameter that holds the refused value.
 */
export declare function helperAction(method: string, action: string, check: Checker, params: readonly HelperParam[], value?: unknown): JsonValue;
/** A required parameter of a FunctionResult method: its name, wire key, value, and what it may be. */
export type RequiredValue = readonly [
    parameter: string,
    wire: string,
    value: unknown,
    expected: string
];
/**
 * A FunctionResult action: the required values and the options as one wire object, checked;
 * options equal to their default are left out, and when only `short` is left, its value alone
 * is the argument (the reference SDK's short form).
 */
export declare function actionArgument(method: string, required: readonly RequiredValue[], given: unknown, table: Options, check: Checker, short: string | null): JsonValue;
