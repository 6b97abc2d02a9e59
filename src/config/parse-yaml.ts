/**
 * Parsing one YAML file into a plain value plus a {@link Locator}, within {@link YamlLimits}.
 * Problems come back as data (never thrown) so the loader can report every file at once.
 */
import { CORE_SCHEMA, EVENT_ID, SCALAR_STYLE, YAMLException, constructFromEvents, getScalarValue, parseEvents } from 'js-yaml';
import type { DocumentEvent, Event } from 'js-yaml';
import { checkExpansion } from './expansion.js';
import { unclosedOpener } from './unclosed-opener.js';
import { type Position, lineIndex } from './line-index.js';
import type { YamlLimits } from './yaml-limits.js';
import { type Locator, createLocator, nodeStart } from './yaml-locations.js';

/** Why a file could not be read as one YAML document. */
export interface YamlProblem extends Position {
  rule: 'yaml-syntax' | 'yaml-limit' | 'duplicate-key' | 'multiple-documents' | 'empty-document';
  message: string;
  hint: string;
}

/** The outcome of {@link parseYaml}. */
export type ParsedYaml = { ok: true; value: unknown; locator: Locator } | { ok: false; problem: YamlProblem };

function fromException(error: YAMLException, source: string, events: Event[] | null, limits: YamlLimits): YamlProblem {
  const line = (error.mark?.line ?? 0) + 1;
  const column = (error.mark?.column ?? 0) + 1;
  const reason = error.reason;
  if (reason.startsWith('duplicated mapping key')) {
    const offset = error.mark?.position ?? -1;
    const key = events?.find((event) => event.type === EVENT_ID.SCALAR && (event.valueStart === offset || event.valueStart === offset + 1));
    const name = key?.type === EVENT_ID.SCALAR ? ` ${JSON.stringify(getScalarValue(source, key))}` : '';
    return { rule: 'duplicate-key', line, column, message: `duplicate key${name}`, hint: 'a key may appear only once in a mapping: remove or rename one of them' };
  }
  if (reason.includes('maxDepth')) {
    return { rule: 'yaml-limit', line, column, message: `nested deeper than ${limits.maxDepth} levels`, hint: 'playbooks need only a few levels of nesting; flatten the structure' };
  }
  if (reason.includes('maxAliases')) {
    return { rule: 'yaml-limit', line, column, message: `more than ${limits.maxAliases} aliases (*name)`, hint: 'write the values out instead of repeating aliases (*name)' };
  }
  if (reason.startsWith('unknown') && reason.includes(' tag ')) {
    return { rule: 'yaml-syntax', line, column, message: reason, hint: 'remove the tag: playbooks use plain strings, numbers, lists and mappings' };
  }
  const colon = secondColon(source, error);
  if (colon !== null) return { rule: 'yaml-syntax', line, column, ...colon };
  const opener = unclosedOpener(source, line - 1, reason, limits.maxDepth);
  if (opener?.found === 'at') return { rule: 'yaml-syntax', line: opener.line, column: opener.column, message: opener.message, hint: opener.hint };
  return { rule: 'yaml-syntax', line, column, message: opener === null ? reason : `${reason} (${opener.note})`, hint: 'check the indentation, quotes and brackets at this place (YAML indents with spaces, never tabs)' };
}

/**
 * `name: Technical: Lead` stops js-yaml at the second `: ` ("bad indentation of a mapping entry"):
 * the mistake is a value that needed quotes, which the message and hint say, with the value quoted.
 */
function secondColon(source: string, error: YAMLException): { message: string; hint: string } | null {
  const position = error.mark?.position ?? -1;
  if (!error.reason.startsWith('bad indentation of a mapping entry') || source[position] !== ':') return null;
  const lineStart = source.lastIndexOf('\n', position - 1) + 1;
  const lineEnd = source.indexOf('\n', position);
  const text = source.slice(lineStart, lineEnd === -1 ? source.length : lineEnd);
  const entry = /^(\s*(?:-\s+)?)([^\s"'#:][^:#]*?):[ \t]+(\S.*?)\s*$/.exec(text);
  if (entry === null || lineStart + (entry[1]?.length ?? 0) + (entry[2]?.length ?? 0) >= position) return null;
  const [, , key, value] = entry as unknown as [string, string, string, string];
  return {
    message: `the value of "${key}" contains ": ", which YAML reads as the start of another key`,
    hint: `quote the value: ${key}: ${JSON.stringify(value)}`,
  };
}

const EXPANSION_MESSAGES = {
  depth: (limits: YamlLimits) => `aliases nest the document deeper than ${limits.maxDepth} levels`,
  nodes: (limits: YamlLimits) => `aliases expand the document to more than ${limits.maxNodes.toLocaleString('en')} nodes`,
  cycle: () => 'an alias refers to the node that contains it',
} as const;

type DocumentAt = { event: DocumentEvent; index: number };

/**
 * Where the second document starts: at its node, or, when it is empty (a `---` with nothing after
 * it, often left at the end of a file), at its `---`.
 */
function secondDocumentStart(source: string, events: Event[]): Position {
  const [first, second] = events.flatMap((event, index) => (event.type === EVENT_ID.DOCUMENT ? [{ event, index }] : [])) as [DocumentAt, DocumentAt];
  // A document always holds one node, an empty one as a null scalar.
  const offset = nodeStart(events[second.index + 1] as Exclude<Event, { type: 1 | 6 }>);
  if (offset >= 0) return lineIndex(source)(offset);
  // An empty document has a `---` of its own: the file's first one, or its second when the first document has one too.
  const markers = [...source.matchAll(/^---(?=[ \t\r\n]|$)/gm)];
  return lineIndex(source)((markers[first.event.explicitStart ? 1 : 0] as RegExpExecArray).index);
}

/**
 * A byte-order mark anywhere but at the start (left by joining files, or pasted): editors do not show
 * it, and YAML reads it as part of the key or value it touches (`\uFEFFname` is not `name`), which
 * would make a diagnostic about a key that looks right.
 */
function strayByteOrderMark(source: string): YamlProblem | null {
  const at = source.indexOf('\ufeff', 1);
  if (at === -1) return null;
  return {
    rule: 'yaml-syntax',
    ...lineIndex(source)(at),
    message: 'an invisible byte-order mark (U+FEFF) stands inside the file; a byte-order mark may only start a file',
    hint: 'delete the character at this place (an editor that shows invisible characters finds it; it is often left by joining two files)',
  };
}

/**
 * A merge key (`<<: *anchor`) as a plain key in a mapping. The core schema has no merge, so it would
 * be read as a key named "<<" and its mapping's keys silently left out; this says so instead.
 */
function mergeKey(source: string, events: readonly Event[]): YamlProblem | null {
  // For each open collection, whether it is a mapping and, if so, whether its next node is a key
  // (keys and values alternate). A document's own end pops nothing: its node was popped before.
  const open: { mapping: boolean; keyNext: boolean }[] = [];
  for (const event of events) {
    if (event.type === EVENT_ID.POP) {
      open.pop();
      continue;
    }
    const parent = open.at(-1);
    const isKey = parent?.keyNext === true;
    if (parent?.mapping === true) parent.keyNext = !isKey;
    if (isKey && event.type === EVENT_ID.SCALAR && event.style === SCALAR_STYLE.PLAIN && getScalarValue(source, event) === '<<') {
      return {
        rule: 'yaml-syntax',
        ...lineIndex(source)(event.valueStart),
        message: 'merge keys (<<) are not supported: playbooks are read as YAML 1.2, which has none, so the keys it would bring in are missing',
        hint: 'write the keys out in this mapping instead of merging them from an anchor',
      };
    }
    if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) open.push({ mapping: event.type === EVENT_ID.MAPPING, keyNext: event.type === EVENT_ID.MAPPING });
  }
  return null;
}

/**
 * Parses `source` as exactly one YAML document with the core schema (so dates stay strings),
 * rejecting duplicate keys, merge keys, a byte-order mark anywhere but at the start, and anything
 * beyond `limits`. Keys such as `__proto__` become ordinary own properties; they never reach a prototype.
 */
export function parseYaml(source: string, limits: YamlLimits): ParsedYaml {
  const bom = strayByteOrderMark(source);
  if (bom !== null) return { ok: false, problem: bom };
  let events: Event[] | null = null;
  let documents: unknown[];
  try {
    events = parseEvents(source, { maxDepth: limits.maxDepth });
    // Before constructing: a merge key explains the duplicate "<<" keys and the aliases that follow it.
    const merge = mergeKey(source, events);
    if (merge !== null) return { ok: false, problem: merge };
    documents = constructFromEvents(events, { source, schema: CORE_SCHEMA, maxAliases: limits.maxAliases });
  } catch (error) {
    if (error instanceof YAMLException) return { ok: false, problem: fromException(error, source, events, limits) };
    // A stack overflow inside the parser is a limit, not a crash of the validator.
    if (error instanceof RangeError) {
      return { ok: false, problem: { rule: 'yaml-limit', line: 1, column: 1, message: 'the file is too deeply nested to parse', hint: 'flatten the structure' } };
    }
    throw error;
  }
  if (documents.length === 0) {
    return { ok: false, problem: { rule: 'empty-document', line: 1, column: 1, message: 'the file has no YAML document', hint: 'start the file with `kind:` and the content of one playbook document, or delete it' } };
  }
  if (documents.length > 1) {
    const at = secondDocumentStart(source, events);
    return { ok: false, problem: { rule: 'multiple-documents', ...at, message: `the file has ${documents.length} YAML documents, not one`, hint: 'put each document in a file of its own' } };
  }
  const value = documents[0];
  const expansion = checkExpansion(value, limits.maxDepth, limits.maxNodes);
  if (expansion !== null) {
    return { ok: false, problem: { rule: 'yaml-limit', line: 1, column: 1, message: EXPANSION_MESSAGES[expansion.problem](limits), hint: 'write the values out instead of nesting aliases (*name) inside anchors' } };
  }
  return { ok: true, value, locator: createLocator(source, events) };
}
