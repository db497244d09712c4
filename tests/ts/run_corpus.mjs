// Runs a cross-language corpus (tests/test_typescript.py, tests/test_constructs_cross.py,
// tests/test_documents_cross.py) through a TypeScript package: `node run_corpus.mjs CORPUS.json [PACKAGE/index.js]` reads the
// calls and prints one result per call, as JSON, in the shape the Python side records for the
// same calls. The package is generated/ts unless another compiled index.js is named.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const where = process.argv[3]
  ? pathToFileURL(resolve(process.argv[3])).href
  : "../../generated/ts/dist/index.js";
const { FunctionResult, InvalidArgumentError, MISSING, SWML, validate } = await import(where);

/** A problem's value as JSON: `["missing"]` for a required key not there, else `["value", v]`. */
function shownValue(value) {
  return value === MISSING ? ["missing"] : ["value", value];
}

function options(args) {
  return Object.fromEntries(args.map(([, camel, value]) => [camel, value]));
}

function run(entry) {
  if (entry.kind === "document") {
    return JSON.stringify(SWML.fromDict(entry.document).toDict());
  }
  if (entry.kind === "helper") {
    // Where the TypeScript SDK takes an options object, the values go in it by these names.
    const values = entry.options
      ? [Object.fromEntries(entry.options.map((name, i) => [name, entry.values[i]]))]
      : entry.values;
    if (entry.static) {
      return JSON.stringify(FunctionResult[entry.method[1]](...values));
    }
    const result = new FunctionResult();
    result[entry.method[1]](...values);
    return JSON.stringify(result.toDict());
  }
  if (entry.kind === "swml") {
    const doc = new SWML();
    const method = doc[entry.method[1]];
    if (typeof method !== "function") {
      throw new Error(`no SWML method ${entry.method[1]}`);
    }
    if (entry.call === "options") {
      method.call(doc, options(entry.args));
    } else {
      method.call(doc, entry.value);
    }
    return JSON.stringify(doc.toDict());
  }
  const result = new FunctionResult();
  // A required value left out (`["name"]`) is passed as undefined.
  const required = entry.required.map((item) => (item.length > 1 ? item[1] : undefined));
  result[entry.method[1]](...required, options(entry.args));
  return JSON.stringify(result.toDict());
}

const corpus = JSON.parse(readFileSync(process.argv[2], "utf8"));
const results = corpus.map((entry) => {
  if (entry.kind === "validate") {
    const problems = validate(entry.document).map((p) => ({
      path: p.path,
      pointer: p.pointer,
      verb: p.verb,
      value: shownValue(p.value),
      expected: p.expected,
      message: p.message,
    }));
    return { ok: true, problems };
  }
  try {
    return { ok: true, out: run(entry) };
  } catch (error) {
    if (error instanceof InvalidArgumentError) {
      return {
        ok: false,
        error: "InvalidArgumentError",
        method: error.method,
        parameter: error.parameter,
        path: error.path,
        expected: error.expected,
        inner: error.innerExpected,
        message: error.message,
        problems: (error.problems ?? []).map((p) => [p.path, p.expected]),
      };
    }
    return { ok: false, error: error?.constructor?.name ?? "unknown", message: String(error) };
  }
});
process.stdout.write(JSON.stringify(results));
