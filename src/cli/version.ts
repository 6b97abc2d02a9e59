import { readFileSync } from 'node:fs';
import { packageRoot } from '../package-root.js';

/** The version in package.json. */
export const version: string = (
  JSON.parse(readFileSync(`${packageRoot()}/package.json`, 'utf8')) as { version: string }
).version;
