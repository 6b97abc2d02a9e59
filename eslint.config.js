// `npm run lint`. Type-checked rules on the TypeScript (src, action, tests), plain rules on the
// JavaScript (bench, scripts, bin). typescript-eslint runs on classic TypeScript installed for the
// linter alone (scripts/lint/package.json), since TypeScript 7 has no JavaScript API.
import { defineConfig, globalIgnores } from 'eslint/config';
import { globals, js, tseslint } from 'playbook-ops-lint';

export default defineConfig(
  globalIgnores([
    'dist/',
    'action/dist/',
    'src/config/generated/',
    'src/emulator/openapi/operations.json',
    'coverage/',
    'demo-output/',
    '.stryker-tmp/',
    'reports/',
  ]),
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['vitest.config.ts', 'vitest.mutation.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // A switch over a union must name every member: a new effect kind or status is then a lint
      // error at every switch that forgot it, even where a `default` would have swallowed it.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false },
      ],
      // A promise nobody awaits loses its rejection: the run would end "green" with work undone.
      '@typescript-eslint/no-floating-promises': 'error',
      // Numbers in messages ("15 min", "line 3") are the house style; other non-strings (undefined,
      // objects, booleans) in a template are still reported, since they print as a bug would.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowAny: false, allowBoolean: false, allowNullish: false, allowRegExp: false, allowNever: false },
      ],
      // With `noUncheckedIndexedAccess`, `array[index]!` inside a bounds-checked loop is how this code
      // says "in range"; the rule would report every such loop (60-odd) without finding a bug.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `(line) => io.stdout(line)` as a callback is the house style; a void returned from a braced
      // body or used as a value is still reported.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // `const { key: _dropped, ...rest } = value` is how this code leaves a key out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
);
