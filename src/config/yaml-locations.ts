/**
 * Where each node of a YAML document is, by JSON Pointer. js-yaml builds values without
 * positions, so this walks the same parser events the value was built from and records the
 * offset of every key and value. Lookups of a pointer that has no node of its own (a missing
 * property, or a path inside an alias) fall back to the nearest ancestor that has one, which
 * is where a person would go to fix it.
 */
import { CORE_SCHEMA, EVENT_ID, SCALAR_STYLE, constructFromEvents, getScalarValue } from 'js-yaml';
import type { Event, ScalarEvent } from 'js-yaml';
import { childPointer, parentPointer } from './json-pointer.js';
import { type Position, lineIndex } from './line-index.js';

/** Finds the line and column of nodes of one document. */
export interface Locator {
  /** Where the node at `pointer` starts, or its nearest recorded ancestor. */
  value(pointer: string): Position;
  /** Where the key of the property at `pointer` is; the value's place for sequence items and the root. */
  key(pointer: string): Position;
  /** Whether the document has a node of its own at `pointer`. */
  has(pointer: string): boolean;
}

interface Frame {
  /** Pointer of the collection, null inside a part whose paths are not tracked. */
  pointer: string | null;
  mapping: boolean;
  index: number;
  /** For mappings: the key just read and its offset, waiting for its value. */
  key: string | null;
  keyOffset: number;
  expectingKey: boolean;
}

// Plain keys that the core schema reads as something other than their text (`~`, `0x1F`, `true`).
const NON_STRING_PLAIN = /^(?:[-+.0-9~]|(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$)/;

function nodeStart(event: Exclude<Event, { type: 1 | 6 }>): number {
  // `anchorStart` is the name after `&` or `*`; the node begins at the sigil.
  if (event.type === EVENT_ID.ALIAS) return event.anchorStart - 1;
  let start = event.type === EVENT_ID.SCALAR ? event.valueStart : event.start;
  if (event.type === EVENT_ID.SCALAR && (event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED)) {
    start -= 1;
  }
  // An anchor or tag written before the node is where the reader sees it begin.
  if (event.anchorStart >= 0) start = Math.min(start, event.anchorStart - 1);
  if (event.tagStart >= 0) start = Math.min(start, event.tagStart);
  return start;
}

// The key as the mapping stores it: js-yaml converts resolved scalars to strings.
function keyText(source: string, event: ScalarEvent): string {
  const text = getScalarValue(source, event);
  if (event.style !== SCALAR_STYLE.PLAIN || event.tagStart >= 0 || !NON_STRING_PLAIN.test(text)) return text;
  const single: Event[] = [{ type: EVENT_ID.DOCUMENT, explicitStart: false, explicitEnd: false, directives: [] }, event, { type: EVENT_ID.POP }];
  const [value] = constructFromEvents(single, { source, schema: CORE_SCHEMA });
  return String(value);
}

/**
 * Records the key and value offsets of every node of the first document in `events`.
 * `events` must be a stream js-yaml constructed without error (so keys are scalars).
 */
function recordOffsets(source: string, events: Event[]): Map<string, [key: number, value: number]> {
  const offsets = new Map<string, [number, number]>();
  const stack: Frame[] = [];
  let documents = 0;
  for (const event of events) {
    if (event.type === EVENT_ID.DOCUMENT) {
      documents += 1;
      if (documents > 1) break;
      continue;
    }
    if (event.type === EVENT_ID.POP) {
      stack.pop();
      continue;
    }
    const parent = stack.at(-1);
    const start = nodeStart(event);
    let pointer: string | null = '';
    let keyOffset = start;
    if (parent !== undefined) {
      if (parent.mapping && parent.expectingKey) {
        parent.expectingKey = false;
        parent.key = event.type === EVENT_ID.SCALAR ? keyText(source, event) : null;
        parent.keyOffset = start;
        if (event.type === EVENT_ID.SEQUENCE || event.type === EVENT_ID.MAPPING) stack.push(untracked(event.type));
        continue;
      }
      if (parent.mapping) {
        parent.expectingKey = true;
        pointer = parent.pointer === null || parent.key === null ? null : childPointer(parent.pointer, parent.key);
        keyOffset = parent.keyOffset;
      } else {
        pointer = parent.pointer === null ? null : childPointer(parent.pointer, parent.index);
        parent.index += 1;
      }
    }
    if (pointer !== null && !offsets.has(pointer)) offsets.set(pointer, [keyOffset, start]);
    if (event.type === EVENT_ID.SEQUENCE || event.type === EVENT_ID.MAPPING) {
      stack.push({ pointer, mapping: event.type === EVENT_ID.MAPPING, index: 0, key: null, keyOffset: -1, expectingKey: true });
    }
  }
  return offsets;
}

function untracked(type: typeof EVENT_ID.SEQUENCE | typeof EVENT_ID.MAPPING): Frame {
  return { pointer: null, mapping: type === EVENT_ID.MAPPING, index: 0, key: null, keyOffset: -1, expectingKey: true };
}

/**
 * A {@link Locator} for the first document of `events`. Offsets are recorded on the first
 * lookup, because files without problems never need them.
 */
export function createLocator(source: string, events: Event[]): Locator {
  let offsets: Map<string, [number, number]> | undefined;
  let toPosition: ((offset: number) => Position) | undefined;
  const find = (pointer: string): [number, number] => {
    offsets ??= recordOffsets(source, events);
    for (let at = pointer; ; at = parentPointer(at)) {
      const found = offsets.get(at);
      if (found !== undefined) return found;
      if (at === '') return [0, 0];
    }
  };
  const place = (offset: number): Position => {
    toPosition ??= lineIndex(source);
    return toPosition(offset);
  };
  return {
    value: (pointer) => place(find(pointer)[1]),
    key: (pointer) => place(find(pointer)[0]),
    has: (pointer) => {
      offsets ??= recordOffsets(source, events);
      return offsets.has(pointer);
    },
  };
}
