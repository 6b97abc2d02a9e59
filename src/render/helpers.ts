/**
 * The fixed set of Handlebars helpers. Templates compile with `noEscape`, so these helpers are the
 * escaping: every value a template prints goes through one of them (the compiler refuses a bare
 * `{{value}}`), and each one escapes for the Markdown context it is named after.
 */
import { codeBlock, codeSpan, escapeMarkdownBlock, escapeMarkdownInline, escapeTableCell } from './escape.js';
import { describeDuration } from './human-duration.js';
import { isPlaceholder } from '../config/placeholder.js';
import { formatStepMark } from '../engine/records.js';

/** A helper as Handlebars calls it: the template's arguments, then Handlebars' options object. */
type Helper = (...args: unknown[]) => string | boolean;

/** The options object Handlebars passes last; only the hash is used. */
interface HelperOptions {
  hash: Record<string, unknown>;
}

/** Shown in a table cell or list for a value that is not set, so an empty cell never looks like a bug. */
export const NOT_SET = '—';

const GITHUB_HANDLE = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9][A-Za-z0-9._-]*)?$/u;
const WEB_URL = /^(?:https?:\/\/|mailto:)/iu;
const RELATIVE_PATH = /^[A-Za-z0-9._/-]+(?:#[A-Za-z0-9_-]+)?$/u;

function split(args: unknown[]): { params: unknown[]; hash: Record<string, unknown> } {
  const options = args[args.length - 1] as HelperOptions;
  return { params: args.slice(0, -1), hash: options.hash };
}

function asText(helper: string, value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  throw new TypeError(`helper ${helper}: expected text or a number, got ${value === null ? 'null' : typeof value}`);
}

/** A placeholder such as `[Phone Number]`, marked so nobody mistakes it for real data. */
function placeholder(value: string): string {
  return `_${escapeMarkdownInline(value)}_ (to be filled in)`;
}

function handle(value: unknown): string {
  if (value === null) return NOT_SET;
  const handleText = asText('handle', value);
  if (isPlaceholder(handleText)) return placeholder(handleText);
  // A well-formed handle from the playbooks is meant to be a live mention; anything else is text.
  return GITHUB_HANDLE.test(handleText) ? handleText : escapeMarkdownInline(handleText);
}

function list(helper: string, value: unknown): unknown[] {
  if (!Array.isArray(value)) throw new TypeError(`helper ${helper}: expected a list`);
  return value;
}

function link(label: string, href: string): string {
  if (WEB_URL.test(href)) {
    // URL parsing percent-encodes spaces, `<` and `>`, so the destination cannot break out.
    return `[${escapeMarkdownInline(label)}](<${new URL(href).href}>)`;
  }
  if (RELATIVE_PATH.test(href)) return `[${escapeMarkdownInline(label)}](${href})`;
  return `${escapeMarkdownInline(label)} (${codeSpan(href)})`;
}

/**
 * The helpers by name. Handlebars' own `log` and `lookup` are not among them. `md`, `paragraphs`,
 * `cell`, `code` and `join` are for any text, including untrusted text; `text`, `handle` and `handles` are for
 * values from the playbooks, where a placeholder such as `[Phone Number]` is marked as one and a
 * well-formed handle is a live mention.
 */
export const helpers: Record<string, Helper> = {
  /** `{{md value}}`: text or a number inside a line of Markdown. */
  md: (...args) => escapeMarkdownInline(asText('md', split(args).params[0])),
  /** `{{paragraphs value}}`: multi-line text as paragraphs, on lines of its own. */
  paragraphs: (...args) => escapeMarkdownBlock(asText('paragraphs', split(args).params[0])),
  /** `{{cell value}}`: text in a table cell; `null` shows as a dash, line breaks as `<br>`. */
  cell: (...args) => {
    const value = split(args).params[0];
    return value === null ? NOT_SET : escapeTableCell(asText('cell', value));
  },
  /** `{{text value}}`: a playbook value, in a line or a table cell; placeholders marked, `null` a dash. */
  text: (...args) => {
    const value = split(args).params[0];
    if (value === null) return NOT_SET;
    const valueText = asText('text', value);
    return isPlaceholder(valueText) ? placeholder(valueText) : escapeTableCell(valueText);
  },
  /** `{{code value}}` or `{{code value table=true}}`: inline code. */
  code: (...args) => {
    const { params, hash } = split(args);
    return codeSpan(asText('code', params[0]), { table: hash['table'] === true });
  },
  /** `{{fence value "mermaid"}}`: text as a fenced code block of that language, on lines of its own. */
  fence: (...args) => {
    const [value, language] = split(args).params;
    return codeBlock(asText('fence', value), language === undefined ? '' : asText('fence', language));
  },
  /** `{{handle value}}`: a GitHub handle (a live mention), a placeholder, or a dash for `null`. */
  handle: (...args) => handle(split(args).params[0]),
  /** `{{handles list}}`: GitHub handles separated by commas, a dash for an empty list. */
  handles: (...args) => {
    const values = list('handles', split(args).params[0]);
    return values.length === 0 ? NOT_SET : values.map((value) => handle(value)).join(', ');
  },
  /** `{{join list}}` or `{{join list sep="; "}}`: escaped texts joined by a separator. */
  join: (...args) => {
    const { params, hash } = split(args);
    const separator = hash['sep'] === undefined ? ', ' : asText('join', hash['sep']);
    return list('join', params[0])
      .map((value) => escapeMarkdownInline(asText('join', value)))
      .join(separator);
  },
  /** `{{duration minutes}}`: `15 min`, `2 h`, `48 h`, `90 days`. */
  duration: (...args) => {
    const minutes = split(args).params[0];
    if (typeof minutes !== 'number') throw new TypeError('helper duration: expected a number of minutes');
    return describeDuration(minutes);
  },
  /** `{{link label href}}`: a link to a web page or a relative document, text for anything else. */
  link: (...args) => {
    const [label, href] = split(args).params;
    return link(asText('link', label), asText('link', href));
  },
  /** `{{box done}}`: a task-list box, ticked when `done`. */
  box: (...args) => (split(args).params[0] === true ? '[x]' : '[ ]'),
  /** `{{stepMark key}}`: the hidden key of a card step, by which a tick is read back. */
  stepMark: (...args) => formatStepMark(asText('stepMark', split(args).params[0])),
  /** `{{#if (eq a b)}}`: strict equality. */
  eq: (...args) => {
    const [left, right] = split(args).params;
    return left === right;
  },
  /** `{{plural count "step"}}` → `1 step`, `3 steps`; `{{plural count "day" "days"}}` for irregular plurals. */
  plural: (...args) => {
    const [count, singular, pluralForm] = split(args).params;
    if (typeof count !== 'number') throw new TypeError('helper plural: expected a number');
    const one = asText('plural', singular);
    const many = pluralForm === undefined ? `${one}s` : asText('plural', pluralForm);
    return `${count} ${escapeMarkdownInline(count === 1 ? one : many)}`;
  },
};
