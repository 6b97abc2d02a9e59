/**
 * Commands in comments: one per line, at the start of a line of ordinary text. Lines inside block
 * quotes, code blocks, inline code or HTML never count, so quoting someone's `/sev 1` or pasting a
 * log does not run anything. Only known command words count: `/usr/bin` is just text. A word close
 * to a command (`/resolv`, `/acknowledge`) is read as an unknown command, so the reply can name the
 * closest one; any other `/word` is just text.
 */
import { type Span, scanBlocks } from '../markdown/blocks.js';
import { CommentEnds, hiddenSpans } from '../markdown/hidden-inline.js';
import { normalizeText, textLines } from '../markdown/text-lines.js';
import { closestMatch } from '../config/suggest.js';
import type { Command, ParsedCommand } from './commands-types.js';
import { commandHelp } from './help.js';

const LOGIN = /^@([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})$/;
const COMMAND_START = /^[ \t]*\/([A-Za-z]+)(?=[ \t]|$)/;
/** Every command word; a record so that adding a command to the type without it fails to compile. */
const NAMES: Record<Command['name'], true> = { ack: true, sev: true, ic: true, role: true, status: true, update: true, timeline: true, resolve: true, reopen: true, help: true };

/** The usage of each command, from the list `/help` shows, for error messages. */
const USAGE = new Map(commandHelp().map(({ usage }) => [usage.slice(1).split(' ')[0], usage]));

function isCommandName(word: string): word is Command['name'] {
  return Object.hasOwn(NAMES, word);
}

/** The command `word` was likely meant to be: a typo of one, or one with more letters (`/acknowledge`); null for other words. */
function closestCommand(word: string): Command['name'] | null {
  // Stryker disable next-line MethodExpression: every key of NAMES is a command name; the filter only tells the compiler so
  const names = Object.keys(NAMES).filter(isCommandName);
  const match = closestMatch(word, names);
  return names.find((name) => name === match) ?? names.find((name) => name.length >= 3 && word.startsWith(name)) ?? null;
}

/** The login in `@login`, or why it is not one. */
function login(text: string): { user: string } | { problem: string } {
  const user = LOGIN.exec(text)?.[1];
  if (user === undefined) return { problem: 'give one GitHub user as @login' };
  // The bot cannot tell who "me" is meant to be once the comment is quoted or edited: name them.
  if (user.toLowerCase() === 'me') return { problem: '@me is not a login here: give one GitHub user as @login' };
  return { user };
}

/** The command for `name` with `rest` (the trimmed text after it), or the reason it is malformed. */
function parseOne(name: Command['name'], rest: string): Command | string {
  switch (name) {
    case 'ack':
    case 'reopen':
    case 'help':
      return { name };
    case 'sev': {
      const level = /^(?:sev-?)?([1-9])$/i.exec(rest)?.[1];
      return level === undefined ? 'give the severity level as a number' : { name, level: Number(level) };
    }
    case 'ic': {
      const who = login(rest);
      return 'problem' in who ? who.problem : { name, user: who.user };
    }
    case 'role': {
      const [role = '', handle = '', ...extra] = rest.split(/[ \t]+/);
      if (!/^[a-z0-9][a-z0-9-]*$/i.test(role)) return 'give the role by its id';
      const who = login(handle);
      if ('problem' in who) return who.problem;
      return extra.length > 0 ? 'give one GitHub user as @login' : { name, role: role.toLowerCase(), user: who.user };
    }
    case 'status':
      return /^[a-z0-9-]+$/i.test(rest) ? { name, phase: rest.toLowerCase() } : 'give one phase id';
    case 'update':
    case 'timeline':
      return rest === '' ? 'the text is missing' : { name, text: rest };
    case 'resolve':
      return { name, summary: rest === '' ? null : rest };
  }
}

/** A line that starts with a command word or one close to it: its line number, where its `/` is, the rest. */
interface Candidate {
  line: number;
  slash: number;
  word: string;
  /** The command meant: `word` itself, or the closest to an unknown `word`. */
  command: Command['name'];
  rest: string;
}

function candidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  const { starts } = textLines(text);
  text.split('\n').forEach((content, index) => {
    const match = COMMAND_START.exec(content);
    if (match === null) return;
    const word = match[1]!.toLowerCase();
    const command = isCommandName(word) ? word : closestCommand(word);
    if (command === null) return;
    found.push({ line: index + 1, slash: starts[index]! + content.indexOf('/'), word, command, rest: content.slice(match[0].length).trim() });
  });
  return found;
}

/** Walks sorted, non-overlapping spans alongside increasing offsets: is each offset inside one? */
function cursor(spans: Span[]): (offset: number) => Span | null {
  let index = 0;
  return (offset) => {
    while (index < spans.length && spans[index]!.end <= offset) index += 1;
    const span = spans[index];
    return span !== undefined && span.start <= offset ? span : null;
  };
}

/** Every line of `body` that starts with a command word (or a word close to one), parsed, in order. */
export function parseCommands(body: string): ParsedCommand[] {
  const text = normalizeText(body);
  const found = candidates(text);
  // Stryker disable next-line ConditionalExpression: a shortcut; without candidates the loop adds nothing, this only skips scanning the blocks
  if (found.length === 0) return [];
  const scan = scanBlocks(text);
  const unread = cursor(scan.unread);
  const paragraph = cursor(scan.paragraphs);
  const commentEnds = new CommentEnds(text);
  const hidden = new Map<Span, (offset: number) => Span | null>();
  const parsed: ParsedCommand[] = [];
  for (const { line, slash, word, command, rest } of found) {
    // Every command has its line in the help (a test of commandHelp says so).
    const usage = USAGE.get(command)!;
    const known = word === command;
    if (unread(slash) !== null || (scan.unsureAfter !== null && slash >= scan.unsureAfter)) {
      const error = `/${word}: not read, because it stands in a long run of quotes or lists with no blank line; write it after a blank line, outside quotes and code (usage: ${usage})`;
      if (known) parsed.push({ ok: false, line, word, error, unknown: false });
      continue;
    }
    const prose = paragraph(slash);
    if (prose === null) continue;
    let inCode = hidden.get(prose);
    if (inCode === undefined) {
      inCode = cursor(hiddenSpans(text, prose, commentEnds));
      hidden.set(prose, inCode);
    }
    if (inCode(slash) !== null) continue;
    if (!known) {
      parsed.push({ ok: false, line, word, error: `/${word}: unknown command; did you mean /${command}? (usage: ${usage})`, unknown: true });
      continue;
    }
    const result = parseOne(command, rest);
    parsed.push(typeof result === 'string' ? { ok: false, line, word, error: `/${word}: ${result} (usage: ${usage})`, unknown: false } : { ok: true, line, command: result });
  }
  return parsed;
}
