/**
 * Where each node of a YAML document is, by JSON Pointer. js-yaml builds values without
 * positions, so this walks the same parser events the value was built from and records the
 * offset of every key and value. Lookups of a pointer that has no node of its own (a missing
 * property, or a path inside an alias) fall back to the nearest ancestor that has one, which
 * is where a person would go to fix it.
 */
import { CORE_SCHEMA, EVENT_ID, SCALAR_STYLE, constructFromEvents, getScalarValue } from 'js-yaml';
import type { DocumentEvent, Event, ScalarEvent } from 'js-yaml';
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
  /** Pointer of the collection, null under a key that is an alias (its text is elsewhere). */
  pointer: string | null;
  mapping: boolean;
  index: number;
  /** For mappings: the key just read and its offset, waiting for its value. */
  key: string | null;
  keyOffset: number;
  expectingKey: boolean;
}

/**
 * The offset where a node begins as the reader sees it (its quote, or the anchor or tag written
 * before it), or -1 for an empty node (`name:` with nothing after it), which has no text of its own.
 */
export function nodeStart(event: Exclude<Event, { type: 1 | 6 }>): number {
  // `anchorStart` is the name after `&` or `*`; the node begins at the sigil.
  if (event.type === EVENT_ID.ALIAS) return event.anchorStart - 1;
  let start = event.type === EVENT_ID.SCALAR ? event.valueStart : event.start;
  if (event.type === EVENT_ID.SCALAR && (event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED)) {
    start -= 1;
  }
  const marks = [start, event.anchorStart >= 0 ? event.anchorStart - 1 : -1, event.tagStart].filter((offset) => offset >= 0);
  return marks.length === 0 ? -1 : Math.min(...marks);
}

// Plain text that the core schema may read as something else (`~`, `0x1F`, `.inf`, `true`, empty).
const NON_STRING_PLAIN = /^(?:$|[-+.0-9~]|(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$)/;

// The key as the mapping stores it: js-yaml resolves a key like any scalar (`~`, `0x1F`, `true`,
// `!!int 1`) and converts the value to a string; building the scalar alone, in its document (whose
// directives name its tags), gives the same string. Nearly every key is text that reads as itself,
// and building costs about ten times as much per key, so only the others are built.
function keyText(source: string, document: DocumentEvent, event: ScalarEvent): string {
  const text = getScalarValue(source, event);
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a shortcut; building the scalar gives the same string
  if (event.tagStart < 0 && (event.style !== SCALAR_STYLE.PLAIN || !NON_STRING_PLAIN.test(text))) return text;
  const [value] = constructFromEvents([document, event, { type: EVENT_ID.POP }], { source, schema: CORE_SCHEMA });
  return String(value);
}

/**
 * Records the key and value offsets of every node of the document in `events`, a stream of one
 * document that js-yaml constructed without error (so keys are scalars and unique).
 */
function recordOffsets(source: string, events: Event[]): Map<string, [key: number, value: number]> {
  const offsets = new Map<string, [number, number]>();
  const stack: Frame[] = [];
  let document: DocumentEvent | undefined;
  for (const event of events) {
    if (event.type === EVENT_ID.DOCUMENT) {
      document = event;
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
        parent.key = event.type === EVENT_ID.SCALAR ? keyText(source, document as DocumentEvent, event) : null;
        parent.keyOffset = start;
        // A key is a scalar or an alias of one: js-yaml refuses a list or mapping as a key.
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
    // An empty value is placed at its key, where one writes it; an empty item, at its sequence.
    const valueOffset = start >= 0 ? start : keyOffset;
    if (pointer !== null && valueOffset >= 0) offsets.set(pointer, [keyOffset, valueOffset]);
    if (event.type === EVENT_ID.SEQUENCE || event.type === EVENT_ID.MAPPING) {
      stack.push({ pointer, mapping: event.type === EVENT_ID.MAPPING, index: 0, key: null, keyOffset: -1, expectingKey: true });
    }
  }
  return offsets;
}

/**
 * A {@link Locator} for `events`, a stream of one document. Offsets are recorded on the first
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
