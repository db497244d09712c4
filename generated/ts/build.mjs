// Generated from spec by `python -m codegen generate` — do not edit.
// Inputs (spec and codegen/templates/ts): sha256:47bdf9f1c53e09d1

// Builds dist/ from src/ (`npm run build` after formatting; the generator runs this file too,
// with the pinned tsc it installs: `node build.mjs path/to/typescript/bin/tsc`):
//
// - dist/: the ES modules and their declarations (tsconfig.json), for `import`;
// - dist/cjs/: the same sources as CommonJS (tsconfig.cjs.json), for `require`, beside a
//   package.json saying so, which node and TypeScript both read (package.json's `exports`);
// - in every .d.ts, the `#private;` that tsc writes for a class with `#` members becomes a
//   `private` member: TypeScript refuses `#private` when the consumer targets ES5, as
//   TypeScript 5 does without a tsconfig, and the class stays nominal either way.

import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(fileURLToPath(import.meta.url));
const tsc = process.argv[2] ?? createRequire(import.meta.url).resolve("typescript/bin/tsc");

rmSync(join(root, "dist"), { recursive: true, force: true });
for (const config of ["tsconfig.json", "tsconfig.cjs.json"]) {
  const run = spawnSync(process.execPath, [tsc, "-p", config], { cwd: root, stdio: "inherit" });
  if (run.status !== 0) {
    console.error(`tsc -p ${config} failed (${run.error ?? `exit ${run.status}`})`);
    process.exit(1);
  }
}
writeFileSync(join(root, "dist", "cjs", "package.json"), '{\n  "type": "commonjs"\n}\n');

for (const directory of ["dist", join("dist", "cjs")]) {
  for (const name of readdirSync(join(root, directory))) {
    if (!name.endsWith(".d.ts")) {
      continue;
    }
    const path = join(root, directory, name);
    const text = readFileSync(path, "utf8").replace(/^( +)#private;$/gm, '$1private readonly "#private";');
    const left = /^\s*#\w/m.exec(text);
    if (left !== null) {
      console.error(`${join(directory, name)}: a private name tsc's declarations keep: ${left[0]}`);
      process.exit(1);
    }
    writeFileSync(path, text);
  }
}
