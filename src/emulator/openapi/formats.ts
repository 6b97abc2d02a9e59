import type { Ajv } from 'ajv';

const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:?\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

function isUri(value: string): boolean {
  try {
    return new URL(value).protocol.length > 1;
  } catch {
    return false;
  }
}

/**
 * The string formats GitHub's description uses. The checkable ones are checked (a timestamp the
 * emulator writes must parse, a URL must be absolute); the rest (`int64`, `uri-template`,
 * `repo.nwo`, ...) are declared so ajv neither warns nor fails on them.
 */
export function addFormats(ajv: Ajv): void {
  ajv.addFormat('date-time', { type: 'string', validate: (value: string) => DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)) });
  ajv.addFormat('date', DATE);
  ajv.addFormat('email', EMAIL);
  ajv.addFormat('uri', { type: 'string', validate: isUri });
  for (const name of ['int64', 'int32', 'double', 'binary', 'uri-template', 'repo.nwo', 'timestamp']) ajv.addFormat(name, true);
}
