/**
 * What the code under test writes to standard output, captured for each test of the describe block
 * (or file) that calls {@link captureStdout}; the exit code the Action may set is reset after each.
 */
import { afterEach, beforeEach, vi } from 'vitest';

/** The captured output so far (`text`), and a way to start over within one test (`clear`). */
export function captureStdout(): { text: () => string; clear: () => void } {
  let written: string[] = [];
  beforeEach(() => {
    written = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });
  return {
    text: () => written.join(''),
    clear: () => {
      written = [];
    },
  };
}
