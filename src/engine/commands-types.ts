/** A command as written in a comment, before anyone checked who may run it. */
export type Command =
  | { name: 'ack' }
  | { name: 'sev'; level: number }
  | { name: 'ic'; user: string }
  /** `role` is a role id as written (lower case); the playbooks say which exist. */
  | { name: 'role'; role: string; user: string }
  | { name: 'status'; phase: string }
  | { name: 'update'; text: string }
  | { name: 'timeline'; text: string }
  | { name: 'resolve'; summary: string | null }
  | { name: 'reopen' }
  | { name: 'help' };

/**
 * One line of a comment that starts with a command word, or with a word close to one (`unknown`:
 * a likely typo, answered only to people who may run commands).
 */
export type ParsedCommand =
  | { ok: true; line: number; command: Command }
  | { ok: false; line: number; word: string; error: string; unknown: boolean };
