import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { EmulatorState } from './state/types.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The state saved at `path`, or undefined when there is no file yet. A file that is not one is an error. */
export function loadState(path: string): EmulatorState | undefined {
  if (!existsSync(path)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`emulator: ${path} is not JSON`, { cause: error });
  }
  const valid =
    isRecord(parsed) &&
    typeof parsed.nextId === 'number' &&
    isRecord(parsed.users) &&
    isRecord(parsed.tokens) &&
    typeof parsed.defaultLogin === 'string' &&
    isRecord(parsed.repos);
  if (!valid) throw new Error(`emulator: ${path} does not hold emulator state (nextId, users, tokens, defaultLogin, repos)`);
  return parsed as EmulatorState;
}

/** Saves the state to `path`, through a temporary file so a crash never leaves half a file. */
export function saveState(path: string, state: EmulatorState): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 1)}\n`);
  renameSync(temporary, path);
}
