// The root eslint.config.js imports the linter's plugins through this workspace package, because
// they are installed here, beside the classic TypeScript they run on (see package.json).
export { default as js } from '@eslint/js';
export { default as globals } from 'globals';
export { default as tseslint } from 'typescript-eslint';
