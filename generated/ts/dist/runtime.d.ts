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
/**
 * A SWML document: `version` and named sections of verbs; execution starts at `main`. A document
 * read without `version` (`SWML.fromDict`) is written back without one.
 */
export interface SwmlDocument {
    version?: "1.0.0";
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
/**
 * One fault of a SWML document: where it is (`path`: `sections.main[2].play.url`, "" for the
 * document itself; `pointer`: the same place as a JSON pointer, `/sections/main/2/play/url`), the
 * verb whose argument holds it (`play`; the innermost, for verbs nested in `cond` and the like; ""
 * outside any verb), the value found there (`MISSING` for a required key that is not there) and
 * what is allowed; `message` says it all in one line, as Python's `Problem.message`.
 */
export interface Problem {
    readonly path: string;
    readonly pointer: string;
    readonly verb: string;
    readonly value: unknown;
    readonly expected: string;
    readonly message: string;
}
/** The problem of the value at `path` (a checker's path: a leading `.` is dropped). */
export declare function documentProblem(path: string, value: unknown, expected: string, verb?: string, pointer?: string): Problem;
/**
 * A SWML document refused by `SWML.fromDict` (or `fromJSON`): `problems` holds every fault, as
 * `validate` finds them; `path`, `value` and `expected` are the first one's, and the message is
 * one line per problem.
 */
export declare class InvalidDocumentError extends InvalidArgumentError {
    readonly problems: readonly Problem[];
    constructor(problems: readonly [Problem, ...Problem[]]);
    /** Where the first problem is in the document. */
    get path(): string;
}
/** Text that is not one JSON document (`SWML.fromJSON`): `reason` says why. */
export declare class DocumentReadError extends Error {
    readonly reason: string;
    constructor(reason: string);
}
/** What a document nested too deeply for the checkers' recursion holds: one problem. */
export declare function tooDeep(document: unknown): Problem;
/**
 * The checked copy of a whole document by `check` (the spec's root checker). A refusal throws
 * {@link InvalidDocumentError} whose problems `every` finds (`validate`: only now, the document
 * refused, is every fault looked for), or else the one `check` names.
 */
export declare function checkDocument(document: unknown, check: Checker, every: (document: unknown) => Problem[]): JsonObject;
/** The JSON document in `text`, for `SWML.fromJSON`; {@link DocumentReadError} when it is none. */
export declare function readJson(text: string): unknown;
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
/**
 * Throw for the required `key` that `value` lacks, or for the unknown keys it holds if any: a
 * misspelt key (`phrse`) is the likeliest reason one is missing, and its refusal names the key
 * meant.
 */
export declare function missingKey(value: {
    [key: string]: unknown;
}, known: StringSet, path: string, key: string, expected: string): never;
/** Throw for the first key of `value` the object does not have, naming the others too. */
export declare function unknownKeys(value: {
    [key: string]: unknown;
}, known: StringSet, path: string): void;
/**
 * What is wrong with the unknown keys `extra` (sorted) of an object whose keys are `known`: the
 * first is the one refused, the others are named after it.
 */
export declare function unknownKeyText(extra: readonly string[], known: StringSet): string;
/**
 * The known key nearest `key`, as Python's difflib.get_close_matches finds it (a ratio of 0.6 at
 * least; of equal ratios the greatest key), for "did you mean"; `null` when none is that near.
 */
export declare function closeKey(key: string, known: StringSet): string | null;
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
 * Why an object with `keys` fits none of the object `variants`: the keys no variant takes (with
 * the nearest known key), the variant that came closest and what it lacks, then the variants'
 * keys, those every variant takes named once.
 */
export declare function noVariantText(keys: readonly string[], variants: readonly Variant[], expected: string): string;
/**
 * The variants an object with `keys` (those given) may be, as `pickVariant` reads them: each has
 * its required keys, and a closed one no other key.
 */
export declare function fitting(keys: readonly string[], variants: readonly Variant[]): Variant[];
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
/** Where a helper's value lands in its action object: keys of objects, indexes of lists. */
export type Path = readonly (string | number)[];
/**
 * A FunctionResult helper's parameter: its name, where its value lands, the value given, its
 * default (`MISSING`: required), and the value at which it is left out (`MISSING`: never).
 */
/**
 * The SWML document `content` holds, for its checker to judge: JSON text read (as
 * `SWML.fromJSON` reads it), an object's `toDict()`, a plain object as it is. Text that is not a
 * JSON document is refused; any other value is a `TypeError`, as in the reference.
 */
export declare function swmlDocument(method: string, parameter: string, content: unknown): unknown;
export type HelperParam = readonly [
    name: string,
    where: Path,
    given: unknown,
    fallback: unknown,
    omitted: unknown
];
/**
 * A flag's value: `gives` for `true`, `false` (left out) for `false`, `undefined` when not given;
 * anything else is refused, naming the flag.
 */
export declare function flagGives(method: string, name: string, value: unknown, gives: unknown, expected: string): unknown;
/**
 * A number brought into `[low, high]`, as the reference does; any other value as given, for
 * the checker to judge.
 */
export declare function clamped(value: unknown, low: number, high: number): unknown;
/**
 * The action a FunctionResult helper emits: `action` (a fresh object) with each parameter's
 * value (its default when not given) put where it lands unless it is the value left out,
 * checked by the action's checker, then in the reference's short form if it has one. A refusal
 * names the parameter that holds the refused value; nothing is kept.
 */
export declare function helperAction(method: string, check: Checker, action: {
    [key: string]: unknown;
}, params: readonly HelperParam[], short?: Path): JsonValue;
/**
 * The object a static builder returns: its parameters' values put where they land, checked as
 * the first of its models that takes it. When none does, the refusal is the one of the model
 * that took the most parameters; where every model refuses the same value, it names what each
 * would take.
 */
export declare function helperValue<T>(method: string, checks: readonly Checker[], params: readonly HelperParam[]): T;
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
