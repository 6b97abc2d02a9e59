import type { EmulatorState } from '../state/types.js';

/** What a response builder needs besides the record: the world, and where links point. */
export interface ShapeContext {
  state: EmulatorState;
  /** Base of API links (`url`, `comments_url`, ...): the emulator's own URL, so clients can follow them. */
  api: string;
  /** Base of web links (`html_url`). */
  html: string;
}

/** A response body as JSON: an object with string keys. */
export type Json = { [key: string]: unknown };

/** A GitHub-style global node id for a record, stable for the same kind and id. */
export function nodeId(kind: string, id: number): string {
  return Buffer.from(`${kind}:${id}`).toString('base64').replace(/=+$/, '');
}
