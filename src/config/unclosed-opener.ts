/**
 * Placing a YAML syntax error where the mistake is when it is an unclosed quote or bracket. js-yaml
 * reads an unclosed `"` on line 14 on into line 15 and stops there ("deficient indentation"); the
 * person has to look one line up. This finds the quote or bracket that is still open where the
 * parser stopped, by parsing the text cut short at the ends of the lines before it, and reports at
 * the opener when removing it lets the file parse past the place of the error.
 */
import { YAMLException, parseEvents } from 'js-yaml';
import { type Position, lineIndex } from './line-index.js';

/** What is open at the end of a text: a quoted value or a flow collection. */
type Open = 'double' | 'single' | 'flow';

const OPEN_AT_END = /unexpected end of the stream within a (double quoted scalar|single quoted scalar|flow collection)/;

/**
 * A syntax error restated at the opener that caused it (`at`), or a note naming the opener the error
 * is inside of, for the parser's own message (`inside`).
 */
export type UnclosedOpener = ({ found: 'at' } & Position & { message: string; hint: string }) | { found: 'inside'; note: string };

// The search parses the text again a few times per line; files are a few kilobytes, and a large
// one (or an error far below its opener) keeps the parser's own place.
const MAX_SOURCE = 262_144; // 256 KiB
const MAX_LINES_BACK = 60;
const MAX_CANDIDATES = 16;

function openAtEnd(text: string, maxDepth: number): Open | null {
  try {
    // Without the line breaks at the end: a quoted value still open at a blank line makes js-yaml
    // complain of its indentation there, not of the end of the text.
    parseEvents(text.trimEnd(), { maxDepth });
    return null;
  } catch (error) {
    // Stryker disable next-line ConditionalExpression: another error (a RangeError) has no reason, and `undefined` matches nothing
    if (!(error instanceof YAMLException)) return null;
    const match = OPEN_AT_END.exec(error.reason);
    if (match === null) return null;
    return match[1] === 'flow collection' ? 'flow' : match[1] === 'double quoted scalar' ? 'double' : 'single';
  }
}

/** The 0-based line of the first error in `text`, or null when it parses. */
function errorLine(text: string, maxDepth: number): number | null {
  try {
    parseEvents(text, { maxDepth });
    return null;
  } catch (error) {
    return error instanceof YAMLException ? (error.mark?.line ?? 0) : 0;
  }
}

/**
 * Whether `text` (what follows an opening quote, up to the end of the line of the error) holds the
 * quote that closes it: a `"` not escaped by a backslash, or a `'` not doubled. Then the value was
 * closed, only too late (a continuation line indented too little), and the opener is not the mistake.
 */
function closedBy(text: string, quote: string): boolean {
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at];
    if (quote === '"' && char === '\\') at += 1;
    else if (char === quote) {
      if (quote === "'" && text[at + 1] === "'") at += 1;
      else return true;
    }
  }
  return false;
}

function describe(char: string, open: Open): { what: string; message: string; hint: string } {
  if (open === 'flow') {
    const [kind, close, block] = char === '[' ? ['list', ']', 'the items as "- item" lines'] : ['mapping', '}', '"key: value" lines'];
    return {
      what: `the ${kind} that opens with "${char}"`,
      message: `unclosed "${char}": the ${kind} that starts here has no closing "${close}"`,
      hint: `close the ${kind} with "${close}", or remove the "${char}" and write ${block} below the key`,
    };
  }
  const name = open === 'double' ? 'double quote' : 'single quote';
  return {
    what: `the ${open === 'double' ? 'double' : 'single'}-quoted value`,
    message: `unclosed ${name}: the value that starts here has no closing ${char}`,
    hint: `end the value with ${char} on this line, or remove the opening ${char} (a value needs quotes only when it contains ": " or " #", or starts with one of [ ] { } & * ! | > ' " % @ \`)`,
  };
}

/**
 * For a syntax error that js-yaml reported at 0-based `line` of `source` with `reason`: when a quote
 * or bracket opened on an earlier line (or this one, when the file ended inside it) is still open
 * there, either the error restated at that opener (when removing the opener lets the file parse past
 * `line`: it was the mistake) or the parser's message naming the opener. Null when nothing is open.
 */
export function unclosedOpener(source: string, line: number, reason: string, maxDepth: number): UnclosedOpener | null {
  if (source.length > MAX_SOURCE) return null;
  const starts = [0];
  for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1)) starts.push(at + 1);
  const lineEnd = (index: number): number => (index + 1 < starts.length ? (starts[index + 1] as number) - 1 : source.length);
  // At the end of the text js-yaml stops on the last line, which may hold the opener; elsewhere on the
  // line after the one where the value or collection should have been closed.
  const last = reason.startsWith('unexpected end of the stream') ? line : line - 1;
  if (last < 0 || openAtEnd(source.slice(0, lineEnd(last)), maxDepth) === null) return null;
  // The first line of the run of lines at whose end something is still open: the opener is on it.
  let first = last;
  while (first > 0 && last - first < MAX_LINES_BACK && openAtEnd(source.slice(0, lineEnd(first - 1)), maxDepth) !== null) first -= 1;

  const start = starts[first] as number;
  const end = lineEnd(first);
  const text = source.slice(start, end);
  // Parses past the error: the file with one change has no error up to the line of the first one.
  const fixes = (changed: string): boolean => {
    const after = errorLine(changed, maxDepth);
    return after === null || after > line;
  };
  let named: { offset: number; char: string; open: Open } | null = null;
  let candidates = 0;
  for (let column = 0; column < text.length && candidates < MAX_CANDIDATES; column += 1) {
    const char = text[column] as string;
    if (!`"'[{`.includes(char)) continue;
    candidates += 1;
    const offset = start + column;
    const open = openAtEnd(source.slice(0, offset + 1), maxDepth);
    const before = openAtEnd(source.slice(0, offset), maxDepth);
    // An opener: something is open after it, and it is not the closing quote of what was open before.
    if (open === null || (before === open && open !== 'flow')) continue;
    named ??= { offset, char, open };
    if (open !== 'flow' && closedBy(source.slice(offset + 1, lineEnd(line)), char)) continue;
    const closer = open === 'flow' ? (char === '[' ? ']' : '}') : char;
    const lineText = source.slice(offset, end).trimEnd();
    // The opener is the mistake when the file parses past the error without it, or with it closed on its line.
    if (fixes(source.slice(0, offset) + source.slice(offset + 1)) || fixes(source.slice(0, offset + lineText.length) + closer + source.slice(offset + lineText.length))) {
      const place = lineIndex(source)(offset);
      const { message, hint } = describe(char, open);
      return { found: 'at', ...place, message, hint };
    }
  }
  if (named === null) return null;
  const place = lineIndex(source)(named.offset);
  return { found: 'inside', note: `inside ${describe(named.char, named.open).what} at line ${place.line}, column ${place.column}` };
}
