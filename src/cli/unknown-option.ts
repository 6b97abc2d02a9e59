/** Rewording node:util parseArgs' unknown-option error with the closest option of the command. */
import type { ParseArgsConfig } from 'node:util';
import { closestMatch } from '../config/suggest.js';
import { escapeControls } from '../config/printable.js';

// parseArgs says: Unknown option '--jsn'. To specify a positional argument starting with a '-', …
const UNKNOWN = /^Unknown option '(.+?)'/;

/**
 * The message for an unknown option error of parseArgs: the option as typed and the command's option
 * closest to it (`unknown option "--jsn"; did you mean "--json"?`), else the command's options. Null
 * when `error` is not an unknown-option error.
 */
export function unknownOptionMessage(error: unknown, options: NonNullable<ParseArgsConfig['options']>): string | null {
  // The message says which option: parseArgs's other errors (a missing value, say) do not match.
  const typed = UNKNOWN.exec((error as Error).message)?.[1];
  if (typed === undefined) return null;
  const long = Object.keys(options).map((name) => `--${name}`);
  const short = Object.values(options).flatMap((option) => (option.short === undefined ? [] : [`-${option.short}`]));
  const shown = `"${escapeControls(typed)}"`;
  // A one-letter option is too short to guess from; its list says more.
  // Stryker disable next-line StringLiteral: parseArgs names an unknown short option as two characters ("-x"), two edits from any "--name" of our options, too far for closestMatch either way
  const meant = typed.startsWith('--') ? closestMatch(typed, long) : null;
  if (meant !== null) return `unknown option ${shown}; did you mean "${meant}"?`;
  return `unknown option ${shown}; the options are ${[...long, ...short].join(', ')}`;
}
