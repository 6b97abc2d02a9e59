// `npm run docs` (after tsc): rewrites the generated parts of README.md (YAML reference from the
// schemas, command reference from each command's --help, the Action's inputs and outputs from
// action.yml). With --check it writes nothing and exits 1 when README.md is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedParts, withGeneratedParts } from '../dist/src/docs/readme-reference.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const path = join(root, 'README.md');
const current = readFileSync(path, 'utf8');
const next = withGeneratedParts(current, await generatedParts(root));
if (process.argv.includes('--check')) {
  if (next !== current) {
    console.error('README.md is stale: run `npm run docs` and commit it.');
    process.exit(1);
  }
} else if (next !== current) {
  writeFileSync(path, next);
  console.log('wrote README.md');
} else {
  console.log('README.md is up to date');
}
