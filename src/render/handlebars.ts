/**
 * The sandboxed Handlebars environment every playbook-ops template renders in.
 *
 * - One isolated environment (`Handlebars.create()`), so nothing registered elsewhere leaks in.
 * - Templates are only ever compiled from strings: our own files in `templates/`, loaded and
 *   compiled once per process.
 * - `strict`: a template that names a value the data does not have throws instead of printing
 *   nothing, also in helper and block arguments, which Handlebars' own strict mode lets through.
 * - A fixed helper set (`knownHelpersOnly`, checked again when a template is loaded, because
 *   Handlebars compiles lazily); Handlebars' `log` and `lookup` are removed, blocks are limited to
 *   `if`, `unless`, `each` and `with`, and decorators and dynamic partials are refused.
 * - `noEscape`: Handlebars' HTML escaping is wrong for Markdown, so our helpers escape instead, and
 *   the compiler refuses any `{{value}}` that does not go through one of them.
 * - Prototype access off, and the data is a null-prototype copy ({@link toTemplateData}), so
 *   `{{constructor}}` or `{{__proto__}}` fail instead of reaching JavaScript internals.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { packageRoot } from '../package-root.js';
import { helpers } from './helpers.js';
import { toTemplateData } from './template-data.js';

/** A compiled template: data in, Markdown out. */
export type RenderFunction = (data: unknown) => string;

const TEMPLATE_SUFFIX = '.md.hbs';
const TEMPLATE_NAME = /^[a-z0-9][a-z0-9-]*$/u;
const BLOCK_HELPERS = new Set(['if', 'unless', 'each', 'with']);

const COMPILE_OPTIONS = {
  strict: true,
  noEscape: true,
  knownHelpersOnly: true,
  knownHelpers: {
    ...Object.fromEntries(Object.keys(helpers).map((name) => [name, true])),
    log: false,
    lookup: false,
  },
} satisfies CompileOptions;

const RUNTIME_OPTIONS = {
  allowProtoPropertiesByDefault: false,
  allowProtoMethodsByDefault: false,
  allowCallsToHelperMissing: false,
} satisfies Handlebars.RuntimeOptions;

/** Where Handlebars says a helper was called. */
interface HelperLocation {
  start?: { line: number; column: number };
}

/**
 * Wraps a helper so that a value missing from the data throws. Handlebars' strict mode checks only
 * the value a mustache prints, not the arguments of helpers and blocks (`{{md name}}`,
 * `{{#each items}}`), which it reads leniently; template data never holds `undefined` (see
 * {@link toTemplateData}), so an `undefined` argument is always a name the data does not have.
 */
function strictArguments(helperName: string, helper: Handlebars.HelperDelegate): Handlebars.HelperDelegate {
  return function (this: unknown, ...args: unknown[]) {
    const options = args[args.length - 1] as { hash?: Record<string, unknown>; loc?: HelperLocation };
    const values = [...args.slice(0, -1), ...Object.values(options.hash ?? {})];
    if (values.includes(undefined)) {
      const at = options.loc?.start === undefined ? '' : `${options.loc.start.line}:${options.loc.start.column + 1}: `;
      throw new Error(`${at}{{${helperName}}} was given a name that is not in the data`);
    }
    return (helper as (...helperArgs: unknown[]) => unknown).apply(this, args);
  };
}

const environment = Handlebars.create();
environment.unregisterHelper('log');
environment.unregisterHelper('lookup');
for (const name of BLOCK_HELPERS) {
  const builtIn = environment.helpers[name];
  if (builtIn === undefined) throw new Error(`Handlebars has no built-in {{#${name}}} helper`);
  environment.registerHelper(name, strictArguments(name, builtIn));
}
for (const [name, helper] of Object.entries(helpers)) environment.registerHelper(name, strictArguments(name, helper));

const cache = new Map<string, RenderFunction>();
let partialsLoaded = false;

function where(name: string, node: hbs.AST.Node): string {
  return `${name}:${node.loc.start.line}:${node.loc.start.column + 1}`;
}

/** Refuses a helper call to anything but our helpers, in the expressions of a statement. */
function checkExpressions(name: string, params: hbs.AST.Expression[], hash: hbs.AST.Hash | undefined): void {
  for (const expression of [...params, ...(hash?.pairs.map((pair) => pair.value) ?? [])]) {
    if (expression.type !== 'SubExpression') continue;
    const call = expression as hbs.AST.SubExpression;
    if (!Object.hasOwn(helpers, call.path.original)) {
      throw new Error(`${where(name, expression)}: (${call.path.original} …) is not a playbook-ops helper`);
    }
    checkExpressions(name, call.params, call.hash);
  }
}

/**
 * Refuses what the sandbox does not allow, with the place in the template. Handlebars compiles
 * lazily, on first render, so its own `knownHelpersOnly` check would only fire then: this one
 * runs when the template is loaded.
 */
function check(name: string, node: hbs.AST.Node): void {
  switch (node.type) {
    case 'Program':
      for (const statement of (node as hbs.AST.Program).body) check(name, statement);
      return;
    case 'MustacheStatement': {
      const mustache = node as hbs.AST.MustacheStatement;
      const helper = mustache.path.type === 'PathExpression' ? (mustache.path as hbs.AST.PathExpression).original : null;
      if (helper === null || !Object.hasOwn(helpers, helper)) {
        throw new Error(
          `${where(name, node)}: a value must be printed through a helper that escapes it, e.g. {{md ${helper ?? 'value'}}}`,
        );
      }
      checkExpressions(name, mustache.params, mustache.hash);
      return;
    }
    case 'BlockStatement': {
      const block = node as hbs.AST.BlockStatement;
      if (!BLOCK_HELPERS.has(block.path.original)) {
        throw new Error(`${where(name, node)}: {{#${block.path.original}}} is not allowed; blocks are ${[...BLOCK_HELPERS].join(', ')}`);
      }
      checkExpressions(name, block.params, block.hash);
      check(name, block.program);
      // Handlebars' types say every block has an inverse; one without {{else}} has none.
      const inverse = block.inverse as hbs.AST.Program | undefined;
      if (inverse !== undefined) check(name, inverse);
      return;
    }
    case 'PartialStatement': {
      // A partial named by an expression could be chosen by data; ours are named in the template.
      const partial = node as hbs.AST.PartialStatement;
      if (partial.name.type !== 'PathExpression') {
        throw new Error(`${where(name, node)}: a partial must be named directly, e.g. {{> footer}}`);
      }
      checkExpressions(name, partial.params, partial.hash);
      return;
    }
    case 'ContentStatement':
    case 'CommentStatement':
      return;
    default:
      throw new Error(`${where(name, node)}: ${node.type} is not allowed in playbook-ops templates`);
  }
}

/**
 * Compiles a template from `source` in the sandbox; `name` is used in error messages. Throws when
 * the template prints a value without a helper or uses a construct the sandbox does not allow.
 */
export function compileTemplate(source: string, name: string): RenderFunction {
  const ast = environment.parse(source, { srcName: name });
  check(name, ast);
  const template = environment.compile(ast, COMPILE_OPTIONS);
  return (data) => {
    try {
      return template(toTemplateData(data), RUNTIME_OPTIONS);
    } catch (error) {
      throw new Error(`template ${name}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  };
}

function templatesDir(): string {
  return join(packageRoot(), 'templates');
}

/** Registers every `templates/partials/*.md.hbs` as a partial named after its file, once. */
function loadPartials(): void {
  if (partialsLoaded) return;
  const dir = join(templatesDir(), 'partials');
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((file) => file.endsWith(TEMPLATE_SUFFIX));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  for (const file of files.sort()) {
    const name = file.slice(0, -TEMPLATE_SUFFIX.length);
    const source = readFileSync(join(dir, file), 'utf8');
    const ast = environment.parse(source, { srcName: `partials/${file}` });
    check(`partials/${file}`, ast);
    environment.registerPartial(name, environment.compile(ast, COMPILE_OPTIONS));
  }
  partialsLoaded = true;
}

/**
 * Renders `templates/<name>.md.hbs` of the package with `data`. The template is read and compiled
 * on first use and cached; partials in `templates/partials/` are available to it.
 */
export function renderTemplate(name: string, data: unknown): string {
  if (!TEMPLATE_NAME.test(name)) throw new Error(`renderTemplate: "${name}" is not a template name`);
  let render = cache.get(name);
  if (render === undefined) {
    loadPartials();
    const file = `${name}${TEMPLATE_SUFFIX}`;
    render = compileTemplate(readFileSync(join(templatesDir(), file), 'utf8'), file);
    cache.set(name, render);
  }
  return render(data);
}
