/**
 * The sandboxed Handlebars environment every playbook-ops template renders in.
 *
 * - One isolated environment (`Handlebars.create()`), so nothing registered elsewhere leaks in.
 * - Templates are only ever compiled from strings: our own files in `templates/`, loaded and
 *   compiled once per process.
 * - `strict`: a template that names a value the data does not have throws instead of printing
 *   nothing. `knownHelpersOnly` with a fixed helper set; Handlebars' `log` and `lookup` are removed.
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

const environment = Handlebars.create();
environment.unregisterHelper('log');
environment.unregisterHelper('lookup');
environment.registerHelper(helpers);

const cache = new Map<string, RenderFunction>();
let partialsLoaded = false;

function where(name: string, node: hbs.AST.Node): string {
  return `${name}:${node.loc.start.line}:${node.loc.start.column + 1}`;
}

/** Refuses what the sandbox does not allow, with the place in the template. */
function check(name: string, node: hbs.AST.Node): void {
  switch (node.type) {
    case 'Program':
      for (const statement of (node as hbs.AST.Program).body) check(name, statement);
      return;
    case 'MustacheStatement': {
      const path = (node as hbs.AST.MustacheStatement).path;
      const helper = path.type === 'PathExpression' ? (path as hbs.AST.PathExpression).original : null;
      if (helper === null || !Object.hasOwn(helpers, helper)) {
        throw new Error(
          `${where(name, node)}: a value must be printed through a helper that escapes it, e.g. {{md ${helper ?? 'value'}}}`,
        );
      }
      return;
    }
    case 'BlockStatement': {
      const block = node as hbs.AST.BlockStatement;
      if (!BLOCK_HELPERS.has(block.path.original)) {
        throw new Error(`${where(name, node)}: {{#${block.path.original}}} is not allowed; blocks are ${[...BLOCK_HELPERS].join(', ')}`);
      }
      check(name, block.program);
      if (block.inverse !== undefined) check(name, block.inverse);
      return;
    }
    case 'PartialStatement':
      // A partial named by an expression could be chosen by data; ours are named in the template.
      if ((node as hbs.AST.PartialStatement).name.type !== 'PathExpression') {
        throw new Error(`${where(name, node)}: a partial must be named directly, e.g. {{> footer}}`);
      }
      return;
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
