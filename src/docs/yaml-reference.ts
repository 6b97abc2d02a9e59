/**
 * The README's YAML reference, written from the JSON Schemas' titles and descriptions, so the
 * manual says what the validator checks and cannot drift from it: one table per document kind (every
 * key, nested keys as paths like `severities[].response_time`), and the common types once.
 */

/** The part of a JSON Schema the reference reads. */
export interface SchemaNode {
  $id?: string;
  $ref?: string;
  title?: string;
  description?: string;
  type?: string;
  const?: unknown;
  enum?: unknown[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  $defs?: Record<string, SchemaNode>;
  minItems?: number;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  uniqueItems?: boolean;
}

/** The schemas by file name (`severities.schema.json`), `common.schema.json` among them. */
export type SchemaFiles = Readonly<Record<string, SchemaNode>>;

const COMMON = 'common.schema.json';

interface Row {
  path: string;
  type: string;
  required: boolean;
  description: string;
}

/** The schema `ref` points at, from `file`, and the file it lives in. */
function resolve(schemas: SchemaFiles, file: string, ref: string): { node: SchemaNode; file: string; name: string } {
  const [target, pointer = ''] = ref.split('#');
  const where = target === undefined || target === '' ? file : target;
  const name = pointer.replace(/^\/\$defs\//, '');
  const node = schemas[where]?.$defs?.[name];
  if (node === undefined) throw new Error(`${file}: $ref ${ref} leads nowhere`);
  return { node, file: where, name };
}

/** A Markdown table cell: pipes escaped, line breaks flattened. */
function cell(text: string): string {
  return text.replaceAll('|', '\\|').replace(/\s*\n\s*/g, ' ');
}

/** The heading of a common type; the prefix keeps its anchor apart from the README's other headings. */
function typeHeading(title: string): string {
  return `Type: ${title}`;
}

/** The anchor GitHub gives a heading (`Type: GitHub label` → `type-github-label`). */
function anchor(heading: string): string {
  return heading.toLowerCase().replace(/[^a-z0-9 -]/g, '').replaceAll(' ', '-');
}

function limits(node: SchemaNode): string {
  const parts: string[] = [];
  if (node.minimum !== undefined) parts.push(`≥ ${node.minimum}`);
  if (node.maximum !== undefined) parts.push(`≤ ${node.maximum}`);
  if (node.maxLength !== undefined) parts.push(`at most ${node.maxLength} characters`);
  if (node.minItems !== undefined && node.minItems > 0) parts.push(`at least ${node.minItems}`);
  if (node.uniqueItems === true) parts.push('no repeats');
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
}

/** How a value of `node` is written, in words; common types link to their section. */
function typeName(schemas: SchemaFiles, file: string, node: SchemaNode): string {
  if (node.$ref !== undefined) {
    const target = resolve(schemas, file, node.$ref);
    const title = target.node.title ?? target.name;
    if (target.file === COMMON) return `[${title}](#${anchor(typeHeading(title))})`;
    const alternatives = target.node.oneOf ?? target.node.anyOf;
    return alternatives === undefined ? title : `${title} (${typeName(schemas, target.file, { oneOf: alternatives })})`;
  }
  if (node.const !== undefined) return `\`${JSON.stringify(node.const).replace(/^"|"$/g, '')}\``;
  if (node.enum !== undefined) return `one of ${node.enum.map((value) => `\`${String(value)}\``).join(', ')}`;
  const alternatives = node.oneOf ?? node.anyOf;
  if (alternatives !== undefined) return alternatives.map((alternative) => typeName(schemas, file, alternative)).join(' or ');
  if (node.type === 'array') return `list of ${node.items === undefined ? 'values' : typeName(schemas, file, node.items)}${limits(node)}`;
  const words: Record<string, string> = { string: 'text', integer: 'whole number', number: 'number', boolean: '`true` or `false`', object: 'mapping' };
  return `${node.type === undefined ? 'any value' : (words[node.type] ?? node.type)}${limits(node)}`;
}

/** The object schema whose keys are listed under `node` (itself, through a local `$ref`, or its items'), if any. */
function nested(schemas: SchemaFiles, file: string, node: SchemaNode): { node: SchemaNode; file: string; list: boolean } | null {
  const list = node.type === 'array' && node.items !== undefined;
  let target = list ? (node.items as SchemaNode) : node;
  let where = file;
  if (target.$ref !== undefined) {
    const resolved = resolve(schemas, file, target.$ref);
    // Common types are described once, in their own section.
    if (resolved.file === COMMON) return null;
    target = resolved.node;
    where = resolved.file;
  }
  const alternatives = target.oneOf ?? target.anyOf;
  const object = alternatives?.map((alternative) => (alternative.$ref === undefined ? alternative : resolve(schemas, where, alternative.$ref).node)).find((alternative) => alternative.properties !== undefined) ?? target;
  return object.properties === undefined ? null : { node: object, file: where, list };
}

function rows(schemas: SchemaFiles, file: string, object: SchemaNode, prefix: string): Row[] {
  const found: Row[] = [];
  for (const [key, property] of Object.entries(object.properties ?? {})) {
    const path = `${prefix}${key}`;
    const fallback = property.$ref === undefined ? undefined : resolve(schemas, file, property.$ref).node.description;
    found.push({ path, type: typeName(schemas, file, property), required: object.required?.includes(key) ?? false, description: property.description ?? fallback ?? '' });
    const inner = nested(schemas, file, property);
    if (inner !== null) found.push(...rows(schemas, inner.file, inner.node, `${path}${inner.list ? '[]' : ''}.`));
  }
  return found;
}

function table(found: readonly Row[]): string[] {
  return ['| key | value | required | meaning |', '| --- | --- | --- | --- |', ...found.map((row) => `| \`${row.path}\` | ${cell(row.type)} | ${row.required ? 'yes' : ''} | ${cell(row.description)} |`)];
}

/**
 * The reference for the document kinds `kinds` (in that order, each from `<kind>.schema.json`) and
 * the common types they use, as Markdown whose headings start at `####`.
 */
export function yamlReference(schemas: SchemaFiles, kinds: readonly string[]): string {
  const out: string[] = [];
  for (const kind of kinds) {
    const file = `${kind}.schema.json`;
    const schema = schemas[file];
    if (schema === undefined) throw new Error(`no schema ${file} for kind ${kind}`);
    const summary = (schema.description ?? '').replace(/^kind: [a-z]+\.\s*/, '');
    out.push(`#### \`kind: ${kind}\``, '', summary, '', ...table(rows(schemas, file, schema, '')), '');
  }
  out.push('#### Common types', '');
  for (const node of Object.values(schemas[COMMON]?.$defs ?? {})) {
    const title = node.title ?? '';
    out.push(`##### ${typeHeading(title)}`, '', `${node.description ?? ''} Written as: ${typeName(schemas, COMMON, node)}.`.trim(), '');
    if (node.properties !== undefined) out.push(...table(rows(schemas, COMMON, node, '')), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
