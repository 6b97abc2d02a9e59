/**
 * Commands in comments: one per line, at the start of a line of ordinary text. Lines inside block
 * quotes, code blocks, inline code or HTML never count, so quoting someone's `/sev 1` or pasting a
 * log does not run anything. Only known command words count: `/usr/bin` is just text.
 */
import type { Root, RootContent } from 'mdast';
import { remark } from 'remark';
import type { Command, ParsedCommand } from './commands-types.js';

const LOGIN = /^@([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})$/;
const COMMAND_LINE = /^[ \t]*\/([A-Za-z]+)(?:[ \t]+(.*?))?[ \t]*$/;
const ROLES = ['comms', 'tech', 'sme'] as const;

/** The usage of each command, for error messages. */
const USAGE: Record<Command['name'], string> = {
  ack: '/ack',
  sev: '/sev N',
  ic: '/ic @user',
  role: '/role comms|tech|sme @user',
  status: '/status PHASE',
  update: '/update TEXT',
  timeline: '/timeline TEXT',
  resolve: '/resolve [summary]',
  reopen: '/reopen',
  help: '/help',
};

function isCommandName(word: string): word is Command['name'] {
  return Object.hasOwn(USAGE, word);
}

function login(text: string): string | null {
  return LOGIN.exec(text)?.[1] ?? null;
}

/** The command for `name` with `rest` (the text after it), or the reason it is malformed. */
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
      const user = login(rest);
      return user === null ? 'give one GitHub user as @login' : { name, user };
    }
    case 'role': {
      const [role, who = '', ...extra] = rest.split(/\s+/);
      const user = login(who);
      const known = ROLES.find((candidate) => candidate === role?.toLowerCase());
      if (known === undefined) return `the role must be one of ${ROLES.join(', ')}`;
      return user === null || extra.length > 0 ? 'give one GitHub user as @login' : { name, role: known, user };
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

/** Where commands may stand: the lines of paragraphs and headings outside block quotes, and the spans of code and HTML inside them. */
function commandPlaces(tree: Root): { lines: Set<number>; hidden: [number, number][] } {
  const lines = new Set<number>();
  const hidden: [number, number][] = [];
  const visit = (node: RootContent | Root, quoted: boolean): void => {
    const { position } = node;
    if (node.type === 'inlineCode' || node.type === 'html') {
      if (position?.start.offset !== undefined && position.end.offset !== undefined) hidden.push([position.start.offset, position.end.offset]);
      return;
    }
    if ((node.type === 'paragraph' || node.type === 'heading') && !quoted && position !== undefined) {
      for (let line = position.start.line; line <= position.end.line; line += 1) lines.add(line);
    }
    if ('children' in node) for (const child of node.children) visit(child, quoted || node.type === 'blockquote');
  };
  visit(tree, false);
  return { lines, hidden };
}

/** Every line of `body` that starts with a known command word, parsed, in order. */
export function parseCommands(body: string): ParsedCommand[] {
  const text = body.replace(/\r\n?/g, '\n');
  if (!text.includes('/')) return [];
  const { lines, hidden } = commandPlaces(remark().parse(text));
  const parsed: ParsedCommand[] = [];
  let offset = 0;
  text.split('\n').forEach((content, index) => {
    const line = index + 1;
    const slash = offset + content.indexOf('/');
    offset += content.length + 1;
    const match = COMMAND_LINE.exec(content);
    const word = match?.[1]?.toLowerCase();
    if (match === null || word === undefined || !isCommandName(word) || !lines.has(line)) return;
    if (hidden.some(([from, to]) => slash >= from && slash < to)) return;
    const result = parseOne(word, match[2] ?? '');
    parsed.push(typeof result === 'string' ? { ok: false, line, word, error: `/${word}: ${result} (usage: ${USAGE[word]})` } : { ok: true, line, command: result });
  });
  return parsed;
}
