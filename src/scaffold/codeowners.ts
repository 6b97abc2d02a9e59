/**
 * CODEOWNERS entries generated from each playbook file's `review.owners`, so branch protection
 * ("Require review from Code Owners") makes the owners of a file approve every change to it.
 *
 * The entries live in a marked block, so a repository's own CODEOWNERS rules stay as they are: the
 * block is replaced in place, or appended at the end (CODEOWNERS lets the last matching line win, so
 * an earlier catch-all such as `* @org/everyone` does not override the playbook owners).
 */
import type { PlaybookSet } from '../config/model.js';
import { isPlaceholder } from '../config/placeholder.js';
import { ScaffoldError } from './scaffold-error.js';

/** Where the generated CODEOWNERS lives by default (GitHub also reads `CODEOWNERS` and `docs/CODEOWNERS`). */
export const CODEOWNERS_PATH = '.github/CODEOWNERS';

const BEGIN = '# BEGIN playbook-ops';
const END = '# END playbook-ops';

/**
 * Characters a CODEOWNERS path can hold without being read as a pattern, a comment or a separator:
 * GitHub supports no escaping of `#`, `!` or `[`, so a file named with anything else is reported
 * in the block instead of being written as a pattern that would mean something else.
 */
const PLAIN_PATH = /^[A-Za-z0-9._/-]+$/;

/**
 * The playbook directory as CODEOWNERS paths need it: relative to the repository root, `/`
 * separators, no `./`, no trailing slash; `''` for the root itself.
 * @throws ScaffoldError when `dir` is absolute or leaves the repository (`..`).
 */
export function repositoryDir(dir: string): string {
  const parts = dir.replaceAll('\\', '/').split('/').filter((part) => part !== '' && part !== '.');
  if (dir.startsWith('/') || /^[A-Za-z]:/.test(dir) || parts.includes('..')) {
    throw new ScaffoldError(`the playbook directory "${dir}" must be a path inside the repository, relative to its root (e.g. playbooks)`);
  }
  return parts.join('/');
}

/** The command that regenerates the block, as the block and error messages name it. */
export function codeownersCommand(dir: string, out: string = CODEOWNERS_PATH): string {
  return `npx playbook-ops codeowners ${repositoryDir(dir) || '.'} --out ${out}`;
}

/**
 * The marked block of CODEOWNERS lines for `set`, read from `dir` (relative to the repository root):
 * one line per file naming its real owners; a file whose owners are all placeholders gets a comment
 * instead, since GitHub reports a placeholder as an unknown owner.
 */
export function codeownersBlock(set: PlaybookSet, dir: string): string {
  const base = repositoryDir(dir);
  const lines = [
    `${BEGIN}: generated from review.owners in ${base || '.'}/ (do not edit by hand).`,
    `# Regenerate: ${codeownersCommand(dir)}`,
  ];
  for (const review of set.reviews) {
    const path = `/${base === '' ? '' : `${base}/`}${review.file}`;
    const owners = review.owners.filter((owner) => !isPlaceholder(owner));
    if (!PLAIN_PATH.test(path)) {
      lines.push(`# ${JSON.stringify(path)}: not listed, its name has characters CODEOWNERS cannot match literally; rename the file`);
    } else if (owners.length === 0) {
      lines.push(`# ${path}: no owners yet (review.owners holds placeholders only)`);
    } else {
      lines.push(`${path} ${owners.join(' ')}`);
    }
  }
  lines.push(END);
  return `${lines.join('\n')}\n`;
}

/** Where the block sits in `text`: the line offsets of its first and last line, or null when absent. */
function findBlock(lines: readonly string[]): { start: number; end: number } | null {
  const start = lines.findIndex((line) => line.startsWith(BEGIN));
  if (start === -1) return null;
  const end = lines.findIndex((line, index) => index > start && line === END);
  return end === -1 ? null : { start, end };
}

/**
 * `existing` CODEOWNERS text (null when there is no file) with the block replaced by `block`, or
 * `block` appended when it has none. Every line outside the block is kept as it was.
 */
export function mergeCodeowners(existing: string | null, block: string): string {
  if (existing === null || existing.trim() === '') return block;
  const lines = existing.split('\n');
  const found = findBlock(lines);
  if (found === null) return `${existing.endsWith('\n') ? existing : `${existing}\n`}\n${block}`;
  const before = lines.slice(0, found.start).join('\n');
  const after = lines.slice(found.end + 1).join('\n');
  return `${before === '' ? '' : `${before}\n`}${block}${after === '' ? '' : after}`;
}

/** Whether `existing` CODEOWNERS text holds exactly the block for `set` (`missing` when it holds none). */
export function codeownersStatus(existing: string | null, set: PlaybookSet, dir: string): 'fresh' | 'stale' | 'missing' {
  const lines = (existing ?? '').split('\n');
  const found = findBlock(lines);
  if (found === null) return 'missing';
  const current = `${lines.slice(found.start, found.end + 1).join('\n')}\n`;
  return current === codeownersBlock(set, dir) ? 'fresh' : 'stale';
}
