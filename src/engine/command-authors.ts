import { parseCommands } from './commands.js';
import type { Observed } from './observed.js';

/** Logins of the non-bot commenters whose comments hold a command that needs a permission check. */
export function commandAuthors(observed: Pick<Observed, 'comments' | 'botLogin'>): string[] {
  const authors = new Set<string>();
  for (const comment of observed.comments) {
    if (comment.author === observed.botLogin || authors.has(comment.author)) continue;
    if (parseCommands(comment.body).some((entry) => entry.ok && entry.command.name !== 'help')) authors.add(comment.author);
  }
  return [...authors];
}
